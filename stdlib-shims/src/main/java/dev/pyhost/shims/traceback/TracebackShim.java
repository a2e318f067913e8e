package dev.pyhost.shims.traceback;

import dev.pyhost.shims.GlueSource;
import dev.pyhost.spi.ShimContext;
import dev.pyhost.spi.ShimModule;

/**
 * {@code traceback} on Python 3: GraalPy's codecs raise their errors in java.nio's words
 * ({@code 'utf_8' codec can't decode byte 0xff in position 0: malformed input}); CPython says
 * {@code 'utf-8' codec ... invalid start byte}. Every report of an exception goes through
 * {@code TracebackException}, so the overlay rewords such an error there, from its bytes, before
 * it is shown. A script's own {@code str(e)} before any report still reads the engine's words.
 * No Java core.
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
        return pythonMajor == 3;
    }

    @Override
    public String glue(int pythonMajor) {
        return GlueSource.load("traceback/unicode_wording.py") + GlueSource.load("traceback/traceback_py3.py");
    }

    @Override
    public Object newCore(ShimContext context) {
        return null;
    }
}
