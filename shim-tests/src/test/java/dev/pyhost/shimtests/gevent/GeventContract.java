package dev.pyhost.shimtests.gevent;

import org.junit.jupiter.api.Test;

/** gevent: scheduling order, Greenlet results, pools, queues, events and timeouts as real gevent. */
abstract class GeventContract extends CoopContract {

    protected GeventContract() {
        super("gevent");
    }

    @Test
    void greenletsRunInTheOrderRealGeventRunsThem() {
        assertSameAsRealLibrary("import gevent\n"
                + "out = []\n"
                + "def step(name, n, pause):\n"
                + "    for i in range(n):\n"
                + "        out.append('%s%d' % (name, i))\n"
                + "        gevent.sleep(pause)\n"
                + "    return name\n"
                + "gs = [gevent.spawn(step, 'a', 3, 0), gevent.spawn(step, 'b', 2, 0), gevent.spawn(step, 'c', 2, 0.3)]\n"
                + "late = gevent.spawn_later(0.15, out.append, 'late')\n"
                + "out.append('spawned')\n"
                + "done = gevent.joinall(gs + [late])\n"
                + "print(out)\n"
                + "print([g.value for g in gs], len(done), all(g.ready() for g in gs))\n"
                + "seen = []\n"
                + "g = gevent.spawn(lambda: 'linked')\n"
                + "g.link(lambda src: seen.append(('link', src.value)))\n"
                + "g.link_value(lambda src: seen.append('value'))\n"
                + "g.link_exception(lambda src: seen.append('exception'))\n"
                + "g.join()\n"
                + "gevent.sleep(0)\n"
                + "print(seen, g.successful(), g.dead)\n");
    }

    @Test
    void resultsErrorsKillAndJoinallTimeoutAsRealGevent() {
        assertSameAsRealLibrary("import gevent\n"
                + "bad = gevent.spawn(lambda: {}['missing'])\n"
                + "bad.join()\n"
                + "print(bad.successful(), bad.ready(), type(bad.exception).__name__, bad.value)\n"
                + "try:\n"
                + "    bad.get()\n"
                + "except KeyError as e:\n"
                + "    print('get raised', type(e).__name__, e.args)\n"
                + "sleeper = gevent.spawn(gevent.sleep, 5)\n"
                + "gevent.sleep(0)\n"
                + "sleeper.kill()\n"
                + "print(sleeper.dead, sleeper.successful(), type(sleeper.value).__name__)\n"
                + "never = gevent.spawn(lambda: print('not printed'))\n"
                + "never.kill()\n"
                + "print(never.dead, type(never.value).__name__)\n"
                + "slow = [gevent.spawn(gevent.sleep, 2) for _ in range(2)]\n"
                + "fast = gevent.spawn(lambda: 'quick')\n"
                + "done = gevent.joinall(slow + [fast], timeout=0.2)\n"
                + "print(len(done), done[0] is fast, [g.ready() for g in slow])\n"
                + "gevent.killall(slow)\n"
                + "print([g.dead for g in slow])\n"
                + "failing = gevent.spawn(lambda: 1 / 0)\n"
                + "try:\n"
                + "    gevent.joinall([failing], raise_error=True)\n"
                + "except ZeroDivisionError:\n"
                + "    print('joinall raised ZeroDivisionError')\n");
    }

    @Test
    void joinallAndWaitGiveWhatBecameReadyInThatOrderAsRealGevent() {
        assertSameAsRealLibrary("import gevent, gevent.event\n"
                + "def ok(n):\n"
                + "    gevent.sleep(0.02 * n)\n"
                + "    return n\n"
                + "def bad():\n"
                + "    gevent.sleep(0.03)\n"
                + "    raise ValueError('boom')\n"
                + "print([g.value for g in gevent.joinall([gevent.spawn(ok, n) for n in (3, 1, 2)])])\n"
                + "print([g.value for g in gevent.joinall([gevent.spawn(ok, n) for n in (30, 1, 2)], timeout=0.2)])\n"
                + "print([g.value for g in gevent.joinall([gevent.spawn(ok, n) for n in (3, 1, 2)], count=2)])\n"
                + "gs = [gevent.spawn(ok, 1), gevent.spawn(bad), gevent.spawn(ok, 3)]\n"
                + "try:\n"
                + "    gevent.joinall(gs, raise_error=True)\n"
                + "except ValueError as e:\n"
                + "    print('raised', e, [g.ready() for g in gs])\n"
                + "gs = [gevent.spawn(ok, 1), gevent.spawn(bad)]\n"
                + "print(len(gevent.joinall(gs)), [type(g.exception).__name__ for g in gs])\n"
                + "print(gevent.joinall([]), gevent.wait([], timeout=0))\n"
                + "first = gevent.spawn(ok, 0)\n"
                + "first.join()\n"
                + "print([g.value for g in gevent.wait([gevent.spawn(ok, 1), first])])\n"
                + "ev = gevent.event.Event()\n"
                + "gevent.spawn_later(0.05, ev.set)\n"
                + "print(gevent.wait([ev], timeout=2) == [ev])\n"
                + "print([g.value for g in gevent.iwait([gevent.spawn(ok, n) for n in (2, 1)])])\n");
    }

