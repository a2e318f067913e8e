package dev.pyhost.examples;

import dev.pyhost.Engine;
import dev.pyhost.PyHost;

import java.util.LinkedHashMap;
import java.util.Map;

/**
 * Defines Python functions with {@link PyHost#exec}, calls them from Java with
 * {@link PyHost#call}, and reads Python values with {@link PyHost#eval} — on both engines.
 *
 * <p>Values come back as plain Java objects: {@code int} → Long (or BigInteger when it does not
 * fit), {@code float} → Double, {@code str} → String, {@code list}/{@code tuple} → List,
 * {@code dict} → Map, {@code None} → null, anything else → a {@link dev.pyhost.PythonObject}.
 *
 * <pre>
 * java dev.pyhost.examples.CallPythonFunction [jython|graalpy]
 * </pre>
 */
public final class CallPythonFunction {
    private CallPythonFunction() {
    }

    /** Python source valid in Python 2 and 3 alike. */
    static final String FUNCTIONS = """
            import os.path

            def price(qty, unit, discount=0):
                return qty * unit * (100 - discount) // 100

            def describe(host, *ports):
                return {'host': host, 'ports': sorted(ports), 'up': len(ports) > 0}

            def greet(name):
                return 'hello, %s' % name.upper()

            class Job(object):
                def __repr__(self):
                    return '<Job nightly>'
            """;

    /**
     * Runs the demo on one engine and returns every result by a label, in order, as the Java
     * values the host gave back.
     */
    public static Map<String, Object> demo(Engine engine) {
        Map<String, Object> results = new LinkedHashMap<>();
        try (PyHost py = PyHost.newBuilder().engine(engine).build()) {
            py.exec(FUNCTIONS);
            results.put("price(3, 250)", py.call("price", 3, 250));
            results.put("price(3, 250, 10)", py.call("price", 3, 250, 10));
            results.put("describe('db1', 80, 22)", py.call("describe", "db1", 80, 22));
            results.put("greet('ops')", py.call("greet", "ops"));
            results.put("os.path.join('etc', 'ps.ini')", py.call("os.path.join", "etc", "ps.ini"));
            results.put("7 / 2", py.eval("7 / 2"));
            results.put("2 ** 70", py.eval("2 ** 70"));
            results.put("1.5 * 3", py.eval("1.5 * 3"));
            results.put("sorted(set('mississippi'))", py.eval("sorted(set('mississippi'))"));
            results.put("(1, 'a', None)", py.eval("(1, 'a', None)"));
            results.put("{'a': 1}", py.eval("{'a': 1}"));
            results.put("Job()", py.eval("Job()"));
        }
        return results;
    }

    static void print(Engine engine, Map<String, Object> results) {
        System.out.println("=== " + engine.id() + " (Python " + engine.pythonMajor() + ")");
        results.forEach((label, value) -> System.out.printf("  %-32s -> %-28s %s%n", label, value,
                value == null ? "null" : value.getClass().getSimpleName()));
    }

    public static void main(String[] args) {
        Engine[] engines = args.length > 0 ? new Engine[] {Engine.parse(args[0])} : Engine.values();
        for (Engine engine : engines) {
            print(engine, demo(engine));
        }
    }
}
