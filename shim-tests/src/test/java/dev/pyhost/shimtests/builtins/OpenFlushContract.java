package dev.pyhost.shimtests.builtins;

import dev.pyhost.shimtests.ShimContract;
import org.junit.jupiter.api.Test;

import java.nio.file.Files;
import java.nio.file.Path;

/**
 * A file written through an unreferenced object is readable at once, as under CPython's
 * refcounting. Known difference: a file still referenced and unflushed is flushed too by the next
 * {@code open()}, where CPython would still hold its data in the buffer.
 */
abstract class OpenFlushContract extends ShimContract {

    @Test
    void dataWrittenThroughADroppedFileIsReadBack() throws Exception {
        Path file = Files.createTempFile("openflush", ".txt");
        String p = file.toString();
        try {
            assertSameAsCPython("open(" + repr(p) + ", 'w').write('one\\ntwo\\n')\n"
                    + "print(repr(open(" + repr(p) + ").read()))\n"
                    + "open(" + repr(p) + ", 'a').write('three\\n')\n"
                    + "print(open(" + repr(p) + ", mode='r').read().count('\\n'))\n"
                    + "import io\n"
                    + "open(" + repr(p) + ", 'w').write('four\\n')\n"
                    + "print(repr(io.open(" + repr(p) + ").read()))\n"
                    + "io.open(" + repr(p) + ", 'ab').write(b'five\\n')\n"
                    + "print(repr(open(" + repr(p) + ").read()))\n");
        } finally {
            Files.deleteIfExists(file);
        }
    }

    private static String repr(String s) {
        return "'" + s.replace("\\", "\\\\").replace("'", "\\'") + "'";
    }

    /**
     * open and io.open kept by a class (class C: opener = io.open) stay functions, as built-ins do;
     * also once a umask other than the engine's had them made again.
     */
    @Test
    void openKeptAsAClassAttributeIsNotAMethod() {
        assertSameAsCPython("""
                import io, os, tempfile
                path = os.path.join(tempfile.mkdtemp(), 'f')
                class Files(object):
                    plain = open
                    io_open = io.open
                    def write(self):
                        f = self.plain(path, 'w')
                        f.write('x')
                        f.close()
                        return self.io_open(path).read()
                print(Files().write(), Files.plain is open, Files().io_open is io.open, open.__name__, io.open.__name__)
                old = os.umask(0o077)  # (GraalPy: open and io.open made again, to apply the session's umask)
                try:
                    print(Files().write(), oct(os.stat(path).st_mode & 0o777)[-3:])
                finally:
                    os.umask(old)
                """);
    }
}
