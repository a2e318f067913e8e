package dev.pyhost.engine.jython;

import org.python.core.Py;
import org.python.core.PyBoolean;
import org.python.core.PyComplex;
import org.python.core.PyFloat;
import org.python.core.PyFunction;
import org.python.core.PyInstance;
import org.python.core.PyFrozenSet;
import org.python.core.PyInteger;
import org.python.core.PyLong;
import org.python.core.PyObject;
import org.python.core.PyString;
import org.python.core.PyTuple;
import org.python.core.PyType;
import org.python.core.PyUnicode;
import org.python.core.Slotted;

import java.math.BigInteger;

/**
 * The hash CPython 2.7 (64-bit Linux, no {@code -R}) gives a dict key, which decides where the key
 * sits in CPython's table and so the order a dict iterates in (see {@link CPython2Dict}). Known for
 * the types whose CPython hash is a fixed function of the value: {@code str}, {@code unicode}
 * (a wide build's: code points), {@code int}, {@code bool}, {@code long}, {@code float}, and
 * tuples and frozensets of them. Any other built-in key gives its Jython hash; an instance of a Python class (one that
 * overrides {@code __hash__} included) its identity, so that its {@code __hash__} runs once per
 * insert, as in CPython. CPython's hash of such keys is an address, or a {@code __hash__} whose
 * value Jython's own hashes (of strings, say) make differ anyway: no order can follow it.
 *
 * <p>The builtin {@code hash()} gives these hashes too ({@link #builtin}).
 */
public final class CPython2Hash {
    private static final long MULTIPLIER = 1000003L;
    private static final int LONG_SHIFT = 30;   // PyLong digit bits of a 64-bit build
    private static final BigInteger DIGIT_MASK = BigInteger.valueOf((1L << LONG_SHIFT) - 1);

    private CPython2Hash() {
    }

    /** CPython 2.7's {@code hash(key)}, where it is a function of the value (see the class). */
    public static long of(PyObject key) {
        Class<?> c = key.getClass();
        if (c == PyString.class) {
            return ofBytes(((PyString) key).getString());
        }
        if (c == PyInteger.class || c == org.python.core.PyBoolean.class) {
            return ofInt(((PyInteger) key).getValue());
        }
        if (c == PyUnicode.class) {
            return ofCodePoints(((PyUnicode) key).getString());
        }
        if (c == PyTuple.class) {
            return ofTuple((PyTuple) key);
        }
        if (c == PyLong.class || c == ExplicitLong.class) {
            return ofLong(((PyLong) key).getValue());
        }
        if (c == PyFloat.class) {
            return ofDouble(((PyFloat) key).getValue());
        }
        if (c == PyFrozenSet.class) {
            return ofFrozenSet((PyFrozenSet) key);
        }
        if (key instanceof PyString s && inheritsHash(key, s instanceof PyUnicode ? PyUnicode.TYPE : PyString.TYPE)) {
            return s instanceof PyUnicode u ? ofCodePoints(u.getString()) : ofBytes(s.getString());
        }
        if (key instanceof PyInteger i && inheritsHash(key, PyInteger.TYPE)) {
            return ofInt(i.getValue());
        }
        if (key instanceof PyTuple t && inheritsHash(key, PyTuple.TYPE)) {
            return ofTuple(t);
        }
        if (key instanceof Slotted) {
            // an instance of a Python class: its __hash__ (if it has one) ran for Jython's lookup
            // already, and runs once per insert in CPython too
            return System.identityHashCode(key);
        }
        return key.hashCode();
    }

    /** {@link #of}, or for a Java string (a key of Jython's {@code PyStringMap}) that of the str. */
    /**
     * The builtin {@code hash(obj)}: CPython 2.7's for a str, unicode, int, bool, long or float
     * and for a tuple or frozenset made of them only (so {@code hash(name) % n} picks the bucket
     * CPython picks), Jython's {@code __hash__} for anything else, whose CPython hash is an address
     * or the class's own. {@code obj.__hash__()} stays Jython's.
     */
    public static PyObject builtin(PyObject obj) {
        if (isByValue(obj)) {
            return Py.newInteger(of(obj));
        }
        if (obj.getClass() == PyComplex.class) {
            // complex_hash: equal to the float's for a complex with no imaginary part
            PyComplex z = (PyComplex) obj;
            long h = ofDouble(z.real) + MULTIPLIER * ofDouble(z.imag);
            return Py.newInteger(h == -1 ? -2 : h);
        }
        PyObject own = ownHash(obj);
        if (own != null) {
            // slot_tp_hash, instance_hash: the method's int as it is, a long's hash, -1 as -2
            PyObject h = own.__call__();
            if (h instanceof PyInteger i) {
                return Py.newInteger(ofInt(i.getValue()));
            }
            if (h instanceof PyLong l) {
                return Py.newInteger(ofLong(l.getValue()));
            }
        }
        return obj.__hash__();
    }

    /**
     * A {@code __hash__} written in Python (of a class, or of an old-style instance), bound; or null.
     * A class that set it to None is unhashable, as CPython says (Jython called the None).
     */
    private static PyObject ownHash(PyObject obj) {
        if (obj instanceof PyInstance) {
            return obj.__findattr__("__hash__");
        }
        if (obj instanceof Slotted) {
            PyObject impl = obj.getType().lookup("__hash__");
            if (impl == Py.None) {
                throw Py.TypeError("unhashable type: '" + obj.getType().fastGetName() + "'");
            }
            return impl instanceof PyFunction ? impl.__get__(obj, obj.getType()) : null;
        }
        return null;
    }

