package dev.pyhost.engine.jython;

import org.python.core.PyLong;

import java.math.BigInteger;

/**
 * A Jython {@code long} that CPython 2.7 would type as {@code long} although it fits in 64 bits: the
 * result of {@code long(x)}, of a literal with an {@code L} suffix, or of arithmetic with such a
 * long. Its {@code repr} keeps the {@code L}. Any other Jython long within 64 bits stands for what
 * a 64-bit CPython calls an {@code int} ({@link CPython2Ints}).
 */
public final class ExplicitLong extends PyLong {
    public ExplicitLong(BigInteger value) {
        super(value);
    }
}
