package dev.pyhost.shimtests.multiprocessing;

import dev.pyhost.shimtests.ShimContract;
import org.junit.jupiter.api.Test;

/**
 * {@code multiprocessing} as scripts see it under CPython: children with their own pid and copies
 * of their arguments, exit codes, queues, pipes, shared memory, pools, managers. Each snippet
 * writes the functions its children run to a helper module first, as a child finds its target
 * by name (the snippets themselves have no file a child could load).
 */
@org.junit.jupiter.api.Timeout(value = 5, unit = java.util.concurrent.TimeUnit.MINUTES)
abstract class MultiprocessingContract extends ShimContract {

    private static final String HELPERS = String.join("\n",
            "import os, sys, time",
            "def put_pid(q):",
            "    q.put(os.getpid())",
            "def mutate(data, q):",
            "    data.append('child')",
            "    q.put(list(data))",
            "def exit_with(code):",
            "    sys.exit(code)",
            "def fail(message):",
            "    raise ValueError(message)",
            "def spin():",
            "    while True:",
            "        pass",
            "def sleepy():",
            "    while True:",
            "        time.sleep(0.01)",
            "def blocked(q):",
            "    q.get()",
            "def touch_then_sleep(path):",
            "    open(path, 'w').close()",
            "    time.sleep(60)",
            "def square(x):",
            "    return x * x",
            "def power(base, exp):",
            "    return base ** exp",
            "def boom(x):",
            "    if x == 3:",
            "        raise KeyError('three')",
            "    return x",
            "def add_many(counter, n):",
            "    for _ in range(n):",
            "        with counter.get_lock():",
            "            counter.value += 1",
            "def fill(arr):",
            "    for i in range(len(arr)):",
            "        arr[i] = i * 1.5",
            "def send_all(conn, items):",
            "    for item in items:",
            "        conn.send(item)",
            "    conn.close()",
            "def echo(conn):",
            "    conn.send(conn.recv() * 2)",
            "def wait_event(ev, q):",
            "    q.put(ev.wait(10))",
            "def fill_shared(d, l, ns):",
            "    d['from_child'] = 42",
            "    l.append('child')",
            "    ns.seen = True",
            "def count_up(lock, counter, n):",
            "    for _ in range(n):",
            "        lock.acquire()",
            "        counter.value = counter.value + 1",
            "        lock.release()",
            "def notify_when_set(cond, flag):",
            "    with cond:",
            "        flag.value = 1",
            "        cond.notify_all()",
            "def hard_exit(code):",
            "    import atexit",
            "    atexit.register(lambda: sys.stdout.write('child exit handler\\n'))",
            "    print('child before _exit')",
            "    sys.stdout.flush()",
            "    os._exit(code)",
            "class Counter(object):",
            "    def __init__(self, n):",
            "        self.n = n",
            "    def bump(self, v):",
            "        self.n += v",
            "        print('bumped', self.n)",
            "        sys.stdout.flush()",
            "def work_joinable(q):",
            "    while True:",
            "        item = q.get()",
            "        q.task_done()",
            "        if item is None:",
            "            break",
            "");

    /** A script with no main guard, run as __main__ from a file (a child reads its definitions). */
    private static final String SCRIPT = String.join("\n",
            "import logging, collections, multiprocessing, sys",
            "logging.basicConfig(filename=LOG_PATH, filemode='w', level=logging.INFO,",
            "                    format='%(processName)s %(name)s %(levelname)s %(message)s')",
            "log = logging.getLogger('script')",
            "log.info('top level')",
            "side = open(SIDE_PATH, 'a'); side.write('top level ran\\n'); side.close()",
            "Point = collections.namedtuple('Point', 'x y')",
            "collections.configured_by_the_script = 'configured'",
            "class Worker(multiprocessing.Process):",
            "    def __init__(self, q, point):",
            "        multiprocessing.Process.__init__(self, name='W1')",
            "        self.q, self.point = q, point",
            "    def run(self):",
            "        log.info('worker got %r, %s', self.point, collections.configured_by_the_script)",
            "        try:",
            "            {}['missing']",
            "        except KeyError:",
            "            log.exception('lookup failed')",
            "        self.q.put(Point(self.point.x + 1, self.point.y))",
            "def square(n):",
            "    logging.warning('squaring %d', n)",
            "    return n * n",
            "q = multiprocessing.Queue()",
            "w = Worker(q, Point(1, 2)); w.start(); print(q.get()); w.join()",
            "pool = multiprocessing.Pool(1)",
            "print(pool.map(square, [2, 3]))",
            "pool.close(); pool.join()",
            "if __name__ == '__main__':",
            "    class Inner(object):",
            "        def __init__(self, v):",
            "            self.v = v",
            "    def make(q):",
            "        q.put(Inner(5))",
            "    p = multiprocessing.Process(target=make, args=(q,)); p.start()",
            "    print(q.get().v); p.join()",
            "log.info('end')",
            "");

