# eventlet: green threads, pools, queues and timeouts on the same hub as gevent (the gevent
# glue's namespace, reached through gevent._pyhost_ns). Every eventlet.* submodule takes its names
# from _parts here. The same source serves Python 2 (Jython) and 3 (GraalPy).
import sys
import gevent as _gevent
from greenlet import getcurrent, GreenletExit, greenlet as _raw_greenlet

_g = _gevent._pyhost_ns
_get_hub = _g['get_hub']
_Waiter = _g['Waiter']
_GGreenlet = _g['Greenlet']
_GTimeout = _g['Timeout']
_GSemaphore = _g['Semaphore']
_GEvent = _g['Event']
_NONE = _g['_NONE']
_PY3 = sys.version_info[0] >= 3
_parts = {}

__version__ = '0.33.3'
version_info = (0, 33, 3)


def sleep(seconds=0):
    _g['sleep'](seconds)


class GreenThread(_GGreenlet):
    """The result of eventlet.spawn: wait() returns what the function returned, or raises."""

    def __init__(self, parent=None):
        _GGreenlet.__init__(self)
        self._eventlet_links = []

    def _report_error(self, exc_info):
        # eventlet keeps the error for wait(); it prints nothing
        if isinstance(exc_info[1], GreenletExit):
            self._report_result(exc_info[1])
            return
        self._exc_info = (exc_info[0], exc_info[1], exc_info[2])
        if self._links and not self._notifier:
            self._notifier = self.parent.loop.run_callback(self._notify_links)

    def wait(self):
        return self.get()

    def link(self, func, *curried_args, **curried_kwargs):
        entry = _EventletLink(func, curried_args, curried_kwargs)
        self._eventlet_links.append(entry)
        self.rawlink(entry)

    def unlink(self, func, *curried_args, **curried_kwargs):
        for entry in list(self._eventlet_links):
            if entry.func == func:
                self._eventlet_links.remove(entry)
                _GGreenlet.unlink(self, entry)
                return True
        _GGreenlet.unlink(self, func)
        return False

    def kill(self, *throw_args):
        return kill(self, *throw_args)

    def cancel(self, *throw_args):
        if not RawStarted(self):
            return kill(self, *throw_args)


def RawStarted(g):
    return g._started


class _EventletLink(object):
    def __init__(self, func, args, kwargs):
        self.func = func
        self.args = args
        self.kwargs = kwargs

    def __call__(self, gt):
        self.func(gt, *self.args, **self.kwargs)


def _new_thread(func, args, kwargs):
    gt = GreenThread()
    gt._run = func
    gt.args = args
    gt.kwargs = kwargs
    return gt


def spawn(func, *args, **kwargs):
    gt = _new_thread(func, args, kwargs)
    gt.start()
    return gt


def spawn_after(seconds, func, *args, **kwargs):
    gt = _new_thread(func, args, kwargs)
    gt.start_later(seconds)
    return gt


def spawn_after_local(seconds, func, *args, **kwargs):
    return spawn_after(seconds, func, *args, **kwargs)


def spawn_n(func, *args, **kwargs):
    hub = _get_hub()
    g = _raw_greenlet(_SpawnN(func, args, kwargs), hub)
    hub.loop.run_callback(g.switch)
    return g


class _SpawnN(object):
    def __init__(self, func, args, kwargs):
        self.func = func
        self.args = args
        self.kwargs = kwargs

    def __call__(self):
        try:
            self.func(*self.args, **self.kwargs)
        except GreenletExit:
            pass
        except BaseException:
            _get_hub().handle_error(self.func, *sys.exc_info())


def kill(g, *throw_args):
    if g.dead:
        return
    if not throw_args:
        throw_args = (GreenletExit, )
    if isinstance(g, _GGreenlet) and not g._started:
        exc = throw_args[0]
        g.kill(exc if len(throw_args) == 1 else throw_args, block=False)
        return
    cur = getcurrent()
    hub = _get_hub()
    if cur is hub:
        g.throw(*throw_args)
        return
    hub.loop.run_callback(cur.switch)
    g.throw(*throw_args)


class Timeout(_GTimeout):
    """Starts at once; raises itself (or `exception`) in the greenlet that made it."""

    def __init__(self, seconds=None, exception=None):
        _GTimeout.__init__(self, seconds, exception)
        self.start()

    def __enter__(self):
        if not self.pending:
            self.start()
        return self

    def __str__(self):
        if self.seconds is None:
            return ''
        suffix = '' if self.seconds == 1 else 's'
        if self.exception is None or self.exception is True:
            return '%s second%s' % (self.seconds, suffix)
        if self.exception is False:
            return '%s second%s (silent)' % (self.seconds, suffix)
        return '%s second%s (%s)' % (self.seconds, suffix, self.exception)

    @property
    def is_timeout(self):
        return True


