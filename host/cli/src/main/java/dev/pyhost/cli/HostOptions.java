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

    @Option(names = "-B", description = "don't write .pyc files; also PYTHONDONTWRITEBYTECODE=x")
    boolean dontWriteBytecode;

    @Option(names = "-E", description = "ignore PYTHON* environment variables (such as PYTHONPATH)")
    boolean ignoreEnvironment;

    @Option(names = "-I", description = "isolate (Python 3): -E -s, and no script folder on sys.path")
    boolean isolate;

    @Option(names = "-P", description = "don't put the script's folder (or '') on sys.path (Python 3)")
    boolean safePath;

    @Option(names = "-s", description = "don't add the user site folder to sys.path")
    boolean noUserSite;

    @Option(names = "-S", description = "don't imply 'import site' on start")
    boolean noSite;

    @Option(names = "-O", description = "sys.flags.optimize; -OO twice")
    boolean[] optimize = {};

    @Option(names = "-b", description = "warn (-bb: error) about str and bytes mixed; accepted")
    boolean[] bytesWarning = {};

    @Option(names = "-v", description = "sys.flags.verbose (Python 3)")
    boolean[] verbose = {};

    @Option(names = "-q", description = "no version banner at the interactive prompt")
    boolean quiet;

    @Option(names = "-W", paramLabel = "ARG", description = "warning control, as python's -W")
    java.util.List<String> warnOptions = new java.util.ArrayList<>();

    @Option(names = "-X", paramLabel = "OPT", description = "implementation-specific option (Python 3): sys._xoptions")
    java.util.List<String> xOptions = new java.util.ArrayList<>();

    @Option(names = "-3", description = "warn about Python 3 incompatibilities (Python 2)")
    boolean py3kWarning;

    @Option(names = "-Q", paramLabel = "ARG", description = "division options (Python 2): old, new, warn, warnall")
    String division;

    @Option(names = "-t", description = "accepted: warn (-tt: error) about inconsistent tabs (Python 2)")
    boolean[] tabs = {};

    @Option(names = {"-d", "-R", "-x"}, hidden = true, description = "accepted for python compatibility")
    boolean[] ignoredFlags;

    /** The flags that concern the interpreter. */
    dev.pyhost.InterpreterOptions interpreterOptions() {
        return new dev.pyhost.InterpreterOptions(ignoreEnvironment || isolate, isolate, noSite, noUserSite || isolate,
                dontWriteBytecode, quiet, safePath, Math.min(optimize.length, 2), verbose.length,
                Math.min(bytesWarning.length, 2), py3kWarning, division, warnOptions, xOptions);
    }
}
