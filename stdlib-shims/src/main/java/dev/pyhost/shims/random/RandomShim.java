package dev.pyhost.shims.random;

import dev.pyhost.shims.GlueSource;
import dev.pyhost.spi.ShimContext;
import dev.pyhost.spi.ShimModule;

/**
 * {@code _random} for Python 2, the generator under {@code random.Random}: Jython's drew other
 * numbers than CPython 2.7 from the same seed and kept another state. CPython's MT19937, its
 * seeding and its state layout ({@link MersenneTwister}), so that seeded runs give CPython's
 * numbers. GraalPy's numbers already match CPython 3's; see {@link Python3} for its errors.
 */
public final class RandomShim implements ShimModule {
    @Override
    public String name() {
        return "_random";
    }

    @Override
    public Kind kind() {
        return Kind.MODULE;
    }

    @Override
    public boolean supports(int pythonMajor) {
        return pythonMajor == 2;
    }

    @Override
    public String glue(int pythonMajor) {
        return GlueSource.load("random/random_py2.py");
    }

    @Override
    public Object newCore(ShimContext context) {
        return new Generators();
    }

    /** The session's core: a generator per {@code Random} object. */
    public static final class Generators {
        public MersenneTwister newGenerator() {
            return new MersenneTwister();
        }
    }

    /** {@code random} on Python 3: a state of the wrong size or index refused in CPython's words. */
    public static final class Python3 implements ShimModule {
        @Override
        public String name() {
            return "random";
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
            return GlueSource.load("random/random_py3.py");
        }

        @Override
        public Object newCore(ShimContext context) {
            return null;
        }
    }
}