def with_timeout(seconds, function, *args, **kwds):
    timeout_value = kwds.pop('timeout_value', _NONE)
    timeout = Timeout(seconds)
    try:
        try:
            return function(*args, **kwds)
        except Timeout as ex:
            if ex is timeout and timeout_value is not _NONE:
                return timeout_value
            raise
    finally:
        timeout.cancel()


# ---------------------------------------------------------------------------------------------
# events, semaphores, queues

class Event(object):
    """eventlet.event.Event: send() once, wait() for the value."""

    def __init__(self):
        self._event = _GEvent()
        self._result = _NONE
        self._exc = None

    def reset(self):
        if self._result is _NONE:
            raise AssertionError('Trying to re-reset() a fresh event.')
        self._event = _GEvent()
        self._result = _NONE
        self._exc = None

    def ready(self):
        return self._result is not _NONE

    def has_exception(self):
        return self._exc is not None

    def has_result(self):
        return self._result is not _NONE and self._exc is None

    def poll(self, notready=None):
        if self.ready():
            return self.wait()
        return notready

    def wait(self, timeout=None):
        if self._result is _NONE:
            if not self._event.wait(timeout):
                return None
        if self._exc is not None:
            getcurrent().throw(*self._exc)
        return self._result

    def send(self, result=None, exc=None):
        if self._result is not _NONE:
            raise AssertionError('Trying to re-send() an already-triggered event.')
        self._result = result
        if exc is not None and not isinstance(exc, tuple):
            exc = (exc, )
        if exc is not None:
            t = exc[0]
            if not isinstance(t, type):
                exc = (type(t), t) + tuple(exc[1:])
        self._exc = exc
        self._event.set()

    def send_exception(self, *args):
        return self.send(None, args)


class Semaphore(_GSemaphore):
    def __init__(self, value=1, limit=None):
        _GSemaphore.__init__(self, value)

    @property
    def balance(self):
        return self.counter - len(self._links)

    def bounded(self):
        return False


class BoundedSemaphore(_g['BoundedSemaphore']):
    pass


class CappedSemaphore(Semaphore):
    pass


_GQueue = _g['JoinableQueue']
Empty = _g['Empty']
Full = _g['Full']


class LightQueue(_g['Queue']):
    def getting(self):
        return len(self.getters)

    def putting(self):
        return len(self.putters)

    def resize(self, size):
        self._maxsize = size


class Queue(_GQueue):
    def __init__(self, maxsize=None):
        if maxsize is not None and maxsize < 0:
            maxsize = None
        _GQueue.__init__(self, maxsize)

    def getting(self):
        return len(self.getters)

    def putting(self):
        return len(self.putters)

    def resize(self, size):
        self._maxsize = size


class LifoQueue(Queue):
    def _create_queue(self, items=()):
        return list(items)

    def _get(self):
        return self.queue.pop()

    def _peek(self):
        return self.queue[-1]


class PriorityQueue(Queue):
    def _create_queue(self, items=()):
        return list(items)

    def _put(self, item):
        import heapq
        heapq.heappush(self.queue, item)
        self.unfinished_tasks += 1
        self._cond.clear()

    def _get(self):
        import heapq
        return heapq.heappop(self.queue)


# ---------------------------------------------------------------------------------------------
# pools

