package dev.pyhost.cli.dist;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;

/**
 * A build step of the distribution: copies the Python standard library of Jython's standalone
 * jar ({@code Lib/}, about 1,400 entries) into a jar of its own, from which the Jython engine
 * imports it. Importing from the standalone jar made Jython's zipimporter read the directory of
 * all its 25,000 entries (classes included) into Python objects at every start: 100-150 ms.
 * The jar is rewritten only when the standalone jar is newer.
 *
 * <pre>java dev.pyhost.cli.dist.JythonLibJar STANDALONE_JAR LIB_JAR</pre>
 */
public final class JythonLibJar {
    private static final String LIB = "Lib/";

    private JythonLibJar() {
    }

    public static void main(String[] args) throws IOException {
        Path standalone = Path.of(args[0]);
        Path lib = Path.of(args[1]);
        if (Files.exists(lib) && Files.getLastModifiedTime(lib).compareTo(Files.getLastModifiedTime(standalone)) >= 0) {
            return;
        }
        copyLib(standalone, lib);
    }

    /** Writes the {@code Lib/} entries of {@code standalone} to {@code lib}; returns how many. */
    static int copyLib(Path standalone, Path lib) throws IOException {
        return JarRewrite.rewrite(standalone, lib, (name, data) -> name.startsWith(LIB) ? data : null);
    }
}