    /** A snippet that first makes the helper module importable (in the parent and its children). */
    private static String withHelpers(String body) {
        return "from __future__ import print_function\n"
                + "import os, sys, tempfile\n"
                + "_d = tempfile.mkdtemp()\n"
                + "_f = open(os.path.join(_d, 'mp_helpers.py'), 'w')\n"
                + "_f.write(" + pyString(HELPERS) + ")\n"
                + "_f.close()\n"
                + "sys.path.insert(0, _d)\n"
                + "import mp_helpers as h\n"
                + "import multiprocessing as mp\n"
                + body;
    }

    private static String pyString(String s) {
        return "'" + s.replace("\\", "\\\\").replace("'", "\\'").replace("\n", "\\n") + "'";
    }

    private void same(String body) {
        try {
            assertSameAsCPython(withHelpers(body));
        } catch (AssertionError e) {
            throw new AssertionError(e.getMessage() + "\nstderr:\n" + host().lastStderr(), e);
        }
    }

    @Test
    void aChildHasItsOwnPidAndCopiesOfItsArguments() {
        same("q = mp.Queue()\n"
                + "p = mp.Process(target=h.put_pid, args=(q,))\n"
                + "print(p.exitcode, p.is_alive())\n"
                + "p.start()\n"
                + "child = q.get(timeout=60)\n"
                + "p.join()\n"
                + "print(child != os.getpid(), child == p.pid, p.exitcode, p.is_alive())\n"
                + "data = ['parent']\n"
                + "p = mp.Process(target=h.mutate, args=(data, q))\n"
                + "p.start(); print(q.get(timeout=60)); p.join()\n"
                + "print(data, mp.active_children())\n");
    }

    @Test
    void exitCodesAreCPythons() {
        same("for args in [(0,), (3,), (None,), ('message',), (256,), (-1,), (True,)]:\n"
                + "    p = mp.Process(target=h.exit_with, args=args)\n"
                + "    p.start(); p.join()\n"
                + "    print(args, p.exitcode)\n"
                + "p = mp.Process(target=h.fail, args=('bad',))\n"
                + "p.start(); p.join(); print('raised', p.exitcode)\n");
    }

    /** os._exit in a child ends that child alone, with its status and without its exit handlers. */
    @Test
    void osExitInAChildEndsTheChildOnly() {
        same("for code in (3, 0, 256 + 7):\n"
                + "    p = mp.Process(target=h.hard_exit, args=(code,))\n"
                + "    p.start(); p.join()\n"
                + "    print('exitcode', p.exitcode)\n");
    }

    @Test
    void terminateAndKillEndChildrenEvenInABusyLoop() {
        same("import time, signal\n"
                + "stops = [(h.spin, 'terminate')] + ([(h.sleepy, 'kill')] if sys.version_info[0] == 3 else [])\n"
                + "for target, stop in stops:\n"
                + "    p = mp.Process(target=target)\n"
                + "    p.start()\n"
                + "    time.sleep(0.5)\n"
                + "    print(p.is_alive())\n"
                + "    getattr(p, stop)()\n"
                + "    p.join(30)\n"
                + "    print(stop, p.is_alive(), p.exitcode)\n"
                + "q = mp.Queue()\n"
                + "p = mp.Process(target=h.blocked, args=(q,))\n"
                + "p.start(); time.sleep(0.5)\n"
                + "os.kill(p.pid, signal.SIGTERM)\n"
                + "p.join(30); print('os.kill', p.exitcode)\n");
    }

