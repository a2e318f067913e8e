package dev.pyhost.shims.traceback;

import dev.pyhost.shims.GlueSource;
import dev.pyhost.spi.ShimContext;
import dev.pyhost.spi.ShimModule;

/**
 * {@code traceback}: GraalPy's codecs raise their errors in java.nio's words
 * ({@code 'utf_8' codec can't decode byte 0xff in position 0: malformed input}), Jython's UTF-8
 * and UTF-16 decoders in words of their own ({@code 'utf-8' ... unexpected code byte}); CPython
 * says {@code 'utf-8' codec ... invalid start byte} ({@code 'utf8'} on Python 2). Every report of
 * an exception goes through {@code TracebackException} (Python 3) or {@code format_exception_only}
 * (Python 2), so the overlay rewords such an error there, from its bytes, before it is shown. A
 * script's own {@code str(e)} before any report still reads the engine's words. On Python 3 it
 * also counts the position markers' columns in bytes, as CPython does. No Java core.
 */
public final class TracebackShim implements ShimModule {
    @Override
    public String name() {
        return "traceback";
    }

    @Override
    public Kind kind() {
        return Kind.OVERLAY;
    }

    @Override
    public boolean supports(int pythonMajor) {
        return true;
    }

    @Override
    public String glue(int pythonMajor) {
        return GlueSource.load("traceback/unicode_wording.py")
                + GlueSource.load(pythonMajor == 2 ? "traceback/traceback_py2.py" : "traceback/traceback_py3.py");
    }

    @Override
    public Object newCore(ShimContext context) {
        return null;
    }
}
