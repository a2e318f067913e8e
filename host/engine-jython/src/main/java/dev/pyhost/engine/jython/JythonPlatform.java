package dev.pyhost.engine.jython;

import org.python.core.PyObject;

import java.util.Locale;

/**
 * {@code sys.platform} as CPython 2.7 names it ({@code 'linux2'}, {@code 'darwin'},
 * {@code 'win32'}) rather than Jython's {@code 'java25.0.3'}, so that a script's
 * {@code sys.platform.startswith('linux')} takes the branch it takes under CPython. Jython's own
 * library chooses its Java code paths by {@code sys.platform.startswith('java')}: for code called
 * from its modules that test the platform, the string also equals and starts with Jython's name
 * (a {@link ShadowName} whose targets are those modules' compiled classes).
 */
final class JythonPlatform {
    /**
     * Jython's library modules that look at {@code sys.platform} or {@code os.name} for their
     * Java code paths (compiled class names). The os overlay gives {@code os.name} the same.
     */
    private static final String LIBRARY = "(site|tempfile|locale|posixpath|datetime|zipfile|_abcoll|mailbox"
            + "|pydoc|popen2|tarfile|timeit|telnetlib|inspect|whichdb|posixfile|sysconfig|platform"
            + "|SimpleHTTPServer|subprocess|code|isql|os|urllib|uuid|logging\\.config|distutils(\\..*)?"
            + "|getpass|ssl|dbexts"
            + "|xml\\..*|compiler\\..*)\\$py";

    private JythonPlatform() {
    }

    /** The value for a session's {@code sys.platform}, given Jython's own. */
    static PyObject forScripts(PyObject jythons) {
        ShadowName platform = new ShadowName(cpythonName(), jythons.toString());
        platform.addTarget(LIBRARY, null);
        return platform;
    }

    static String cpythonName() {
        String os = System.getProperty("os.name", "").toLowerCase(Locale.ROOT);
        if (os.startsWith("linux")) {
            return "linux2";
        }
        if (os.startsWith("mac") || os.startsWith("darwin")) {
            return "darwin";
        }
        if (os.startsWith("windows")) {
            return "win32";
        }
        return os.replace(" ", "");
    }
}