    @Test
    void queuesBlockTimeOutAndReportEmptyAndFull() {
        same("try:\n    from queue import Empty, Full\nexcept ImportError:\n    from Queue import Empty, Full\n"
                + "q = mp.Queue(2)\n"
                + "q.put(1); q.put({'two': (2,)})\n"
                + "try:\n    q.put(3, timeout=0.1)\nexcept Full:\n    print('full')\n"
                + "try:\n    q.put_nowait(3)\nexcept Full:\n    print('full nowait')\n"
                + "print(q.get(), q.get())\n"
                + "try:\n    q.get(timeout=0.1)\nexcept Empty:\n    print('empty')\n"
                + "try:\n    q.get(False)\nexcept Empty:\n    print('empty nowait')\n"
                + "print(mp.Empty is Empty if hasattr(mp, 'Empty') else True)\n"
                + (major() == 3 ? "s = mp.SimpleQueue(); s.put('x'); print(s.empty(), s.get(), s.empty())\n" : "")
                + "j = mp.JoinableQueue()\n"
                + "p = mp.Process(target=h.work_joinable, args=(j,))\n"
                + "p.start()\n"
                + "for i in range(5):\n    j.put(i)\n"
                + "j.put(None)\n"
                + "j.join(); p.join(); print('joined', p.exitcode)\n");
    }

    @Test
    void pipesCarryObjectsBothWaysAndEndWithEOFError() {
        same("a, b = mp.Pipe()\n"
                + "p = mp.Process(target=h.echo, args=(b,))\n"
                + "p.start(); a.send([1, 'two']); print(a.recv()); p.join()\n"
                + "r, w = mp.Pipe(False)\n"
                + "print(r.readable, r.writable, w.readable, w.writable)\n"
                + "p = mp.Process(target=h.send_all, args=(w, [1, {'k': (2, 3)}, None]))\n"
                + "p.start(); p.join()\n"
                + "print(r.recv(), r.recv(), r.recv())\n"
                + "a, b = mp.Pipe()\n"
                + "print(a.poll(0.1))\n"
                + "b.send_bytes(b'raw bytes'); print(a.poll(1), a.recv_bytes())\n"
                + "b.close()\n"
                + "try:\n    a.recv()\nexcept EOFError:\n    print('EOFError')\n");
    }

    @Test
    void valuesAndArraysAreSharedAndLocked() {
        same("counter = mp.Value('i', 0)\n"
                + "ps = [mp.Process(target=h.add_many, args=(counter, 300)) for _ in range(4)]\n"
                + "[p.start() for p in ps]; [p.join() for p in ps]\n"
                + "print(counter.value, repr(counter))\n"
                + "arr = mp.Array('d', 4)\n"
                + "p = mp.Process(target=h.fill, args=(arr,)); p.start(); p.join()\n"
                + "print(arr[:], len(arr), list(arr))\n"
                + "raw = mp.Value('b', 0, lock=False); raw.value = 200; print(raw.value)\n"
                + "c = mp.Array('c', b'hello'); print(c.value, c.raw)\n"
                + "lock = mp.Lock(); n = mp.Value('l', 0, lock=False)\n"
                + "ps = [mp.Process(target=h.count_up, args=(lock, n, 200)) for _ in range(3)]\n"
                + "[p.start() for p in ps]; [p.join() for p in ps]\n"
                + "print(n.value)\n"
                + "try:\n    mp.Value('i', 1.5)\nexcept TypeError as e:\n    print('TypeError', e)\n");
    }

