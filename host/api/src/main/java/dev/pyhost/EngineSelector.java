package dev.pyhost;

import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Chooses the engine for a script without starting one: by an explicit choice, a header comment,
 * the shebang line, or the first construct in the source that only Python 2 accepts.
 *
 * <p>Precedence: {@code --engine} flag, then {@code PYHOST_ENGINE}, then a
 * {@code # pyhost: engine=NAME} comment in the first lines, then a {@code python2}/{@code python3}
 * shebang, then the syntax scan ({@link Python2Scanner}). A script with no Python 2-only construct
 * runs on Python 3 (GraalPy).
 *
 * @since 0.1
 */
public final class EngineSelector {
    private static final Pattern HEADER = Pattern.compile("^#.*\\bpyhost:\\s*engine\\s*=\\s*([A-Za-z0-9.]+)");
    private static final int HEADER_LINES = 10;

    private EngineSelector() {
    }

    /**
     * The full decision as the command line makes it.
     *
     * @param flag   the {@code --engine} value, or null
     * @param env    the {@code PYHOST_ENGINE} value, or null
     * @param source the script's text (bytes read as ISO-8859-1 will do)
     */
    public static EngineSelection choose(String flag, String env, String source) {
        if (isSet(flag)) {
            return new EngineSelection(Engine.parse(flag), "--engine " + flag);
        }
        if (isSet(env)) {
            return new EngineSelection(Engine.parse(env), "PYHOST_ENGINE=" + env);
        }
        return select(source);
    }

    /** The choice made from the script alone (header comment, shebang, syntax). */
    public static EngineSelection select(String source) {
        String[] lines = source.split("\r\n|\r|\n", HEADER_LINES + 1);
        for (int i = 0; i < Math.min(lines.length, HEADER_LINES); i++) {
            Matcher m = HEADER.matcher(lines[i]);
            if (m.find() && !m.group(1).equalsIgnoreCase("auto")) {
                return new EngineSelection(Engine.parse(m.group(1)),
                        "line " + (i + 1) + ": header comment 'pyhost: engine=" + m.group(1) + "'");
            }
        }
        Optional<Engine> bang = lines.length > 0 ? fromShebang(lines[0]) : Optional.empty();
        if (bang.isPresent()) {
            return new EngineSelection(bang.get(), "line 1: shebang '" + lines[0].strip() + "'");
        }
        return Python2Scanner.firstPython2Construct(source)
                .map(f -> new EngineSelection(Engine.JYTHON, "line " + f.line() + ": " + f.what()
                        + " (Python 2 only)"))
                .orElseGet(() -> new EngineSelection(Engine.GRAALPY, "no Python 2-only syntax or module found"));
    }

    private static Optional<Engine> fromShebang(String first) {
        if (!first.startsWith("#!")) {
            return Optional.empty();
        }
        String s = first.toLowerCase(Locale.ROOT);
        if (s.contains("python2") || s.contains("jython") || s.contains("pyhost2")) {
            return Optional.of(Engine.JYTHON);
        }
        if (s.contains("python3") || s.contains("graalpy") || s.contains("pyhost3")) {
            return Optional.of(Engine.GRAALPY);
        }
        return Optional.empty();
    }

    private static boolean isSet(String v) {
        return v != null && !v.isBlank() && !v.strip().equalsIgnoreCase("auto");
    }

    /** Python 2 standard modules that Python 3 renamed or dropped, and their Python 3 names. */
    static final Set<String> PYTHON2_ONLY_MODULES = Set.of(
            "ConfigParser", "Queue", "UserDict", "UserList", "UserString", "commands", "urllib2", "urlparse",
            "cPickle", "StringIO", "cStringIO", "httplib", "SocketServer", "Tkinter", "tkMessageBox", "__builtin__",
            "HTMLParser", "xmlrpclib", "SimpleXMLRPCServer", "sets", "md5", "sha", "popen2", "exceptions",
            "copy_reg", "anydbm", "dbhash", "whichdb", "robotparser", "SimpleHTTPServer", "BaseHTTPServer",
            "CGIHTTPServer", "Cookie", "cookielib", "htmlentitydefs", "dummy_thread", "mimetools", "rfc822",
            "new", "dircache", "statvfs", "thread", "markupbase", "repr", "ttk", "ScrolledText");
}