    @Test
    void aGreenletsNameShowsInItsReprOnceGivenOrMadeAsRealGevent() {
        assertSameAsRealLibrary("import gevent\n"
                + "def work():\n"
                + "    return 1\n"
                + "g = gevent.spawn(work)\n"
                + "print(repr(g).split(' at ')[0])\n"
                + "g.name = 'mine'\n"
                + "print(repr(g).split(' at ')[0], g.name)\n"
                + "h = gevent.spawn(work)\n"
                + "print(h.minimal_ident >= 0, repr(h).split(' at ')[0].startswith('<Greenlet \"Greenlet-'))\n"
                + "gevent.joinall([g, h])\n"
                + "print(repr(g).split(': ')[0].split(' at ')[0])\n");
    }

    @Test
    void queuesPoolsEventsAndLocksBehaveAsRealGevent() {
        assertSameAsRealLibrary("import gevent\n"
                + "from gevent.queue import Queue, JoinableQueue, Empty\n"
                + "from gevent.pool import Pool, Group\n"
                + "from gevent.event import Event, AsyncResult\n"
                + "from gevent.lock import Semaphore\n"
                + "out = []\n"
                + "q = Queue(2)\n"
                + "def producer():\n"
                + "    for i in range(5):\n"
                + "        q.put(i)\n"
                + "        out.append('put %d' % i)\n"
                + "    q.put(None)\n"
                + "def consumer():\n"
                + "    while True:\n"
                + "        item = q.get()\n"
                + "        if item is None:\n"
                + "            break\n"
                + "        out.append('got %d' % item)\n"
                + "gevent.joinall([gevent.spawn(producer), gevent.spawn(consumer)])\n"
                + "print(out)\n"
                + "try:\n"
                + "    Queue().get(timeout=0.05)\n"
                + "except Empty:\n"
                + "    print('empty after timeout')\n"
                + "jq = JoinableQueue()\n"
                + "done = []\n"
                + "def work():\n"
                + "    while True:\n"
                + "        item = jq.get()\n"
                + "        done.append(item * 2)\n"
                + "        jq.task_done()\n"
                + "for i in range(4):\n"
                + "    jq.put(i)\n"
                + "w = gevent.spawn(work)\n"
                + "jq.join()\n"
                + "print(done, jq.unfinished_tasks)\n"
                + "w.kill()\n"
                + "pool = Pool(2)\n"
                + "order = []\n"
                + "def job(n):\n"
                + "    order.append('start %d' % n)\n"
                + "    gevent.sleep([0.6, 0.1, 0.1][n])\n"
                + "    order.append('end %d' % n)\n"
                + "    return n * 10\n"
                + "print(pool.map(job, range(3)))\n"
                + "print(order)\n"
                + "print(sorted(pool.imap_unordered(lambda n: n + 1, range(5))))\n"
                + "print(list(pool.imap(lambda n: -n, range(4))), pool.free_count(), pool.full())\n"
                + "group = Group()\n"
                + "for n in range(3):\n"
                + "    group.spawn(job, n)\n"
                + "group.join()\n"
                + "print(len(group))\n"
                + "ev = Event()\n"
                + "waiters = [gevent.spawn(lambda i=i: out.append(('woke', i, ev.wait()))) for i in range(2)]\n"
                + "del out[:]\n"
                + "gevent.sleep(0)\n"
                + "ev.set()\n"
                + "gevent.joinall(waiters)\n"
                + "print(out, ev.is_set(), Event().wait(0.01))\n"
                + "ar = AsyncResult()\n"
                + "gevent.spawn_later(0.01, ar.set, 'answer')\n"
                + "print(ar.get(), ar.ready(), ar.successful())\n"
                + "ar2 = AsyncResult()\n"
                + "ar2.set_exception(ValueError('nope'))\n"
                + "try:\n"
                + "    ar2.get()\n"
                + "except ValueError as e:\n"
                + "    print('AsyncResult raised', e)\n"
                + "sem = Semaphore(1)\n"
                + "trace = []\n"
                + "def locked(n):\n"
                + "    with sem:\n"
                + "        trace.append('in %d' % n)\n"
                + "        gevent.sleep(0)\n"
                + "        trace.append('out %d' % n)\n"
                + "gevent.joinall([gevent.spawn(locked, n) for n in range(3)])\n"
                + "print(trace, sem.counter, sem.acquire(blocking=False), sem.acquire(timeout=0.01))\n");
    }