    @Test
    void poolRunsTheWholeApiAndReraisesWorkerErrors() {
        same("pool = mp.Pool(2)\n"
                + "print(pool.map(h.square, range(10)))\n"
                + "print(pool.apply(h.power, (2, 10)), pool.apply_async(h.square, (7,)).get(60))\n"
                + "print(pool.map_async(h.square, [1, 2, 3]).get(60))\n"
                + "print(list(pool.imap(h.square, range(5))), sorted(pool.imap_unordered(h.square, range(5))))\n"
                + "print(pool.starmap(h.power, [(2, 3), (3, 2)]) if hasattr(pool, 'starmap') else [8, 9])\n"
                + "print(pool.map(h.square, [], 3))\n"
                + "try:\n    pool.map(h.boom, range(5))\nexcept KeyError as e:\n    print('KeyError', e)\n"
                + "r = pool.apply_async(h.boom, (3,))\n"
                + "r.wait(60); print(r.ready(), r.successful())\n"
                + "it = pool.imap(h.boom, range(5))\n"
                + "print(next(it), next(it), next(it))\n"
                + "try:\n    next(it)\nexcept KeyError as e:\n    print('imap KeyError', e)\n"
                + "pool.close(); pool.join()\n"
                + "try:\n    pool.map(h.square, [1])\nexcept (ValueError, AssertionError) as e:\n    print(type(e).__name__, e)\n"
                + "try:\n    mp.Pool(0)\nexcept ValueError as e:\n    print('ValueError', e)\n");
    }

    @Test
    void managerSharesDictsListsAndNamespaces() {
        same("m = mp.Manager()\n"
                + "d = m.dict(); l = m.list([1]); ns = m.Namespace(x=1)\n"
                + "d['parent'] = 'p'\n"
                + "p = mp.Process(target=h.fill_shared, args=(d, l, ns)); p.start(); p.join()\n"
                + "print(sorted(d.items()), list(l), ns.x, ns.seen, len(d), 'parent' in d)\n"
                + "print(d.get('nope', 0), d.pop('parent'), sorted(d.keys()))\n"
                + "l.remove('child'); l.extend([5, 4]); l.sort(); print(l[:], l[-1], len(l))\n"
                + "q = m.Queue(); q.put('via manager'); print(q.get())\n"
                + "lk = m.Lock(); print(lk.acquire(), lk.acquire(False)); lk.release()\n"
                + "m.shutdown()\n");
    }

    @Test
    void locksSemaphoresAndEventsWorkAcrossProcesses() {
        same("import time\n"
                + "l = mp.Lock(); print(repr(l), l.acquire(), l.acquire(False), l.acquire(timeout=0.05))\n"
                + "l.release()\n"
                + "try:\n    l.release()\nexcept ValueError as e:\n    print('ValueError', e)\n"
                + "r = mp.RLock(); r.acquire(); r.acquire(); print(repr(r) != '<RLock(None, 0)>'); r.release(); r.release()\n"
                + "print(repr(r))\n"
                + "try:\n    r.release()\nexcept AssertionError as e:\n    print('AssertionError', e)\n"
                + "s = mp.Semaphore(2); print(repr(s), s.acquire(), s.acquire(), s.acquire(False), s.get_value())\n"
                + "b = mp.BoundedSemaphore(1)\n"
                + "try:\n    b.release()\nexcept ValueError as e:\n    print('ValueError', e)\n"
                + "ev = mp.Event(); q = mp.Queue()\n"
                + "p = mp.Process(target=h.wait_event, args=(ev, q)); p.start()\n"
                + "time.sleep(0.3); print(ev.is_set()); ev.set(); print(q.get(timeout=60), ev.is_set()); p.join()\n"
                + "ev.clear(); print(ev.wait(0.05))\n"
                + "cond = mp.Condition(); flag = mp.Value('i', 0)\n"
                + "with cond:\n"
                + "    p = mp.Process(target=h.notify_when_set, args=(cond, flag)); p.start()\n"
                + "    while flag.value != 1:\n"
                + "        cond.wait(60)\n"
                + "    print('notified', flag.value)\n"
                + "p.join()\n");
    }

