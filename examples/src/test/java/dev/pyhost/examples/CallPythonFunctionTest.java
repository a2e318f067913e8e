package dev.pyhost.examples;

import dev.pyhost.Engine;
import dev.pyhost.PythonObject;
import org.junit.jupiter.api.Test;

import java.math.BigInteger;
import java.util.Arrays;
import java.util.List;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;

class CallPythonFunctionTest {

    /** What both engines must give back, with the Java types PyHost.eval documents. */
    private static void assertCommonResults(Map<String, Object> r) {
        assertThat(r.get("price(3, 250)")).isEqualTo(750L);
        assertThat(r.get("price(3, 250, 10)")).isEqualTo(675L);
        assertThat(r.get("describe('db1', 80, 22)")).isInstanceOf(Map.class)
                .isEqualTo(Map.of("host", "db1", "ports", List.of(22L, 80L), "up", true));
        assertThat(r.get("greet('ops')")).isEqualTo("hello, OPS");
        assertThat(r.get("os.path.join('etc', 'ps.ini')")).isEqualTo("etc/ps.ini");
        assertThat(r.get("2 ** 70")).isEqualTo(BigInteger.TWO.pow(70));
        assertThat(r.get("1.5 * 3")).isEqualTo(4.5d);
        assertThat(r.get("sorted(set('mississippi'))")).isEqualTo(List.of("i", "m", "p", "s"));
        assertThat(r.get("(1, 'a', None)")).isEqualTo(Arrays.asList(1L, "a", null));
        assertThat(r.get("{'a': 1}")).isEqualTo(Map.of("a", 1L));
        assertThat(r.get("Job()")).isInstanceOf(PythonObject.class)
                .hasToString("<Job nightly>");
        assertThat(((PythonObject) r.get("Job()")).typeName()).isEqualTo("Job");
    }

    @Test
    void jythonReturnsJavaValuesWithPython2Division() {
        Map<String, Object> r = CallPythonFunction.demo(Engine.JYTHON);

        assertCommonResults(r);
        assertThat(r.get("7 / 2")).isEqualTo(3L);
    }

    @Test
    void graalPyReturnsJavaValuesWithPython3Division() {
        Map<String, Object> r = CallPythonFunction.demo(Engine.GRAALPY);

        assertCommonResults(r);
        assertThat(r.get("7 / 2")).isEqualTo(3.5d);
    }
}