    @Test
    void timeoutsBehaveAsRealGevent() {
        assertSameAsRealLibrary("import gevent\n"
                + "from gevent import Timeout\n"
                + "try:\n"
                + "    with Timeout(0.05):\n"
                + "        gevent.sleep(1)\n"
                + "except Timeout as t:\n"
                + "    print('raised', type(t).__name__, str(t))\n"
                + "with Timeout(0.05, False):\n"
                + "    gevent.sleep(1)\n"
                + "    print('not reached')\n"
                + "print('silent timeout passed')\n"
                + "class Late(Exception):\n"
                + "    pass\n"
                + "try:\n"
                + "    with Timeout(0.05, Late):\n"
                + "        gevent.sleep(1)\n"
                + "except Late:\n"
                + "    print('custom exception')\n"
                + "with Timeout(1):\n"
                + "    gevent.sleep(0.01)\n"
                + "print('finished in time')\n"
                + "print(gevent.with_timeout(0.05, gevent.sleep, 1, timeout_value='default'))\n"
                + "t = Timeout(0.05)\n"
                + "t.start()\n"
                + "print(t.pending)\n"
                + "t.cancel()\n"
                + "print(t.pending)\n"
                + "gevent.sleep(0.1)\n"
                + "print('cancelled timeout never fired')\n"
                + "g = gevent.spawn(gevent.sleep, 1)\n"
                + "try:\n"
                + "    g.get(timeout=0.05)\n"
                + "except Timeout:\n"
                + "    print('get timed out')\n"
                + "g.kill()\n");
    }

    @Test
    void timersFireInDeadlineOrderWhateverOrderTheyStartInAsRealGevent() {
        // delays 50 ms apart, started shuffled (some after a later deadline, some before), with
        // cancelled timeouts among them: the hub's timer queue must fire them by deadline. (No
        // spawn_later here: real gevent counts its delay from the loop's cached time, which makes
        // its place among the sleeps vary from run to run.)
        assertSameAsRealLibrary("import gevent\n"
                + "out = []\n"
                + "def nap(name, t):\n"
                + "    gevent.sleep(t)\n"
                + "    out.append(name)\n"
                + "delays = [0.40, 0.10, 0.30, 0.20, 0.50, 0.05, 0.35, 0.15, 0.45, 0.25]\n"
                + "gs = [gevent.spawn(nap, 'n%d' % (d * 100), d) for d in delays]\n"
                + "def cancelled(t):\n"
                + "    with gevent.Timeout(t, False):\n"
                + "        gevent.sleep(0)\n"
                + "    out.append('c%d' % (t * 100))\n"
                + "gs += [gevent.spawn(cancelled, t) for t in (0.1, 0.2)]\n"
                + "gevent.joinall(gs)\n"
                + "print(out)\n");
    }

    @Test
    void thousandsOfSleepersInTwoWavesAllFinishAsRealGevent() {
        // bounded (each wave sleeps 0.2 s): every greenlet completes, also in the second wave, which
        // runs on the threads the first wave's greenlets left behind
        assertSameAsRealLibrary("import gevent\n"
                + "for wave in range(2):\n"
                + "    gs = [gevent.spawn(gevent.sleep, 0.2) for _ in range(1500)]\n"
                + "    done = gevent.joinall(gs, timeout=60)\n"
                + "    print(wave, len(done), all(g.successful() for g in gs), all(g.dead for g in gs))\n");
    }
}
