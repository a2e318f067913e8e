package dev.pyhost.examples;

import dev.pyhost.Engine;
import dev.pyhost.PyHost;

import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/**
 * Gives Python code Java objects to work with: {@link PyHost#put} binds them to globals of
 * {@code __main__}; the script calls their public methods, and Java sees what it changed.
 *
 * <pre>
 * java dev.pyhost.examples.PassJavaObjects [jython|graalpy]
 * </pre>
 */
public final class PassJavaObjects {
    private PassJavaObjects() {
    }

    /** A plain Java class: Python calls its public methods. */
    public static final class Inventory {
        private final String site;
        private final Map<String, Integer> stock = new TreeMap<>();

        public Inventory(String site) {
            this.site = site;
        }

        public String getSite() {
            return site;
        }

        public void add(String item, int count) {
            stock.merge(item, count, Integer::sum);
        }

        /** Takes {@code count} items out; false (and no change) when there are not enough. */
        public boolean take(String item, int count) {
            int have = stock.getOrDefault(item, 0);
            if (have < count) {
                return false;
            }
            stock.put(item, have - count);
            return true;
        }

        public int count(String item) {
            return stock.getOrDefault(item, 0);
        }

        /** The item names, sorted. */
        public List<String> items() {
            return new ArrayList<>(stock.keySet());
        }

        @Override
        public String toString() {
            return "Inventory" + stock;
        }
    }

    /** Runs in Python 2 and 3 alike. */
    static final String SCRIPT = """
            inventory.add('disk', 4)
            inventory.add('cpu', 2)
            inventory.add('disk', 1)
            print('site %s' % inventory.getSite())
            print('take 3 disks: %s' % inventory.take('disk', 3))
            print('take 9 cpus: %s' % inventory.take('cpu', 9))
            for item in inventory.items():
                print('  %s = %d' % (item, inventory.count(item)))
            hosts.append('db3')
            print('hosts: %s' % ', '.join([h for h in hosts]))
            print('%d hosts, first %s' % (len(hosts), hosts[0]))
            total = sum([inventory.count(i) for i in inventory.items()])
            """;

    /**
     * What a run left behind.
     *
     * @param stdout    what the script printed
     * @param inventory the Java object the script changed
     * @param hosts     the Java list the script appended to (List<Object>: on Jython, Python's append stores
     *                  Python objects in it)
     * @param total     the Python global {@code total}, read back with eval
     */
    public record Outcome(String stdout, Inventory inventory, List<Object> hosts, Object total) {
    }

    public static Outcome demo(Engine engine) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        Inventory inventory = new Inventory("berlin-1");
        List<Object> hosts = new ArrayList<>(List.of("db1", "db2"));
        Object total;
        try (PyHost py = PyHost.newBuilder().engine(engine).stdout(out).build()) {
            py.put("inventory", inventory).put("hosts", hosts);
            py.exec(SCRIPT);
            total = py.eval("total");
            py.flush();
        }
        return new Outcome(out.toString(StandardCharsets.UTF_8), inventory, hosts, total);
    }

    public static void main(String[] args) {
        Engine[] engines = args.length > 0 ? new Engine[] {Engine.parse(args[0])} : Engine.values();
        for (Engine engine : engines) {
            Outcome o = demo(engine);
            System.out.println("=== " + engine.id());
            System.out.print(o.stdout());
            System.out.println("Java sees: " + o.inventory() + ", hosts " + o.hosts() + ", total " + o.total());
        }
    }
}