class GreenPool(object):
    """A pool of green threads: at most `size` run at once."""

    def __init__(self, size=1000):
        try:
            size = int(size)
        except ValueError as e:
            raise TypeError('GreenPool() expect size :: int, actual: %s %s' % (type(size), str(e)))
        if size < 0:
            raise ValueError('GreenPool() expect size >= 0, actual: %s' % repr(size))
        self.size = size
        self.coroutines_running = set()
        self.sem = Semaphore(size)
        self.no_coros_running = Event()

    def resize(self, new_size):
        size_delta = new_size - self.size
        self.sem.counter += size_delta
        self.size = new_size
        if size_delta > 0:
            self.sem._check_and_notify()

    def running(self):
        return len(self.coroutines_running)

    def free(self):
        return self.sem.counter

    def waiting(self):
        return max(0, len(self.sem._links) - self.sem.counter)

    def spawn(self, function, *args, **kwargs):
        current = getcurrent()
        if self.sem.locked() and current in self.coroutines_running:
            gt = _new_thread(function, args, kwargs)
            gt.switch()
            return gt
        self.sem.acquire()
        gt = spawn(function, *args, **kwargs)
        if not self.coroutines_running:
            self.no_coros_running = Event()
        self.coroutines_running.add(gt)
        gt.link(self._spawn_done)
        return gt

    def _spawn_n_impl(self, func, args, kwargs, coro):
        try:
            try:
                func(*args, **kwargs)
            except (KeyboardInterrupt, SystemExit, GreenletExit):
                raise
            except:
                _get_hub().handle_error(func, *sys.exc_info())
        finally:
            if coro is not None:
                coro = getcurrent()
            self._spawn_done(coro)

    def spawn_n(self, function, *args, **kwargs):
        current = getcurrent()
        if self.sem.locked() and current in self.coroutines_running:
            self._spawn_n_impl(function, args, kwargs, None)
            return None
        self.sem.acquire()
        g = spawn_n(self._spawn_n_impl, function, args, kwargs, True)
        if not self.coroutines_running:
            self.no_coros_running = Event()
        self.coroutines_running.add(g)
        return g

    def waitall(self):
        if getcurrent() in self.coroutines_running:
            raise AssertionError('Calling waitall() from within one of the GreenPool\'s greenthreads will never terminate.')
        if self.running():
            self.no_coros_running.wait()

    def _spawn_done(self, coro):
        self.sem.release()
        if coro is not None:
            self.coroutines_running.discard(coro)
        if self.sem.balance == self.size and not self.coroutines_running and not self.no_coros_running.ready():
            self.no_coros_running.send(None)

    def _do_map(self, func, it, gi):
        for args in it:
            gi.spawn(func, *args)
        gi.done_spawning()

    def starmap(self, function, iterable):
        if function is None:
            def function(*a):
                return a
        gi = GreenMap(self.size)
        spawn_n(self._do_map, function, iterable, gi)
        return gi

    def imap(self, function, *iterables):
        return self.starmap(function, zip(*iterables))


class GreenPile(object):
    """Spawn into a pool; iterate for the results in the order spawned."""

    def __init__(self, size_or_pool=1000):
        if isinstance(size_or_pool, GreenPool):
            self.pool = size_or_pool
        else:
            self.pool = GreenPool(size_or_pool)
        self.waiters = LightQueue()
        self.counter = 0

    def spawn(self, func, *args, **kw):
        self.counter += 1
        try:
            gt = self.pool.spawn(func, *args, **kw)
            self.waiters.put(gt)
        except:
            self.counter -= 1
            raise

    def __iter__(self):
        return self

    def next(self):
        if self.counter == 0:
            raise StopIteration()
        return self._next()

    __next__ = next

    def _next(self):
        try:
            return self.waiters.get().wait()
        finally:
            self.counter -= 1


class GreenMap(GreenPile):
    def __init__(self, size_or_pool):
        GreenPile.__init__(self, size_or_pool)
        self.waiters = LightQueue(maxsize=self.pool.size)
        self.done = False

    def done_spawning(self):
        self.spawn(lambda: StopIteration())

    def next(self):
        val = self._next()
        if isinstance(val, StopIteration):
            raise val
        return val

    __next__ = next


# ---------------------------------------------------------------------------------------------
# green modules, monkey patching, convenience

_gsock = _gevent._pyhost_parts['gevent.socket']
_green_socket = dict(_gsock)
_green_socket['GreenSocket'] = _gsock['socket']


def _green_time():
    import time as _t
    names = {}
    for k in dir(_t):
        if k.startswith('_') or k == 'class':
            continue
        try:
            names[k] = getattr(_t, k)
        except AttributeError:  # Jython lists Java bean names it cannot read
            pass
    names['sleep'] = sleep
    return names


_parts['eventlet.green.socket'] = _green_socket
_parts['eventlet.green.time'] = _green_time()
_parts['eventlet.green.select'] = dict(_gevent._pyhost_parts['gevent.select'])
_parts['eventlet.green'] = {'__path__': []}
_already = set()


def monkey_patch(**on):
    accepted = ('os', 'select', 'socket', 'thread', 'time', 'psycopg', 'MySQLdb', 'builtins', 'subprocess')
    default_on = on.pop('all', None)
    for k in on:
        if k not in accepted:
            raise TypeError('monkey_patch() got an unexpected keyword argument %r' % k)
    if default_on is None:
        default_on = not (True in on.values())
    for modname in accepted:
        if modname == 'MySQLdb':
            on.setdefault(modname, False)
        if modname == 'builtins':
            on.setdefault(modname, False)
        on.setdefault(modname, default_on)
    monkey = _gevent._pyhost_parts['gevent.monkey']
    if on['socket'] and 'socket' not in _already:
        monkey['patch_socket']()
        _already.add('socket')
    if on['time'] and 'time' not in _already:
        monkey['patch_time']()
        _already.add('time')
    if on['select'] and 'select' not in _already:
        monkey['patch_select']()
        _already.add('select')
    if on['thread'] and 'thread' not in _already:
        monkey['patch_thread']()
        _already.add('thread')