    @Test
    void contextsAndStartMethods() {
        org.junit.jupiter.api.Assumptions.assumeTrue(major() == 3, "Python 2 has no contexts");
        same("print(mp.get_start_method() in mp.get_all_start_methods())\n"
                + "ctx = mp.get_context('spawn'); print(ctx.get_start_method())\n"
                + "q = ctx.Queue(); q.put(1); print(q.get())\n"
                + "try:\n    mp.get_context('nope')\nexcept ValueError as e:\n    print('ValueError', e)\n"
                + "try:\n    mp.set_start_method('fork')\nexcept RuntimeError as e:\n    print('RuntimeError', e)\n"
                + "print(mp.current_process().name, mp.cpu_count() >= 1, mp.current_process().daemon)\n");
    }

    /**
     * CPython forks: a Process's target and arguments reach the child without pickling. Lambdas,
     * nested functions, functions the script defines (here in the snippet itself, which a child
     * cannot load), locks in either state, bound methods (of a class a child can import: one the
     * script defines goes by name, as spawn sends it), modules and a Pool's initializer; a
     * function the target may call that holds what cannot be pickled (a socket) stays behind.
     */
    @Test
    void whatForkHandsAChildNeedsNoPickling() {
        same("import threading\n"
                + "def run(target, *args):\n"
                + "    p = mp.Process(target=target, args=args)\n"
                + "    p.start(); p.join(); print('exit', p.exitcode)\n"
                + "def show(*values):\n"
                + "    print(*values); sys.stdout.flush()\n"
                + "def call(fn, *args):\n"
                + "    show('call', fn(*args))\n"
                + "def twice(v):\n"
                + "    return 2 * v\n"
                + "def uses_global(v):\n"
                + "    return twice(v) + 1\n"
                + "def adder(n):\n"
                + "    def add(v, k=10):\n"
                + "        return v + n + k\n"
                + "    add.tag = 'added'\n"
                + "    return add\n"
                + "def use_lock(lk, held):\n"
                + "    show('lock', lk.locked(), held)\n"
                + "    if not held:\n"
                + "        with lk:\n"
                + "            show('inside', lk.locked())\n"
                + "def use_rlock(lk):\n"
                + "    with lk:\n"
                + "        with lk:\n"
                + "            show('rlock inside')\n"
                + "run(call, lambda v: v * 3, 5)\n"
                + "run(call, uses_global, 4)\n"
                + "add = adder(100)\n"
                + "run(call, add, 1)\n"
                + "run(call, lambda f: (f.tag, f.__name__, f(1, 2)), add)\n"
                + "run(call, lambda a, b: a is b, add, add)\n"
                + "lk = threading.Lock()\n"
                + "run(use_lock, lk, False)\n"
                + "lk.acquire()\n"
                + "run(use_lock, lk, True)\n"
                + "print('parent', lk.locked())\n"
                + "run(use_rlock, threading.RLock())\n"
                + "c = h.Counter(7)\n"
                + "run(c.bump, 1)\n"
                + "print('parent', c.n)\n"
                + "run(call, lambda m: m.path.join('a', 'b'), os)\n"
                + "run(call, lambda e: e.is_set(), threading.Event())\n"
                + "import socket\n"
                + "sock = socket.socket()\n"
                + "def holds_socket():\n"
                + "    return sock\n"
                + "def maybe_socket(v):\n"
                + "    return twice(v) if v else holds_socket()\n"
                + "run(call, maybe_socket, 3)\n"
                + "sock.close()\n"
                + "pool = mp.Pool(1, initializer=lambda: show('initialized'))\n"
                + "print(pool.apply(len, ('abc',)))\n"
                + "pool.close(); pool.join()\n");
    }

    /**
     * A forked child runs none of the script again: a log opened with mode 'w' and a file written
     * at the top level, with no main guard, are neither truncated nor written twice. It logs
     * through the parent's handlers (its lines are in the parent's log, in order, tracebacks
     * included), and has what the script defined: a namedtuple class, a Process subclass, a
     * class defined under the main guard, a module-level logger its methods use.
     */
    @Test
    void aChildRunsNothingOfTheScriptAgainAndLogsThroughTheParent() {
        same("import runpy\n"
                + "log_path = os.path.join(_d, 'run.log')\n"
                + "side_path = os.path.join(_d, 'side.txt')\n"
                + "script = os.path.join(_d, 'script.py')\n"
                + "f = open(script, 'w')\n"
                + "f.write(" + pyString(SCRIPT) + ".replace('LOG_PATH', repr(log_path))"
                + ".replace('SIDE_PATH', repr(side_path)))\n"
                + "f.close()\n"
                + "sys.argv[:] = [script]\n"
                + "runpy.run_path(script, run_name='__main__')\n"
                + "import logging\n"
                + "logging.shutdown()\n"
                + "import re\n"
                + "for line in open(log_path):\n"
                + "    if 'File' not in line:  # pool workers are numbered from the session's start\n"
                + "        print(re.sub(r'PoolWorker-\\d+', 'PoolWorker-N', line.rstrip()))\n"
                + "print(open(side_path).read().strip())\n");
    }

