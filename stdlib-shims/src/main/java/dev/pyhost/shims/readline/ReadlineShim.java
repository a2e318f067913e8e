package dev.pyhost.shims.readline;

import dev.pyhost.shims.coop.GlueOnlyShim;

/**
 * {@code readline} for both engines, written as glue: CPython's module as built on GNU readline,
 * for what a script sees of it (the history list, history files, the completer and the hooks).
 * Jython's could not be imported ("Cannot access JLine2 setup"), so a script or PYTHONSTARTUP file
 * importing readline did not start; GraalPy's lacked half the functions. Line editing of
 * {@code input()} with this history and completer is not part of it.
 */
public final class ReadlineShim extends GlueOnlyShim {
    public ReadlineShim() {
        super("readline", false, "readline/readline_common.py");
    }
}