    private static boolean isByValue(PyObject obj) {
        Class<?> c = obj.getClass();
        if (c == PyString.class || c == PyUnicode.class || c == PyInteger.class || c == PyBoolean.class
                || c == PyLong.class || c == ExplicitLong.class || c == PyFloat.class) {
            return true;
        }
        if (obj instanceof PyString s && inheritsHash(obj, s instanceof PyUnicode ? PyUnicode.TYPE : PyString.TYPE)
                || obj instanceof PyInteger && !(obj instanceof PyBoolean) && inheritsHash(obj, PyInteger.TYPE)) {
            return true;   // a subclass with the built-in hash, which of() knows
        }
        if (c == PyTuple.class) {
            for (PyObject item : ((PyTuple) obj).getArray()) {
                if (!isByValue(item)) {
                    return false;
                }
            }
            return true;
        }
        if (c == PyFrozenSet.class) {
            for (PyObject item : ((PyFrozenSet) obj).getSet()) {
                if (!isByValue(item)) {
                    return false;
                }
            }
            return true;
        }
        return false;
    }

    public static long ofKey(Object key) {
        return key instanceof String s ? ofBytes(s) : of((PyObject) key);
    }

    /** A subclass of a built-in type whose {@code __hash__} is the built-in's. */
    private static boolean inheritsHash(PyObject key, PyType base) {
        return key.getType().lookup("__hash__") == base.lookup("__hash__");
    }

    /** {@code str}: each char of a Jython str is one byte. */
    static long ofBytes(String s) {
        int n = s.length();
        if (n == 0) {
            return 0;
        }
        long x = (long) (s.charAt(0) & 0xff) << 7;
        for (int i = 0; i < n; i++) {
            x = (MULTIPLIER * x) ^ (s.charAt(i) & 0xff);
        }
        x ^= n;
        return x == -1 ? -2 : x;
    }

    /** {@code unicode} of a wide (UCS-4) build, as CPython 2.7 on Linux is: one unit per code point. */
    static long ofCodePoints(String s) {
        int n = s.codePointCount(0, s.length());
        if (n == 0) {
            return 0;
        }
        long x = (long) s.codePointAt(0) << 7;
        for (int i = 0; i < s.length(); ) {
            int cp = s.codePointAt(i);
            x = (MULTIPLIER * x) ^ cp;
            i += Character.charCount(cp);
        }
        x ^= n;
        return x == -1 ? -2 : x;
    }

    static long ofInt(long v) {
        return v == -1 ? -2 : v;
    }

    /**
     * {@code long}: the magnitude's 30-bit digits folded into an unsigned word with an end-around
     * carry (so congruent to it modulo 2**64 - 1), then the sign.
     */
    static long ofLong(BigInteger v) {
        BigInteger magnitude = v.abs();
        int digits = (magnitude.bitLength() + LONG_SHIFT - 1) / LONG_SHIFT;
        long x = 0;
        for (int i = digits - 1; i >= 0; i--) {
            long digit = magnitude.shiftRight(i * LONG_SHIFT).and(DIGIT_MASK).longValue();
            x = (x << LONG_SHIFT) | (x >>> (Long.SIZE - LONG_SHIFT));
            x += digit;
            if (Long.compareUnsigned(x, digit) < 0) {
                x++;
            }
        }
        if (v.signum() < 0) {
            x = -x;
        }
        return x == -1 ? -2 : x;
    }

    /** {@code float}: an integral value hashes as the equal int or long; others by their bits. */
    static long ofDouble(double v) {
        if (Double.isInfinite(v)) {
            return v < 0 ? -271828 : 314159;
        }
        if (Double.isNaN(v)) {
            return 0;
        }
        double intpart = v < 0 ? Math.ceil(v) : Math.floor(v);
        if (v == intpart) {
            if (intpart > Long.MAX_VALUE / 2 || -intpart > Long.MAX_VALUE / 2) {
                return ofLong(new java.math.BigDecimal(v).toBigInteger());
            }
            return ofInt((long) intpart);
        }
        int expo = Math.getExponent(v) + 1;        // frexp: v = m * 2**expo, 0.5 <= |m| < 1
        double m = v / Math.scalb(1.0, expo);
        if (Math.abs(m) >= 1.0) {                  // subnormals: getExponent is MIN_EXPONENT - 1
            m /= 2;
            expo++;
        }
        while (Math.abs(m) < 0.5) {
            m *= 2;
            expo--;
        }
        m *= 2147483648.0;                          // 2**31
        long hipart = (long) m;
        m = (m - (double) hipart) * 2147483648.0;
        long x = hipart + (long) m + ((long) expo << 15);
        return x == -1 ? -2 : x;
    }

    /** {@code frozenset}: its keys' hashes folded in whatever order (xor), then scrambled. */
    static long ofFrozenSet(PyFrozenSet f) {
        java.util.Set<PyObject> keys = f.getSet();
        long hash = 1927868237L * (keys.size() + 1);
        for (PyObject key : keys) {
            long h = of(key);
            hash ^= (h ^ (h << 16) ^ 89869747L) * 3644798167L;
        }
        hash = hash * 69069L + 907133923L;
        return hash == -1 ? 590923713L : hash;
    }

    static long ofTuple(PyTuple t) {
        long x = 0x345678L;
        long mult = MULTIPLIER;
        int len = t.size();
        for (int i = 0; i < t.size(); i++) {
            long y = of(t.pyget(i));
            x = (x ^ y) * mult;
            len--;
            mult += 82520L + len + len;
        }
        x += 97531L;
        return x == -1 ? -2 : x;
    }
}