    private static final String STATE_SCRIPT = String.join("\n",
            "import multiprocessing, os, signal, socket, sys, warnings",
            "socket.setdefaulttimeout(7)",
            "sys.setrecursionlimit(4321)",
            "os.umask(0o027)",
            "warnings.simplefilter('ignore', DeprecationWarning)",
            "def on_usr1(number, frame):",
            "    pass",
            "signal.signal(signal.SIGUSR1, on_usr1)",
            "signal.signal(signal.SIGHUP, signal.SIG_IGN)",
            "def child(q):",
            "    mask = os.umask(0o022)",
            "    q.put((socket.getdefaulttimeout(), sys.getrecursionlimit(), oct(mask)[-3:], warnings.filters[0][:1],",
            "           warnings.filters[0][2].__name__, signal.getsignal(signal.SIGUSR1) is on_usr1,",
            "           signal.getsignal(signal.SIGHUP) == signal.SIG_IGN))",
            "if __name__ == '__main__':",
            "    q = multiprocessing.Queue()",
            "    p = multiprocessing.Process(target=child, args=(q,))",
            "    p.start()",
            "    print(q.get())",
            "    p.join()",
            "");

    /**
     * What the script's top level set in its process (the socket module's default timeout, the
     * recursion limit, the umask, warnings filters, signal handlers) a forked child has too,
     * though the child runs none of those statements again.
     */
    @Test
    void aChildHasTheProcessStateTheScriptSetAtItsTopLevel() {
        same("import runpy, signal, socket, warnings\n"
                + "script = os.path.join(_d, 'state.py')\n"
                + "with open(script, 'w') as f:\n"
                + "    f.write(" + pyString(STATE_SCRIPT) + ")\n"
                + "saved = (socket.getdefaulttimeout(), sys.getrecursionlimit(), os.umask(0o022), list(warnings.filters),\n"
                + "         signal.getsignal(signal.SIGUSR1), signal.getsignal(signal.SIGHUP), list(sys.argv))\n"
                + "os.umask(saved[2])\n"
                + "try:\n"
                + "    sys.argv[:] = [script]\n"
                + "    runpy.run_path(script, run_name='__main__')\n"
                + "finally:\n"  // the host's session goes on to other tests
                + "    socket.setdefaulttimeout(saved[0]); sys.setrecursionlimit(saved[1]); os.umask(saved[2])\n"
                + "    warnings.filters[:] = saved[3]; signal.signal(signal.SIGUSR1, saved[4])\n"
                + "    signal.signal(signal.SIGHUP, saved[5]); sys.argv[:] = saved[6]\n");
    }

    /**
     * A nested function that calls itself holds itself in its closure: the child's copy gets its
     * cell filled once the function exists (on Python 2, whose cells Python cannot set, through
     * Jython's own cell object).
     */
    @Test
    void aNestedFunctionCallingItselfReachesTheChild() {
        same("def outer(k):\n"
                + "    def fact(n):\n"
                + "        return k if n < 2 else n * fact(n - 1)\n"
                + "    return fact\n"
                + "def call(fn, arg):\n"
                + "    print('child', fn(arg)); sys.stdout.flush()\n"
                + "p = mp.Process(target=call, args=(outer(2), 5))\n"
                + "p.start(); p.join(); print('exit', p.exitcode)\n");
    }

