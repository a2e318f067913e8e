package dev.pyhost.shimtests.selectors;

import dev.pyhost.shimtests.CPython;
import dev.pyhost.shimtests.ShimContract;
import org.junit.jupiter.api.Test;

import java.nio.file.Path;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * {@code selectors} on both engines. Python 2 has no selectors; pyhost gives Jython Python 3's,
 * so the oracle for both engines is CPython 3 running the same snippet (written for 2 and 3).
 */
abstract class SelectorsContract extends ShimContract {

    private void sameAsCPython3(String code) {
        String expected = CPython.run(3, code, Path.of(System.getProperty("java.io.tmpdir")));
        assertThat(py(code)).as("stdout of:%n%s", code).isEqualTo(expected);
    }

    @Test
    void registerSelectModifyUnregisterAndClose() {
        sameAsCPython3("from __future__ import print_function\n"
                + "import selectors, socket\n"
                + "sel = selectors.DefaultSelector()\n"
                + "srv = socket.socket(); srv.bind(('127.0.0.1', 0)); srv.listen(5); srv.setblocking(False)\n"
                + "key = sel.register(srv, selectors.EVENT_READ, 'accept')\n"
                + "print(key.events, key.data, key.fileobj is srv, len(sel.get_map()))\n"
                + "print(sel.select(timeout=0.1))\n"
                + "c = socket.create_connection(srv.getsockname())\n"
                + "events = sel.select(timeout=5)\n"
                + "print([(k.data, m) for k, m in events])\n"
                + "conn, _ = srv.accept(); conn.setblocking(False)\n"
                + "sel.register(conn, selectors.EVENT_READ | selectors.EVENT_WRITE, 'conn')\n"
                + "print(sorted((k.data, m) for k, m in sel.select(timeout=5)))\n"
                + "sel.modify(conn, selectors.EVENT_READ, 'reader')\n"
                + "print(sel.select(timeout=0.1))\n"
                + "c.sendall(b'ping')\n"
                + "print([(k.data, m) for k, m in sel.select(timeout=5)], conn.recv(10).decode())\n"
                + "print(sel.get_key(conn).data, sel.unregister(conn).data, len(sel.get_map()))\n"
                + "try:\n    sel.unregister(conn)\nexcept KeyError:\n    print('KeyError')\n"
                + "try:\n    sel.register(srv, 0)\nexcept ValueError as e:\n    print('ValueError', e)\n"
                + "try:\n    sel.register(srv, selectors.EVENT_READ)\nexcept KeyError:\n    print('KeyError again')\n"
                + "sel.close(); print(sel.get_map())\n"
                + "with selectors.DefaultSelector() as s2:\n    print(len(s2.get_map()))\n"
                + "c.close(); conn.close(); srv.close()\n");
    }
}
