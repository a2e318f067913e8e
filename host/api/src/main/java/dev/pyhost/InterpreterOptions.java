package dev.pyhost;

import java.util.List;

/**
 * The interpreter's command-line flags, as {@code python} takes them, for what they change in the
 * script's interpreter: {@code sys.flags}, {@code sys.warnoptions}, {@code sys._xoptions},
 * {@code sys.dont_write_bytecode}, and how {@code sys.path} starts. Flags an engine has no
 * counterpart for are accepted and change nothing there.
 *
 * @param ignoreEnvironment {@code -E}: {@code PYTHON*} environment variables are ignored
 * @param isolate           {@code -I} (Python 3): {@code -E -s}, and no script folder on {@code sys.path}
 * @param noSite            {@code -S}: {@code site} is not imported at start
 * @param noUserSite        {@code -s}: no user site-packages folder
 * @param dontWriteBytecode {@code -B}
 * @param quiet             {@code -q}
 * @param safePath          {@code -P} (Python 3.11+)
 * @param optimize          {@code -O} (1) or {@code -OO} (2)
 * @param verbose           how many {@code -v}
 * @param bytesWarning      how many {@code -b}
 * @param py3kWarning       {@code -3} (Python 2)
 * @param division          {@code -Q} (Python 2): old, new, warn, warnall, or null
 * @param warnOptions       {@code -W} options, in order
 * @param xOptions          {@code -X} options, in order (Python 3)
 * @since 0.1
 */
public record InterpreterOptions(boolean ignoreEnvironment, boolean isolate, boolean noSite, boolean noUserSite,
                                 boolean dontWriteBytecode, boolean quiet, boolean safePath, int optimize,
                                 int verbose, int bytesWarning, boolean py3kWarning, String division,
                                 List<String> warnOptions, List<String> xOptions) {
    /** No flags: a plain {@code python script.py}. */
    public static final InterpreterOptions NONE = new InterpreterOptions(false, false, false, false, false, false,
            false, 0, 0, 0, false, null, List.of(), List.of());

    public InterpreterOptions {
        warnOptions = List.copyOf(warnOptions);
        xOptions = List.copyOf(xOptions);
    }

    /** {@code -E} or {@code -I}: the {@code PYTHON*} variables are not read. */
    public boolean ignoresEnvironment() {
        return ignoreEnvironment || isolate;
    }

    /** Anything other than {@link #NONE}. */
    public boolean any() {
        return !equals(NONE);
    }
}
