package dev.pyhost.engine.jython;

import org.python.core.Py;
import org.python.core.PyList;

import java.nio.file.Files;
import java.nio.file.Path;

/**
 * Imports Jython's standard library from the distribution's jar of it ({@code
 * python2/jython-lib-VERSION.jar} beside the {@code lib} folder) instead of the standalone jar,
 * whose directory of 25,000 entries Jython's zipimporter reads into Python objects at every start
 * (100-150 ms). Without that jar (an application that embeds pyhost through Maven) nothing changes.
 */
final class JythonLibPath {
    private static final String STANDALONE = "jython-standalone-";

    private JythonLibPath() {
    }

    /** Replaces the standalone jar's {@code Lib} entry of {@code sysPath} by the library jar's. */
    static void preferLibraryJar(PyList sysPath) {
        for (int i = 0; i < sysPath.size(); i++) {
            Path entry = Path.of(sysPath.pyget(i).toString());
            Path jar = entry.getParent();
            if (!entry.getFileName().toString().equals("Lib") || jar == null || jar.getParent() == null
                    || !jar.getFileName().toString().startsWith(STANDALONE)) {
                continue;
            }
            String libName = "jython-lib-" + jar.getFileName().toString().substring(STANDALONE.length());
            Path lib = jar.getParent().resolveSibling("python2").resolve(libName);
            if (Files.isRegularFile(lib)) {
                sysPath.__setitem__(i, Py.newString(lib.resolve("Lib").toString()));
            }
        }
    }
}
