package dev.pyhost.engine.jython;

import org.python.core.Py;
import org.python.core.PyInteger;
import org.python.core.PyLong;
import org.python.core.PyObject;
import org.python.core.PyString;
import org.python.core.PyTuple;

import java.math.BigInteger;

/**
 * CPython 2.7's {@code int} is 64 bits wide on 64-bit Linux; Jython's is 32, and what overflows it
 * becomes a {@code long}, whose {@code repr} ends in {@code L}. So on stock Jython a memory size,
 * a disk's free bytes or a time in milliseconds prints as {@code 8589934592L} inside a list, a dict
 * or a namedtuple ({@code print psutil.virtual_memory()}), and {@code 2**40 - 2**40} is {@code 0L}.
 *
 * <p>Here a Jython long whose value fits in 64 bits stands for a CPython int unless CPython would
 * call it a long ({@link ExplicitLong}: made by {@code long(x)}, an {@code L} literal, or arithmetic
 * with such a long or with a value beyond 64 bits, as CPython's {@code long} is contagious). The
 * build wraps Jython's {@code long} methods so that ({@code dev.pyhost.cli.dist.CPythonIntWidth}):
 * <ul>
 *   <li>{@code repr}, {@code hex} and {@code oct} end in {@code L} only for a CPython long;</li>
 *   <li>arithmetic on int values gives an int: a result within 32 bits is Jython's int again;</li>
 *   <li>{@code int(x)} gives an int value, {@code long(x)} a long.</li>
 * </ul>
 * What stays Jython's: {@code type(x)} of an int value beyond 32 bits is still {@code long}, and
 * {@code isinstance(x, int)} is false for it.
 */
public final class CPython2Ints {
    private CPython2Ints() {
    }

    /** Whether CPython 2.7 (64-bit) would type {@code o} as {@code long}. */
    public static boolean isLong(PyObject o) {
        return o instanceof PyLong l && (l.getClass() != PyLong.class || !fits64(l.getValue()));
    }

    /**
     * Whether Jython's int holds the value; -2**31 stays a long, as Jython's own parser and
     * arithmetic leave it (its int methods get that one wrong: {@code bit_length()} is 31).
     */
    private static boolean fitsInt(BigInteger v) {
        return v.bitLength() < 32 && v.intValue() != Integer.MIN_VALUE;
    }

    private static boolean fits64(BigInteger v) {
        return v.bitLength() < 64;
    }

    /** The result of a binary {@code long} method of {@code self} and {@code other}, typed as CPython's. */
    public static PyObject binary(PyLong self, PyObject other, PyObject result) {
        return typed(result, isLong(self) || isLong(other));
    }

    /**
     * {@code self + other}, {@code self - other} ({@code operation} 1, -1), {@code self * other}
     * (0), {@code self // other} (2, also Python 2's {@code /} of ints) and {@code self % other}
     * (3) of int values within 64 bits, in Java's arithmetic, as CPython computes them (floor
     * division, a remainder with the divisor's sign): the result if it fits in 64 bits, else null
     * (and Jython's method computes it). Null too where an operand is not such an int value. A
     * zero divisor raises CPython's ZeroDivisionError, for any operands.
     */
    public static PyObject arithmetic(PyLong self, PyObject other, int operation) {
        if (operation >= 2 && isZero(other)) {
            // CPython's words, by whether the operation was an int's or a long's (Jython's lack "by zero")
            throw Py.ZeroDivisionError((isLong(self) || isLong(other) ? "long" : "integer") + " division or modulo by zero");
        }
        if (self.getClass() != PyLong.class) {
            return null;
        }
        BigInteger sv = self.getValue();
        if (sv.bitLength() > 63) {
            return null;
        }
        long a = sv.longValue();
        long b;
        if (other instanceof PyInteger i) {
            b = i.getValue();
        } else if (other != null && other.getClass() == PyLong.class && ((PyLong) other).getValue().bitLength() < 64) {
            b = ((PyLong) other).getValue().longValue();
        } else {
            return null;
        }
        long r;
        if (operation >= 2) {
            if (a == Long.MIN_VALUE && b == -1) {
                return null;
            }
            r = operation == 2 ? Math.floorDiv(a, b) : Math.floorMod(a, b);
        } else if (operation == 0) {
            long hi = Math.multiplyHigh(a, b);
            r = a * b;
            if (hi != (r >> 63)) {
                return null;
            }
        } else {
            if (operation < 0) {
                if (b == Long.MIN_VALUE) {
                    return null;
                }
                b = -b;
            }
            r = a + b;
            if (((a ^ r) & (b ^ r)) < 0) {
                return null;
            }
        }
        return r == (int) r && r != Integer.MIN_VALUE ? Py.newInteger((int) r) : new PyLong(r);
    }

    private static boolean isZero(PyObject o) {
        return o instanceof PyInteger i ? i.getValue() == 0 : o instanceof PyLong l && l.getValue().signum() == 0;
    }

