package dev.pyhost;

import java.util.Locale;

/**
 * The Python engines pyhost can run a script on.
 *
 * @since 0.1
 */
public enum Engine {
    /** Jython 2.7: runs Python 2 scripts. */
    JYTHON("jython", 2),
    /** GraalPy: runs Python 3 scripts. */
    GRAALPY("graalpy", 3);

    private final String id;
    private final int pythonMajor;

    Engine(String id, int pythonMajor) {
        this.id = id;
        this.pythonMajor = pythonMajor;
    }

    /** The name used on the command line, in {@code PYHOST_ENGINE} and in script headers. */
    public String id() {
        return id;
    }

    /** The major Python language version this engine implements (2 or 3). */
    public int pythonMajor() {
        return pythonMajor;
    }

    /**
     * Parses an engine name as users write it: {@code jython}, {@code graalpy}, and the aliases
     * {@code python2}/{@code py2}/{@code 2} and {@code python3}/{@code py3}/{@code 3}.
     *
     * @throws IllegalArgumentException naming the accepted values
     */
    public static Engine parse(String name) {
        String n = name.trim().toLowerCase(Locale.ROOT);
        return switch (n) {
            case "jython", "python2", "py2", "2", "2.7" -> JYTHON;
            case "graalpy", "python3", "py3", "3" -> GRAALPY;
            default -> throw new IllegalArgumentException(
                    "unknown engine '" + name + "' (expected jython, graalpy or auto)");
        };
    }
}
