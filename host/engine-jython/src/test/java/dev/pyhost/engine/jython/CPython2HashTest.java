package dev.pyhost.engine.jython;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.python.core.Py;
import org.python.core.PyFloat;
import org.python.core.PyFrozenSet;
import org.python.core.PyInteger;
import org.python.core.PyLong;
import org.python.core.PyObject;
import org.python.core.PyString;
import org.python.core.PySystemState;
import org.python.core.PyTuple;
import org.python.core.PyUnicode;

import java.math.BigInteger;

import static org.assertj.core.api.Assertions.assertThat;

/** Each hash as CPython 2.7.18 (64-bit Linux, wide unicode) printed it for {@code hash(value)}. */
class CPython2HashTest {

    @BeforeAll
    static void jython() {
        PySystemState.initialize();
    }

    private static long hash(PyObject key) {
        return CPython2Hash.of(key);
    }

    private static PyLong big(String decimal) {
        return new PyLong(new BigInteger(decimal));
    }

    @Test
    void strings() {
        assertThat(hash(new PyString(""))).isZero();
        assertThat(hash(new PyString("a"))).isEqualTo(12416037344L);
        assertThat(hash(new PyString("abc"))).isEqualTo(1453079729188098211L);
        assertThat(hash(new PyString("web01"))).isEqualTo(4249341669080094262L);
        assertThat(hash(new PyString("x".repeat(40)))).isEqualTo(4977189553667810664L);
        assertThat(hash(new PyString("\u00ff\u0000\u0080"))).isEqualTo(8003493489078072436L);
    }

    @Test
    void unicodeHashesByCodePointAndAsTheEqualStr() {
        assertThat(hash(new PyUnicode(""))).isZero();
        assertThat(hash(new PyUnicode("abc"))).isEqualTo(1453079729188098211L);
        assertThat(hash(new PyUnicode("\u00e9t\u00e9"))).isEqualTo(-4116773383342158585L);
        assertThat(hash(new PyUnicode("\u20ac"))).isEqualTo(1070595220141L);
        assertThat(hash(new PyUnicode("\ud83d\ude00x"))).isEqualTo(-1997109378905513350L);
    }

    @Test
    void integers() {
        assertThat(hash(new PyInteger(0))).isZero();
        assertThat(hash(new PyInteger(1))).isEqualTo(1);
        assertThat(hash(new PyInteger(-1))).isEqualTo(-2);
        assertThat(hash(new PyInteger(-2))).isEqualTo(-2);
        assertThat(hash(Py.True)).isEqualTo(1);
        assertThat(hash(Py.False)).isZero();
        assertThat(hash(big("2147483648"))).isEqualTo(2147483648L);
        assertThat(hash(big("-1099511627776"))).isEqualTo(-1099511627776L);
        assertThat(hash(big("9223372036854775807"))).isEqualTo(9223372036854775807L);
        assertThat(hash(big("18446744073709551616"))).isEqualTo(1);
        assertThat(hash(big("-18446744073709551616"))).isEqualTo(-2);
        assertThat(hash(big("1267650600228229401496703205383"))).isEqualTo(68719476743L);
        assertThat(hash(big("-1237940039285380274899124224"))).isEqualTo(-67108864L);
        assertThat(hash(big("1000000000000000000000000000000"))).isEqualTo(5076944324515372240L);
    }

    @Test
    void floats() {
        assertThat(hash(new PyFloat(0.0))).isZero();
        assertThat(hash(new PyFloat(1.5))).isEqualTo(1610645504L);
        assertThat(hash(new PyFloat(-2.25))).isEqualTo(-1207894016L);
        assertThat(hash(new PyFloat(3.0))).isEqualTo(3);
        assertThat(hash(new PyFloat(1e300))).isEqualTo(8474648701417850880L);
        assertThat(hash(new PyFloat(1e-310))).isEqualTo(2482351555L);
        assertThat(hash(new PyFloat(1e20))).isEqualTo(7766279631452241925L);
        assertThat(hash(new PyFloat(-1e19))).isEqualTo(8446744073709551616L);
        assertThat(hash(new PyFloat(0.1))).isEqualTo(2576882278L);
        assertThat(hash(new PyFloat(Double.POSITIVE_INFINITY))).isEqualTo(314159);
        assertThat(hash(new PyFloat(Double.NEGATIVE_INFINITY))).isEqualTo(-271828);
    }

    @Test
    void frozensets() {
        assertThat(hash(new PyFrozenSet())).isEqualTo(133156838395276L);
        assertThat(hash(new PyFrozenSet(new PyTuple(new PyInteger(1), new PyInteger(2))))).isEqualTo(-1834016341293975159L);
        assertThat(hash(new PyFrozenSet(new PyTuple(new PyString("a"), new PyTuple(new PyInteger(1), new PyInteger(2))))))
                .isEqualTo(6938338955177902494L);
        assertThat(hash(new PyFrozenSet(new PyTuple(new PyFrozenSet(new PyTuple(new PyInteger(0)))))))
                .isEqualTo(2103837413309012872L);
    }

    @Test
    void tuples() {
        assertThat(hash(new PyTuple())).isEqualTo(3527539);
        assertThat(hash(new PyTuple(new PyInteger(1), new PyString("a")))).isEqualTo(3703129313087942906L);
        assertThat(hash(new PyTuple(new PyInteger(1), new PyTuple(new PyInteger(2), new PyFloat(3.5)), new PyUnicode("z"))))
                .isEqualTo(-2605872266484449360L);
    }
}
