package dev.pyhost.cli;

import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/**
 * pyhost's own options, as {@code python} spells them plus pyhost's. Options CPython accepts that
 * change nothing here ({@code -B}, {@code -E}, {@code -O}, {@code -s}, {@code -S}, {@code -W})
 * are accepted so that command lines written for {@code python} keep working.
 */
@Command(name = "pyhost", mixinStandardHelpOptions = false,
        customSynopsis = "pyhost [option] ... [-c cmd | -m mod | file | -] [arg] ...",
        description = "Runs Python 2 scripts on Jython and Python 3 scripts on GraalPy, chosen per script.",
        sortOptions = false)
final class HostOptions {
    @Option(names = {"-h", "--help"}, usageHelp = true, description = "print this help message and exit")
    boolean help;

    @Option(names = {"-V", "--version"}, description = "print pyhost's and both engines' versions and exit")
    boolean version;

    @Option(names = "-u", description = "unbuffered binary stdout and stderr; also PYTHONUNBUFFERED=x")
    boolean unbuffered;

    @Option(names = "-i", description = "inspect interactively after running the script")
    boolean inspect;

    @Option(names = "--engine", paramLabel = "ENGINE",
            description = "jython, graalpy or auto (default: auto, or PYHOST_ENGINE)")
    String engine;

    @Option(names = "--explain-engine", description = "say on stderr which engine runs the script, and why")
    boolean explainEngine;

    @Option(names = "--daemon", paramLabel = "ACTION",
            description = "start, stop or status: the warm-start daemon that runs scripts without a JVM start")
    String daemon;

    @Option(names = "--no-daemon", description = "run in this process even when a daemon is running (also PYHOST_DAEMON=off)")
    boolean noDaemon;

    @Option(names = "--log-to-slf4j",
            description = "send Python's log records to SLF4J instead of the script's handlers (shown on stderr by "
                    + "pyhost's logback.xml; -Dlogback.configurationFile=FILE in PYHOST_JAVA_OPTS for another)")
    boolean logToSlf4j;

    @Option(names = "--debug", description = "show Java stack traces of internal errors (also PYHOST_DEBUG=1)")
    boolean debug;

    @Option(names = {"-B", "-E", "-O", "-OO", "-s", "-S", "-d", "-q", "-R", "-3", "-t", "-b", "-x"},
            hidden = true, description = "accepted for python compatibility")
    boolean[] ignoredFlags;

    @Option(names = {"-W", "-X", "-Q"}, hidden = true, description = "accepted for python compatibility")
    String[] ignoredValues;
}
