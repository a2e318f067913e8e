package dev.pyhost.examples;

import dev.pyhost.Engine;
import dev.pyhost.examples.PassJavaObjects.Outcome;
import org.junit.jupiter.api.Disabled;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

import static org.assertj.core.api.Assertions.assertThat;

class PassJavaObjectsTest {

    @ParameterizedTest
    @EnumSource(Engine.class)
    void pythonCallsJavaMethodsAndJavaSeesTheChanges(Engine engine) {
        Outcome o = PassJavaObjects.demo(engine);

        assertThat(o.stdout()).isEqualTo("""
                site berlin-1
                take 3 disks: True
                take 9 cpus: False
                  cpu = 2
                  disk = 2
                hosts: db1, db2, db3
                3 hosts, first db1
                """);
        assertThat(o.inventory().count("disk")).isEqualTo(2);
        assertThat(o.inventory().count("cpu")).isEqualTo(2);
        // String.valueOf: on Jython the appended element is not a java.lang.String (see below)
        assertThat(o.hosts()).map(String::valueOf).containsExactly("db1", "db2", "db3");
        assertThat(o.total()).isEqualTo(4L);
    }

    @Test
    @Disabled("BUG (engine-jython): list.append('db3') on a java.util.List put in with PyHost.put stores the raw "
            + "org.python.core.PyString (PyUnicode, PyInteger for u'x', 5) in the Java list instead of converting it "
            + "to String/Long as list.add('db3'), map['k'] = 'v' and GraalPy all do; Java code then gets a "
            + "ClassCastException reading List<String>")
    void jythonAppendStoresJavaValuesInAJavaList() {
        Outcome o = PassJavaObjects.demo(Engine.JYTHON);

        assertThat(o.hosts()).containsExactly("db1", "db2", "db3");
        assertThat(o.hosts().get(2)).isInstanceOf(String.class);
    }
}
