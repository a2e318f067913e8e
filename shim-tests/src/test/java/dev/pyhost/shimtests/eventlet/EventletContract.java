package dev.pyhost.shimtests.eventlet;

import dev.pyhost.shimtests.gevent.CoopContract;
import org.junit.jupiter.api.Test;

/** eventlet on pyhost's hub: pools, green threads, queues and timeouts as real eventlet. */
abstract class EventletContract extends CoopContract {

    protected EventletContract() {
        super("eventlet");
    }

    @Test
    void poolsAndGreenThreadsBehaveAsRealEventlet() {
        assertSameAsRealLibrary("import eventlet\n"
                + "pool = eventlet.GreenPool(3)\n"
                + "order = []\n"
                + "def job(n):\n"
                + "    order.append('start %d' % n)\n"
                + "    eventlet.sleep([0.8, 0.6, 0.1, 0.1][n])\n"
                + "    order.append('end %d' % n)\n"
                + "    return n * n\n"
                + "print(list(pool.imap(job, range(4))))\n"
                + "print(order)\n"
                + "print(pool.running(), pool.free())\n"
                + "threads = [pool.spawn(job, n) for n in range(2)]\n"
                + "print(pool.running(), pool.free())\n"
                + "pool.waitall()\n"
                + "print([t.wait() for t in threads], pool.running(), pool.free())\n"
                + "got = []\n"
                + "pool.spawn_n(got.append, 'spawn_n ran')\n"
                + "pool.waitall()\n"
                + "print(got)\n"
                + "gt = eventlet.spawn(lambda: 1 / 0)\n"
                + "try:\n"
                + "    gt.wait()\n"
                + "except ZeroDivisionError:\n"
                + "    print('wait raised ZeroDivisionError')\n"
                + "linked = []\n"
                + "g = eventlet.spawn(lambda a, b=0: a + b, 1, b=2)\n"
                + "g.link(lambda t, tag: linked.append((tag, t.wait())), 'tag')\n"
                + "eventlet.sleep(0)\n"
                + "eventlet.sleep(0)\n"
                + "print(linked)\n"
                + "late = eventlet.spawn_after(0.01, lambda: 'later')\n"
                + "print(late.wait())\n"
                + "victim = eventlet.spawn(eventlet.sleep, 1)\n"
                + "eventlet.sleep(0)\n"
                + "victim.kill()\n"
                + "print(victim.dead)\n");
    }

    @Test
    void queuesEventsAndTimeoutsBehaveAsRealEventlet() {
        assertSameAsRealLibrary("import eventlet\n"
                + "from eventlet.queue import Queue, Empty\n"
                + "from eventlet.event import Event\n"
                + "q = Queue()\n"
                + "out = []\n"
                + "def producer():\n"
                + "    for i in range(3):\n"
                + "        q.put(i)\n"
                + "        out.append('put %d' % i)\n"
                + "        eventlet.sleep(0)\n"
                + "eventlet.spawn(producer)\n"
                + "for _ in range(3):\n"
                + "    out.append('got %d' % q.get())\n"
                + "print(out)\n"
                + "try:\n"
                + "    q.get(timeout=0.02)\n"
                + "except Empty:\n"
                + "    print('empty')\n"
                + "ev = Event()\n"
                + "eventlet.spawn_after(0.01, ev.send, 'sent')\n"
                + "print(ev.wait(), ev.ready())\n"
                + "try:\n"
                + "    with eventlet.Timeout(0.02):\n"
                + "        eventlet.sleep(1)\n"
                + "except eventlet.Timeout as t:\n"
                + "    print('timeout', str(t))\n"
                + "with eventlet.Timeout(0.02, False):\n"
                + "    eventlet.sleep(1)\n"
                + "print('silent')\n"
                + "print(eventlet.timeout.with_timeout(0.02, eventlet.sleep, 1, timeout_value='dflt'))\n");
    }
}
