package dev.pyhost.shimtests.uuid;

import dev.pyhost.Engine;
import dev.pyhost.shimtests.ShimContract;
import org.junit.jupiter.api.Test;

/**
 * {@code uuid} on Jython: with libuuid found through {@code ctypes.util}, its generators were
 * called with a {@code ctypes.create_string_buffer} Jython's ctypes lacks; every kind of UUID
 * is made as CPython 2.7 makes it.
 */
class JythonUuidTest extends ShimContract {
    @Override
    protected Engine engine() {
        return Engine.JYTHON;
    }

    @Test
    void everyKindOfUuidIsMade() {
        assertSameAsCPython("""
                import uuid
                a, b = uuid.uuid4(), uuid.uuid4()
                print a.version, a.variant, len(str(a)), a != b
                t = uuid.uuid1()
                print t.version, t.variant, 0 <= t.node < 2 ** 48
                print uuid.uuid1(node=0x123456789abc, clock_seq=7).node == 0x123456789abc
                print uuid.uuid3(uuid.NAMESPACE_DNS, 'python.org'), uuid.uuid5(uuid.NAMESPACE_URL, 'x')
                print uuid.getnode() == uuid.getnode()
                """);
    }
}