    /**
     * {@code pow(self, exponent[, modulo])}: as {@link #binary}, and a long where CPython's
     * {@code int_pow} would have overflowed on its way, though the result fits
     * ({@code pow(2 ** 40, 2, 1000)} is {@code 176L}).
     */
    public static PyObject power(PyLong self, PyObject exponent, PyObject modulo, PyObject result) {
        boolean hasModulo = modulo != null && modulo != Py.None;
        boolean asLong = isLong(self) || isLong(exponent) || hasModulo && isLong(modulo);
        if (!asLong && result != null && result.getClass() == PyLong.class) {
            asLong = overflows(self.getValue().longValue(), integer(exponent), hasModulo ? integer(modulo) : 0);
        }
        return typed(result, asLong);
    }

    private static long integer(PyObject o) {
        return o instanceof PyLong l ? l.getValue().longValue() : o.asLong();
    }

    /** Whether {@code intobject.c}'s {@code int_pow} leaves its loop for the long one. */
    private static boolean overflows(long base, long exponent, long modulo) {
        long temp = base;
        long ix = 1;
        for (long iw = exponent; iw > 0; ) {
            long prev = ix;
            if ((iw & 1) != 0) {
                ix = ix * temp;
                if (temp == 0) {
                    break;
                }
                if (ix / temp != prev) {
                    return true;
                }
            }
            iw >>= 1;
            if (iw == 0) {
                break;
            }
            prev = temp;
            temp = temp * temp;
            if (prev != 0 && temp / prev != prev) {
                return true;
            }
            if (modulo != 0) {
                ix = ix % modulo;
                temp = temp % modulo;
            }
        }
        return false;
    }

    /** The result of a unary {@code long} method, typed as CPython's. */
    public static PyObject unary(PyLong self, PyObject result) {
        return typed(result, isLong(self));
    }

    private static PyObject typed(PyObject result, boolean asLong) {
        if (result instanceof PyTuple t && t.size() == 2) {   // divmod
            PyObject q = t.pyget(0);
            PyObject r = t.pyget(1);
            PyObject q2 = typed(q, asLong);
            PyObject r2 = typed(r, asLong);
            return q2 == q && r2 == r ? result : new PyTuple(q2, r2);
        }
        if (result == null || result.getClass() != PyLong.class) {
            return result;   // a float, NotImplemented (null), or a long already typed
        }
        BigInteger v = ((PyLong) result).getValue();
        if (asLong) {
            return fits64(v) ? new ExplicitLong(v) : result;
        }
        return fitsInt(v) ? Py.newInteger(v.intValue()) : result;
    }

    /** {@code long.__int__} ({@code int(x)}): an int value, whatever {@code x} was. */
    public static PyObject toInt(PyLong self, PyObject result) {
        if (!(result instanceof PyLong l) || !fits64(l.getValue())) {
            return result;
        }
        BigInteger v = l.getValue();
        if (fitsInt(v)) {
            return Py.newInteger(v.intValue());
        }
        return l.getClass() == PyLong.class ? l : new PyLong(v);
    }

    /** {@code long(x)} and {@code long.__long__}: a long, also within 64 bits. */
    public static PyObject toLong(PyObject result) {
        if (result != null && result.getClass() == PyLong.class && fits64(((PyLong) result).getValue())) {
            return new ExplicitLong(((PyLong) result).getValue());
        }
        return result;
    }

    /** {@code long.__long__} of {@code self}. */
    public static PyObject toLong(PyLong self, PyObject result) {
        return toLong(result);
    }

    /** {@code repr(x)}: Jython's text, without the {@code L} for an int value. */
    public static String repr(PyLong self, String text) {
        return isLong(self) ? text : unsuffixed(text);
    }

    /** {@code hex(x)}, {@code oct(x)}: Jython's text, without the {@code L} for an int value. */
    public static PyString radix(PyLong self, PyString text) {
        return isLong(self) ? text : Py.newString(unsuffixed(text.getString()));
    }

    private static String unsuffixed(String text) {
        return text.endsWith("L") ? text.substring(0, text.length() - 1) : text;
    }

    /** The parser's value of a literal with an {@code L} suffix. */
    public static PyLong longLiteral(BigInteger value) {
        return new ExplicitLong(value);
    }

    /** The parser's negation of a literal: an {@code L} literal's stays a long. */
    public static PyLong likeLiteral(PyLong negated, Object literal) {
        return literal instanceof ExplicitLong ? new ExplicitLong(negated.getValue()) : negated;
    }

    /**
     * The compiler's text of a long constant: the digits, with an {@code L} for a literal that
     * had one; {@link #newLong(String)} makes the value back in the compiled module.
     */
    public static PyString constantText(PyObject literal) {
        PyString digits = literal.__str__();
        return literal instanceof ExplicitLong ? Py.newString(digits.getString() + "L") : digits;
    }

    /**
     * The text {@code cPickle} writes after its LONG opcode (protocols 0 and 1): the digits and an
     * {@code L}, which its loader strips, whatever the value's {@code repr}.
     */
    public static String pickleText(PyObject value) {
        return value.__str__().getString() + "L";
    }

    /** A compiled module's long constant ({@link #constantText}). */
    public static PyLong newLong(String text) {
        if (text.endsWith("L")) {
            return new ExplicitLong(new BigInteger(text.substring(0, text.length() - 1)));
        }
        return new PyLong(new BigInteger(text));
    }
}
