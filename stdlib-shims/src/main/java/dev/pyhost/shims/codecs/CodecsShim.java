package dev.pyhost.shims.codecs;

import dev.pyhost.shims.GlueSource;
import dev.pyhost.spi.ShimContext;
import dev.pyhost.spi.ShimModule;

/**
 * {@code codecs}. Python 3: GraalPy's UTF-16 and UTF-32 incremental encoders and stream writers
 * write a byte order mark at every call, so a text file written in two writes holds a mark in
 * the middle. The overlay gives those registry entries the standard library's encoder and writer,
 * which mark once, as CPython's do. It checks the engine's codec first and leaves a correct one
 * alone. Python 2: Jython's UTF-16 decoders let a Java exception out on a surrogate near the end
 * of the data, misjudge lone and truncated surrogates and read unmarked data as big-endian; the
 * overlay decodes as CPython 2.7 does, leaving surrogate-free runs to the engine. No Java core.
 */
public final class CodecsShim implements ShimModule {
    @Override
    public String name() {
        return "codecs";
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
        return GlueSource.load(pythonMajor == 2 ? "codecs/codecs_py2.py" : "codecs/codecs_py3.py");
    }

    @Override
    public Object newCore(ShimContext context) {
        return null;
    }
}
