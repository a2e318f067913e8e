package dev.pyhost.shimtests.threading;

import dev.pyhost.shimtests.ShimContract;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;

/** {@code threading} as the concurrency lessons use it: names are {@code str}, primitives behave. */
abstract class ThreadingContract extends ShimContract {

    @Test
    void namesAreNativeStrings() {
        assertSameAsCPython("from __future__ import print_function\n"
                + "import threading\n"
                + "t = threading.Thread(target=lambda: None, name='worker')\n"
                + "print([threading.current_thread().name], [t.name], type(t.name) is str)\n"
                + "t.start(); t.join()\n"
                + "print(sorted(x.name for x in threading.enumerate()), threading.active_count())\n");
    }

    /**
     * A thread ended by an exception reports it as CPython does: its name on a line of its own,
     * the traceback, a blank line (the frames inside threading itself are each engine's).
     */
    @Test
    void anExceptionEndingAThreadIsReportedAsCPythonReportsIt() {
        assertSameAsCPython("""
                from __future__ import print_function
                import sys, threading, io
                sys.stderr = err = io.BytesIO() if sys.version_info[0] == 2 else io.StringIO()
                def boom():
                    raise ValueError('in thread')
                t = threading.Thread(target=boom, name='worker')
                t.start(); t.join()
                sys.stderr = sys.__stderr__
                lines = err.getvalue().split('\\n')
                print(lines[:2], [l for l in lines[-3:] if not l.startswith(' ')])
                """);
    }

    @Test
    void timersEventsConditionsAndReentrantLocks() {
        assertSameAsCPython("from __future__ import print_function\n"
                + "import threading\n"
                + "fired = threading.Event()\n"
                + "t = threading.Timer(0.05, fired.set); t.start()\n"
                + "print(fired.wait(10), fired.is_set())\n"
                + "c = threading.Timer(10, fired.clear); c.start(); c.cancel(); c.join(); print(fired.is_set())\n"
                + "r = threading.RLock()\n"
                + "with r:\n    with r:\n        print('reentered')\n"
                + "cond = threading.Condition(); items = []\n"
                + "def produce():\n    with cond:\n        items.append(1)\n        cond.notify()\n"
                + "with cond:\n"
                + "    threading.Thread(target=produce).start()\n"
                + "    print(cond.wait_for(lambda: items, 10) if hasattr(cond, 'wait_for') else cond.wait(10) or items)\n"
                + "d = threading.Thread(target=fired.wait); d.daemon = True; fired.clear(); d.start()\n"
                + "print(d.daemon, d.is_alive()); fired.set(); d.join(10); print(d.is_alive())\n"
                + "s = threading.BoundedSemaphore(1); s.acquire(); s.release()\n"
                + "try:\n    s.release()\nexcept ValueError as e:\n    print('ValueError', e)\n");
    }

    /** A C extension loaded (here by the idna codec) while another thread waits on a socket. */
    @Test
    @Timeout(120)
    void anExtensionLoadsWhileAnotherThreadWaitsOnASocket() {
        assertSameAsCPython("""
                from __future__ import print_function
                import socket, threading
                listener = socket.socket()
                listener.bind(('127.0.0.1', 0))
                listener.listen(1)
                client = socket.create_connection(listener.getsockname())
                server, _ = listener.accept()
                got = []
                t = threading.Thread(target=lambda: got.append(server.recv(16)))
                t.start()
                try:
                    print(u'b\\xfccher.example'.encode('idna'))
                    import unicodedata
                    print(unicodedata.east_asian_width(u'\\u3042'))
                finally:
                    client.sendall(b'done')
                    t.join(30)
                print(got)
                for s in (client, server, listener):
                    s.close()
                """);
    }
}
