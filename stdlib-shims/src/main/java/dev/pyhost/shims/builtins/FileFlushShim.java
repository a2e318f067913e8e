package dev.pyhost.shims.builtins;

import dev.pyhost.shims.GlueSource;
import dev.pyhost.spi.ShimContext;
import dev.pyhost.spi.ShimModule;

/**
 * The builtin {@code open}: CPython closes a file as soon as its last reference goes, so
 * {@code open('x', 'w').write(data)} leaves the data on disk at once; Jython's and GraalPy's
 * files wait for a garbage collector with their buffer unwritten. The glue remembers files opened
 * for writing (weakly) and flushes them before the next {@code open()}, so a later read sees what
 * was written. No Java core. Python 2 calls the module {@code __builtin__}; see {@link Python3}.
 */
public class FileFlushShim implements ShimModule {
    @Override
    public String name() {
        return "__builtin__";
    }

    @Override
    public Kind kind() {
        return Kind.OVERLAY;
    }

    @Override
    public boolean supports(int pythonMajor) {
        return pythonMajor == 2;
    }

    @Override
    public String glue(int pythonMajor) {
        return GlueSource.load("builtins/open_flush.py");
    }

    @Override
    public Object newCore(ShimContext context) {
        return null;
    }

    /** {@code io.open}, on both versions: it flushes and remembers the same files. */
    public static final class IoOpen extends FileFlushShim {
        @Override
        public String name() {
            return "io";
        }

        @Override
        public boolean supports(int pythonMajor) {
            return true;
        }

        @Override
        public String glue(int pythonMajor) {
            return GlueSource.load("builtins/io_open_flush.py");
        }
    }

    /** The same on Python 3, where the module is {@code builtins}. */
    public static final class Python3 extends FileFlushShim {
        @Override
        public String name() {
            return "builtins";
        }

        @Override
        public boolean supports(int pythonMajor) {
            return pythonMajor == 3;
        }
    }
}