def is_monkey_patched(module):
    return getattr(module, '__name__', module) in _already


class StopServe(Exception):
    pass


def listen(addr, family=2, backlog=50, reuse_addr=True, reuse_port=None):
    import socket as _s
    sock = _gsock['socket'](family)
    if reuse_addr:
        sock.setsockopt(_s.SOL_SOCKET, _s.SO_REUSEADDR, 1)
    sock.bind(addr)
    sock.listen(backlog)
    return sock


def connect(addr, family=2, bind=None):
    sock = _gsock['socket'](family)
    if bind is not None:
        sock.bind(bind)
    sock.connect(addr)
    return sock


def _stop_checker(t, server_gt, conn):
    try:
        try:
            t.wait()
        finally:
            conn.close()
    except GreenletExit:
        pass
    except StopServe:
        server_gt.kill(StopServe)
    except Exception:
        import traceback
        traceback.print_exc()


def serve(sock, handle, concurrency=1000):
    pool = GreenPool(concurrency)
    server_gt = getcurrent()
    while True:
        try:
            conn, addr = sock.accept()
            gt = pool.spawn(handle, conn, addr)
            gt.link(_stop_checker, server_gt, conn)
            conn, addr, gt = None, None, None
        except StopServe:
            return


def wrap_ssl(sock, *a, **kw):
    raise NotImplementedError('eventlet.wrap_ssl is not available on pyhost')


def getcurrent_():
    return getcurrent()


class _Hubs(object):
    pass


def get_hub():
    return _get_hub()


def use_hub(mod=None):
    pass


_common = {'spawn': spawn, 'spawn_n': spawn_n, 'spawn_after': spawn_after, 'sleep': sleep,
           'kill': kill, 'GreenThread': GreenThread, 'spawn_after_local': spawn_after_local,
           'getcurrent': getcurrent}
_parts['eventlet.greenthread'] = dict(_common)
_parts['eventlet.greenpool'] = {'GreenPool': GreenPool, 'GreenPile': GreenPile, 'GreenMap': GreenMap}
_parts['eventlet.queue'] = {'Queue': Queue, 'LightQueue': LightQueue, 'LifoQueue': LifoQueue,
                            'PriorityQueue': PriorityQueue, 'Empty': Empty, 'Full': Full}
_parts['eventlet.timeout'] = {'Timeout': Timeout, 'with_timeout': with_timeout}
_parts['eventlet.event'] = {'Event': Event}
_parts['eventlet.semaphore'] = {'Semaphore': Semaphore, 'BoundedSemaphore': BoundedSemaphore,
                                'CappedSemaphore': CappedSemaphore}
_parts['eventlet.hubs'] = {'get_hub': get_hub, 'use_hub': use_hub}
_parts['eventlet.patcher'] = {'monkey_patch': monkey_patch, 'is_monkey_patched': is_monkey_patched}
_parts['eventlet.convenience'] = {'listen': listen, 'connect': connect, 'serve': serve,
                                  'StopServe': StopServe}
_parts['eventlet'] = dict(_common)
_parts['eventlet'].update({
    'GreenPool': GreenPool, 'GreenPile': GreenPile, 'Queue': Queue, 'LightQueue': LightQueue,
    'Timeout': Timeout, 'with_timeout': with_timeout, 'Event': Event, 'Semaphore': Semaphore,
    'BoundedSemaphore': BoundedSemaphore, 'CappedSemaphore': CappedSemaphore,
    'monkey_patch': monkey_patch, 'listen': listen, 'connect': connect, 'serve': serve,
    'StopServe': StopServe, 'wrap_ssl': wrap_ssl, 'GreenletExit': GreenletExit,
    'greenthread': None, '__version__': __version__, 'version_info': version_info,
    '_pyhost_parts': _parts, '__path__': []})
del _parts['eventlet']['greenthread']

for _mod in list(_parts):
    for _obj in _parts[_mod].values():
        if isinstance(_obj, type) or type(_obj).__name__ == 'function':
            try:
                if getattr(_obj, '__module__', '').startswith('_pyhost_glue'):
                    _obj.__module__ = _mod
            except (AttributeError, TypeError):
                pass

for _name, _value in _parts['eventlet'].items():
    setattr(_target, _name, _value)

# as the real package, importing eventlet imports these submodules too
for _sub in ('greenthread', 'greenpool', 'queue', 'timeout', 'event', 'semaphore', 'hubs', 'patcher',
             'convenience'):
    __import__('eventlet.' + _sub)