    @Test
    void unpicklableWorkIsReportedAsPicklingErrors() {
        same("import pickle\n"
                + "pool = mp.Pool(1)\n"
                + "try:\n    pool.map(lambda x: x, [1])\n"
                + "except Exception as e:\n    print(type(e).__name__ in ('PicklingError', 'AttributeError'))\n"
                + "print(pool.map(h.square, [3]))\n"
                + "pool.terminate()\n");
    }

    @Test
    void unpicklableArgumentsFailInTheParentAndLeaveThePoolWorking() {
        same("pool = mp.Pool(1)\n"
                + "for call in (lambda: pool.apply(h.square, (lambda: 1,)), lambda: pool.map(h.square, [1, lambda: 2])):\n"
                + "    try:\n        call()\n    except Exception as e:\n        print(type(e).__name__)\n"
                + "print(pool.map(h.square, [4]))\n"
                + "pool.close(); pool.join()\n"
                + "a, b = mp.Pipe()\n"
                + "try:\n    a.send(lambda: 3)\nexcept Exception as e:\n    print(type(e).__name__)\n"
                + "a.send('after'); print(b.recv())\n");
    }

    /**
     * A worker killed while it runs a task is replaced, and its task is lost, as under CPython.
     * (CPython's pool deadlocks when the killed worker was idle: it held the task queue's lock.)
     * The exit code is read once the pool has replaced the worker: before that CPython's pool
     * thread and this join race to reap the child, and the loser reads None.
     */
    @Test
    void aKilledPoolWorkerIsReplacedAndItsTaskLost() {
        same("import signal, time\n"
                + "pool = mp.Pool(1)\n"
                + "print(pool.map(h.square, range(4)))\n"
                + "victim = pool._pool[0]\n"
                + "marker = os.path.join(tempfile.mkdtemp(), 'busy')\n"
                + "lost = pool.apply_async(h.touch_then_sleep, (marker,))\n"
                + "while not os.path.exists(marker):\n    time.sleep(0.02)\n"
                + "os.kill(victim.pid, signal.SIGKILL)\n"
                + "victim.join(30)\n"
                + "deadline = time.time() + 30\n"
                + "while (victim in pool._pool or len(pool._pool) < 1) and time.time() < deadline:\n"
                + "    time.sleep(0.05)\n"
                + "print(victim.exitcode)\n"
                + "print(len(pool._pool), victim in pool._pool, pool._pool[0].pid != victim.pid)\n"
                + "print(pool.apply(h.square, (5,)), pool.map(h.square, range(3)))\n"
                + "lost.wait(0.2); print(lost.ready())\n"
                + "pool.terminate(); pool.join(); print(mp.active_children())\n");
    }

    /**
     * Counted once the children are joined, the parent has no thread more than it had; with a
     * handler configured too, whose children's records a thread of pyhost's serves meanwhile.
     */
    @Test
    void noThreadOrProcessOutlivesItsChildren() {
        same("import threading, time, logging\n"
                + "handler = logging.NullHandler()\n"
                + "logging.getLogger('pyhost.test.outlive').addHandler(handler)\n"
                + "before = threading.active_count()\n"
                + "ps = [mp.Process(target=h.exit_with, args=(3,)), mp.Process(target=h.fail, args=('x',)),\n"
                + "      mp.Process(target=h.spin)]\n"
                + "for p in ps:\n    p.start()\n"
                + "ps[2].terminate()\n"
                + "for p in ps:\n    p.join(30)\n"
                + "print(threading.active_count() - before)\n"
                + "pool = mp.Pool(2); print([p.exitcode for p in ps], pool.map(h.square, range(3)))\n"
                + "workers = list(pool._pool)\n"
                + "pool.close(); pool.join()\n"
                + "print(threading.active_count() - before)\n"
                + "def gone(pid):\n"
                + "    for _ in range(200):\n"
                + "        try:\n            os.kill(pid, 0)\n        except OSError:\n            return True\n"
                + "        time.sleep(0.05)\n"
                + "    return False\n"
                + "print([gone(p.pid) for p in ps + workers], mp.active_children())\n"
                + "print(threading.active_count() - before)\n"
                + "logging.getLogger('pyhost.test.outlive').removeHandler(handler)\n");
    }
}
