# gevent: greenlets scheduled by a hub, as CPython's gevent. The hub is a greenlet running the
# event loop: callbacks in the order they were queued, timers on a heap, sockets waited for with
# one java.nio selector (_core, a dev.pyhost.shims.coop.CoopCore). Every gevent.* submodule and
# eventlet take their classes from here. The same source serves Python 2 (Jython) and 3 (GraalPy).
import sys
import heapq
import traceback
import time as _time
from collections import deque

import greenlet as _greenlet_mod
from greenlet import greenlet as RawGreenlet, getcurrent, GreenletExit

# greenlet's switch without the method call in front (see Hub.wait)
_switch_to = _greenlet_mod._switch
_NO_ARGS = (False, (), {})

__version__ = '22.10.2'
version_info = (22, 10, 2, 'final', 0)
_PY3 = sys.version_info[0] >= 3
_string_types = (str,) if _PY3 else (str, unicode)  # noqa: F821 (Python 2)
_now = _core.monotonic
_TIMER_RUNS = 8  # delays with a deque of their own timers (see Loop)
_real_sleep = _time.sleep
_parts = {}


def _export(*modules):
    def mark(obj):
        for m in modules:
            _parts.setdefault(m, {})[obj.__name__] = obj
        return obj
    return mark


# ---------------------------------------------------------------------------------------------
# the hub

def _discard(items, item):
    """items.remove(item) where item may be gone already: tested first, as a failed remove raises,
    and an exception costs Jython more than a whole switch (joinall unlinks from every greenlet,
    a queue's get from its getters, most of them gone already)."""
    if item in items:
        items.remove(item)


class LoopExit(Exception):
    """The hub has nothing left to do while a greenlet waits: it would block forever."""


class BlockingSwitchOutError(AssertionError):
    pass


class InvalidSwitchError(AssertionError):
    pass


class ConcurrentObjectUseError(AssertionError):
    pass


class _Callback(object):
    __slots__ = ('callback', 'args', 'pending')

    def __init__(self, callback, args):
        self.callback = callback
        self.args = args
        self.pending = True

    def stop(self):
        self.pending = False
        self.callback = None
        self.args = None

    close = stop


class _Timer(object):
    """A one-shot timer watcher: start(callback, *args), stop()."""

    def __init__(self, loop, seconds, ref=True):
        self.loop = loop
        self.seconds = seconds
        self.ref = ref
        self.active = False
        self.callback = None
        self.args = ()
        self._entry = None

    def start(self, callback, *args, **kw):
        self.stop()
        self.callback = callback
        self.args = args
        self.active = True
        self._entry = self.loop._add_timer(self.seconds, self, self.ref)

    def again(self, callback, *args, **kw):
        self.start(callback, *args)

    def stop(self):
        if self._entry is not None:
            self.loop._cancel_timer(self._entry)
            self._entry = None
        self.active = False

    close = stop
    cancel = stop

    @property
    def pending(self):
        return self.active

    def _fire(self):
        self._entry = None
        self.active = False
        cb, args = self.callback, self.args
        cb(*args)


class _Io(object):
    """A socket readiness watcher: start(callback, *args) fires once per start."""

    def __init__(self, loop, sock, write):
        self.loop = loop
        self.sock = sock
        self.write = write
        self.active = False
        self.callback = None
        self.args = ()
        self.token = None

    def start(self, callback, *args, **kw):
        self.callback = callback
        self.args = args
        self.token = self.loop._add_io(self)
        self.active = True

    def stop(self):
        if self.active:
            self.active = False
            self.loop._cancel_io(self)

    close = stop
    cancel = stop


class Loop(object):
    def __init__(self):
        self._callbacks = deque()
        # timers by (deadline, sequence). Timers of one delay are mostly added in that order
        # (thousands of sleep(1), one after the other), whatever other timers run meanwhile (a
        # joinall's timeout): each of a few delays has a deque of its own (the first ones seen, a
        # delay with none left making room), to whose end a timer goes in constant time while its
        # deadline is not before the last one's.
        # Other timers go to a heap. The next timer is the earliest of the heads. (Jython's heapq
        # is Python code: its sifting was a tenth of the hub's time with thousands of sleepers.)
        self._runs = {}  # delay -> deque of entries in (deadline, sequence) order
        self._timers = []
        self._seq = 0
        self._refs = 0
        self._io = {}
        self._token = 0

    def run_callback(self, func, *args):
        cb = _Callback(func, args)
        self._callbacks.append(cb)
        return cb

    def timer(self, after=0.0, repeat=0.0, ref=True, priority=None):
        return _Timer(self, after, ref)

    def io(self, sock, write):
        return _Io(self, sock, write)

    def now(self):
        return _now()

    def _add_timer(self, seconds, timer, ref):
        self._seq += 1
        entry = [_now() + max(seconds, 0), self._seq, timer, ref]
        runs = self._runs
        run = runs.get(seconds)
        if run is None:
            if len(runs) >= _TIMER_RUNS:  # the deques of delays with no timer left make room
                for delay in [d for d, r in runs.items() if not r]:
                    del runs[delay]
            if len(runs) < _TIMER_RUNS:
                run = runs[seconds] = deque()
        if run is not None and (not run or run[-1][0] <= entry[0]):
            run.append(entry)
        else:
            heapq.heappush(self._timers, entry)
        if ref:
            self._refs += 1
        return entry

    def _cancel_timer(self, entry):
        if entry[2] is not None:
            entry[2] = None
            if entry[3]:
                self._refs -= 1

    def _add_io(self, watcher):
        self._token += 1
        token = self._token
        self._io[token] = watcher
        _core.watch(watcher.sock, watcher.write, token)
        return token

    def _cancel_io(self, watcher):
        if self._io.pop(watcher.token, None) is not None:
            _core.unwatch(watcher.sock, watcher.write)

    def _run_callbacks(self):
        callbacks = self._callbacks
        count = len(callbacks)
        while count and callbacks:
            count -= 1
            cb = callbacks.popleft()
            if not cb.pending:
                continue
            func, args = cb.callback, cb.args
            cb.stop()
            try:
                func(*args)
            except BaseException:
                get_hub().handle_error(func, *sys.exc_info())

    def _next_timer(self):
        """The earliest pending timer entry and the deque or heap it heads (cancelled ones are
        dropped on the way), or (None, None)."""
        heap = self._timers
        while heap and heap[0][2] is None:
            heapq.heappop(heap)
        first, where = (heap[0], heap) if heap else (None, None)
        for run in self._runs.values():
            while run and run[0][2] is None:
                run.popleft()
            if run:
                head = run[0]
                if first is None or head[0] < first[0] or (head[0] == first[0] and head[1] < first[1]):
                    first, where = head, run
        return first, where

    def _alive(self):
        return bool(self._callbacks) or self._refs > 0 or bool(self._io)

    def run_once(self):
        """One loop iteration; False when there is nothing left to wait for."""
        self._run_callbacks()
        first = self._next_timer()[0]
        if self._callbacks:
            timeout = 0
        elif first is not None:
            timeout = max(0.0, first[0] - _now())
        elif self._io:
            timeout = -1
        else:
            return False
        if not self._callbacks and self._refs <= 0 and not self._io:
            return False
        if self._io:
            for token in _core.poll(timeout):
                watcher = self._io.pop(int(token), None)
                if watcher is not None and watcher.active:
                    watcher.active = False
                    try:
                        watcher.callback(*watcher.args)
                    except BaseException:
                        get_hub().handle_error(watcher, *sys.exc_info())
        elif timeout > 0:
            _core.sleep(timeout)
        now = _now()
        heap = self._timers
        while True:
            entry, where = self._next_timer()
            if entry is None or entry[0] > now:
                break
            if where is heap:
                heapq.heappop(heap)
            else:
                where.popleft()
            timer = entry[2]
            entry[2] = None
            if entry[3]:
                self._refs -= 1
            try:
                timer._fire()
            except BaseException:
                get_hub().handle_error(timer, *sys.exc_info())
        return True


class Hub(RawGreenlet):
    """The greenlet that runs the event loop; waiting greenlets switch to it."""
    SYSTEM_ERROR = (KeyboardInterrupt, SystemExit, SystemError)
    NOT_ERROR = (GreenletExit, SystemExit)

    def __init__(self):
        RawGreenlet.__init__(self, parent=_main_of_thread())
        self.loop = Loop()

    def run(self):
        loop = self.loop
        while True:
            if not loop.run_once():
                self.parent.throw(LoopExit('This operation would block forever', self))

    def switch(self):
        cur = getcurrent()
        if cur is self:
            raise BlockingSwitchOutError('Impossible to call blocking function in the event loop callback')
        return _switch_to(self, _NO_ARGS)

    def wait(self, watcher):
        # Waiter.get and self.switch written out: every Java frame below a waiting greenlet is
        # kept (copied, and walked by the garbage collector) for as long as it waits
        waiter = Waiter(self)
        watcher.start(waiter.switch, waiter)
        try:
            cur = waiter.greenlet = getcurrent()
            try:
                if cur is self:
                    raise BlockingSwitchOutError(
                        'Impossible to call blocking function in the event loop callback')
                result = _switch_to(self, _NO_ARGS)
            finally:
                waiter.greenlet = None
            if result is not waiter:
                raise InvalidSwitchError('Invalid switch into %s: got %r (expected %r)' % (
                    cur, result, waiter))
        finally:
            watcher.stop()

    def handle_error(self, context, typ, value, tb):
        if typ is None or issubclass(typ, self.NOT_ERROR):
            return
        self.print_exception(context, typ, value, tb)
        if issubclass(typ, self.SYSTEM_ERROR):
            self.parent.throw(typ, value)

    def print_exception(self, context, typ, value, tb):
        err = sys.stderr
        traceback.print_exception(typ, value, tb, file=err)
        stamp = _time.strftime('%Y-%m-%dT%H:%M:%SZ', _time.gmtime())
        err.write('%s %s failed with %s\n\n' % (stamp, context, getattr(typ, '__name__', typ)))
        try:
            err.flush()
        except Exception:
            pass

    def join(self, timeout=None):
        cur = getcurrent()
        if cur is not self.parent:
            raise AssertionError('only possible from the MAIN greenlet')
        if self.dead:
            return True
        timer = None
        if timeout is not None:
            timer = self.loop.timer(timeout, ref=False)
            timer.start(cur.switch, False)
        try:
            try:
                self.switch()
            except LoopExit:
                return True
            return False
        finally:
            if timer is not None:
                timer.stop()

    def destroy(self, destroy_loop=None):
        _hubs.pop(self._root, None)

    @property
    def resolver(self):
        return None


_hubs = {}


def _main_of_thread():
    # every greenlet knows the main greenlet of its thread (the top of its parent chain)
    return getcurrent()._root


def get_hub(*args, **kwargs):
    root = getcurrent()._root
    hub = _hubs.get(root)
    if hub is None or hub.dead:
        hub = _hubs[root] = Hub()
    return hub


def _get_hub_noargs():
    return get_hub()


class Waiter(object):
    """Low-level hand-off between the hub and one waiting greenlet."""
    __slots__ = ('hub', 'greenlet', 'value', '_exception')

    def __init__(self, hub=None):
        self.hub = get_hub() if hub is None else hub
        self.greenlet = None
        self.value = None
        self._exception = _NONE

    def clear(self):
        self.greenlet = None
        self.value = None
        self._exception = _NONE

    def ready(self):
        return self._exception is not _NONE

    def successful(self):
        return self._exception is None

    @property
    def exc_info(self):
        if self._exception is _NONE:
            return None
        return self._exception

    def switch(self, value=None):
        if self.greenlet is None:
            self.value = value
            self._exception = None
        else:
            if getcurrent() is not self.hub:
                raise AssertionError("Can only use Waiter.switch method from the Hub greenlet")
            switch = self.greenlet.switch
            try:
                switch(value)
            except BaseException:
                self.hub.handle_error(switch, *sys.exc_info())

    def switch_args(self, *args):
        return self.switch(args)

    def throw(self, *throw_args):
        if self.greenlet is None:
            self._exception = throw_args
        else:
            if getcurrent() is not self.hub:
                raise AssertionError("Can only use Waiter.switch method from the Hub greenlet")
            throw = self.greenlet.throw
            try:
                throw(*throw_args)
            except BaseException:
                self.hub.handle_error(throw, *sys.exc_info())

    def get(self):
        if self._exception is not _NONE:
            if self._exception is None:
                return self.value
            getcurrent().throw(*self._exception)
        if self.greenlet is not None:
            raise ConcurrentObjectUseError('This Waiter is already used by %r' % (self.greenlet,))
        self.greenlet = getcurrent()
        try:
            return self.hub.switch()
        finally:
            self.greenlet = None

    def __call__(self, source):
        if source.exception is None:
            self.switch(source.value)
        else:
            self.throw(source.exception)


class _NoneType(object):
    def __repr__(self):
        return '<default value>'


_NONE = _NoneType()


# ---------------------------------------------------------------------------------------------
# sleep, Timeout

def sleep(seconds=0, ref=True):
    hub = get_hub()
    loop = hub.loop
    if seconds <= 0:
        waiter = Waiter(hub)
        loop.run_callback(waiter.switch, None)
        waiter.get()
    else:
        # hub.wait(timer) written out, one call less below every sleeping greenlet (see Hub.wait)
        timer = loop.timer(seconds, ref=ref)
        waiter = Waiter(hub)
        timer.start(waiter.switch, waiter)
        try:
            cur = waiter.greenlet = getcurrent()
            try:
                if cur is hub:
                    raise BlockingSwitchOutError(
                        'Impossible to call blocking function in the event loop callback')
                result = _switch_to(hub, _NO_ARGS)
            finally:
                waiter.greenlet = None
            if result is not waiter:
                raise InvalidSwitchError('Invalid switch into %s: got %r (expected %r)' % (
                    cur, result, waiter))
        finally:
            timer.stop()


def idle(priority=0):
    sleep(0)


class Timeout(BaseException):
    """Raises itself (or `exception`) in the greenlet that started it after `seconds`."""

    def __init__(self, seconds=None, exception=None, ref=True, priority=-1, _one_shot=False):
        BaseException.__init__(self)
        self.seconds = seconds
        self.exception = exception
        self._ref = ref
        self.timer = None
        self._one_shot = _one_shot

    def start(self):
        if self.pending:
            raise AssertionError('%r is already started; to restart it, cancel it first' % self)
        if self.seconds is None:
            return
        self.timer = get_hub().loop.timer(self.seconds, ref=self._ref)
        if self.exception is None or self.exception is False or isinstance(self.exception, _string_types):
            throws = self
        else:
            throws = self.exception
        self.timer.start(_throw_into, getcurrent(), throws)

    @classmethod
    def start_new(cls, timeout=None, exception=None, ref=True, _one_shot=False):
        if isinstance(timeout, Timeout):
            if not timeout.pending:
                timeout.start()
            return timeout
        t = cls(timeout, exception, ref=ref, _one_shot=_one_shot)
        t.start()
        return t

    @staticmethod
    def _start_new_or_dummy(timeout, exception=None, ref=True):
        if timeout is None:
            return _FakeTimer
        return Timeout.start_new(timeout, exception, ref, _one_shot=True)

    @property
    def pending(self):
        return self.timer is not None and self.timer.active

    def cancel(self):
        if self.timer is not None:
            self.timer.stop()
            self.timer = None

    close = cancel

    def __repr__(self):
        classname = type(self).__name__
        if self.pending:
            pending = ' pending'
        else:
            pending = ''
        if self.exception is None:
            exception = ''
        else:
            exception = ' exception=%r' % (self.exception,)
        return '<%s at %s seconds=%s%s%s>' % (classname, hex(id(self)), self.seconds, exception, pending)

    def __str__(self):
        if self.seconds is None:
            return ''
        suffix = '' if self.seconds == 1 else 's'
        if self.exception is None:
            return '%s second%s' % (self.seconds, suffix)
        if self.exception is False:
            return '%s second%s (silent)' % (self.seconds, suffix)
        return '%s second%s: %s' % (self.seconds, suffix, self.exception)

    def __enter__(self):
        if not self.pending:
            self.start()
        return self

    def __exit__(self, typ, value, tb):
        self.cancel()
        if value is self and self.exception is False:
            return True
        return None


class _FakeTimerType(object):
    pending = False
    active = False
    seconds = None

    def start(self, *args, **kwargs):
        pass

    def stop(self):
        pass

    cancel = close = stop

    def __enter__(self):
        return self

    def __exit__(self, typ, value, tb):
        pass


_FakeTimer = _FakeTimerType()


def _throw_into(target, exc):
    if isinstance(exc, type):
        exc = exc()
    target.throw(exc)


def with_timeout(seconds, function, *args, **kwds):
    timeout_value = kwds.pop('timeout_value', _NONE)
    timeout = Timeout.start_new(seconds, _one_shot=True)
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
# Greenlet

class _dummy_event(object):
    pending = False
    active = False

    def stop(self):
        pass

    def start(self, cb):
        raise AssertionError('Cannot start the dummy event')

    close = stop


_cancelled_start_event = _dummy_event()
_start_completed_event = _dummy_event()


def _kill(glet, exception, waiter):
    try:
        if isinstance(exception, tuple) and len(exception) == 3:
            glet.throw(*exception)
        else:
            glet.throw(exception)
    except BaseException:
        glet.parent.handle_error(glet, *sys.exc_info())
    if waiter is not None:
        waiter.switch(None)


class _readproperty(object):
    """A property an assignment to the instance replaces (gevent's Greenlet.name)."""

    def __init__(self, func):
        self.func = func
        self.__doc__ = func.__doc__

    def __get__(self, inst, cls):
        if inst is None:
            return self
        return self.func(inst)


class Greenlet(RawGreenlet):
    """A greenlet scheduled by the hub: spawn, join, get, kill, link."""

    def __init__(self, run=None, *args, **kwargs):
        RawGreenlet.__init__(self, None, get_hub())
        if run is not None:
            self._run = run
        if not callable(self._run):
            raise TypeError('The run argument or self._run must be callable')
        self.args = args
        self.kwargs = kwargs
        self.value = None
        self._exc_info = ()
        self._links = deque()
        self._notifier = None
        self._start_event = None
        self._formatted_info = None
        self.spawning_greenlet = getcurrent()
        self.spawn_tree_locals = None
        self.spawning_stack = None
        self._ident = None

    def _run(self):
        return None

    @property
    def loop(self):
        return self.parent.loop

    @property
    def minimal_ident(self):
        # given when first asked for, as gevent does (its hub hands out the smallest number no
        # live greenlet holds; here the next one)
        if self._ident is None:
            self._ident = _Greenlet_count[0]
            _Greenlet_count[0] += 1
        return self._ident

    @_readproperty
    def name(self):
        return 'Greenlet-%d' % (self.minimal_ident,)

    @property
    def exception(self):
        return self._exc_info[1] if self._exc_info else None

    @property
    def exc_info(self):
        if self._exc_info and self._exc_info[0] is not None:
            return (self._exc_info[0], self._exc_info[1], self._exc_info[2])
        return None

    @property
    def started(self):
        return bool(self)

    @property
    def dead(self):
        if self._greenlet_dead() or self._start_event is _cancelled_start_event:
            return True
        return (not self._started and self._start_event is not None
                and not self._start_event.pending)

    def _greenlet_dead(self):
        return RawGreenlet.dead.fget(self)

    def __bool__(self):
        return self._start_event is not None and self._exc_info == () and not self._greenlet_dead()

    __nonzero__ = __bool__

    def ready(self):
        return self.dead or bool(self._exc_info)

    def successful(self):
        return bool(self._exc_info) and self._exc_info[1] is None

    def __repr__(self):
        classname = type(self).__name__
        # the name only once it was given or made (as gevent: a generated one may be reused)
        if 'name' not in self.__dict__ and self._ident is None:
            result = '<%s at %s' % (classname, hex(id(self)))
        else:
            result = '<%s "%s" at %s' % (classname, self.name, hex(id(self)))
        formatted = self._formatinfo()
        if formatted:
            result += ': ' + formatted
        return result + '>'

    def _formatinfo(self):
        if self._formatted_info is not None:
            return self._formatted_info
        func = self._run
        im_self = getattr(func, '__self__', None)
        if im_self is self:
            funcname = '_run'
        elif im_self is not None:
            funcname = repr(func)
        else:
            funcname = getattr(func, '__name__', '') or repr(func)
        args = ''
        if self.args:
            args = [repr(x)[:50] for x in self.args]
        if self.kwargs:
            args = list(args) + ['%s=%s' % (key, repr(value)[:50]) for (key, value) in self.kwargs.items()]
        if args:
            args = '(' + ', '.join(args) + ')'
        else:
            args = ''
        self._formatted_info = funcname + args
        return self._formatted_info

    def start(self):
        if self._start_event is None:
            self._start_event = self.parent.loop.run_callback(self.switch)

    def start_later(self, seconds):
        if self._start_event is None:
            self._start_event = self.parent.loop.timer(seconds)
            self._start_event.start(self.switch)

    @classmethod
    def spawn(cls, *args, **kwargs):
        g = cls(*args, **kwargs)
        g.start()
        return g

    @classmethod
    def spawn_later(cls, seconds, *args, **kwargs):
        g = cls(*args, **kwargs)
        g.start_later(seconds)
        return g

    def _handle_death_before_start(self, exception):
        if self._exc_info == () and self.dead:
            if isinstance(exception, tuple) and len(exception) == 3:
                args = exception
            else:
                inst = exception() if isinstance(exception, type) else exception
                args = (type(inst), inst, None)
            self._report_error(args)

    def kill(self, exception=GreenletExit, block=True, timeout=None):
        if self._start_event is None:
            self._start_event = _cancelled_start_event
        self._start_event.stop()
        if self.dead:
            self._handle_death_before_start(exception)
            return
        if self is getcurrent():
            if isinstance(exception, tuple) and len(exception) == 3:
                self.throw(*exception)
            raise exception
        waiter = Waiter() if block else None
        self.parent.loop.run_callback(_kill, self, exception, waiter)
        if block:
            waiter.get()
            self.join(timeout)

    def get(self, block=True, timeout=None):
        if self.ready():
            if self.successful():
                return self.value
            self._raise_exception()
        if not block:
            raise Timeout()
        switch = getcurrent().switch
        self.rawlink(switch)
        try:
            t = Timeout._start_new_or_dummy(timeout)
            try:
                result = self.parent.switch()
                if result is not self:
                    raise InvalidSwitchError('Invalid switch into Greenlet.get(): %r' % (result,))
            finally:
                t.cancel()
        except:
            self.unlink(switch)
            raise
        if self.ready():
            if self.successful():
                return self.value
            self._raise_exception()

    def _raise_exception(self):
        typ, val, tb = self._exc_info
        getcurrent().throw(typ, val, tb)

    def join(self, timeout=None):
        if self.ready():
            return
        switch = getcurrent().switch
        self.rawlink(switch)
        try:
            t = Timeout._start_new_or_dummy(timeout)
            try:
                result = self.parent.switch()
                if result is not self:
                    raise InvalidSwitchError('Invalid switch into Greenlet.join(): %r' % (result,))
            finally:
                t.cancel()
        except Timeout as ex:
            self.unlink(switch)
            if ex is not t:
                raise
        except:
            self.unlink(switch)
            raise

    def _report_result(self, result):
        self._exc_info = (None, None, None)
        self.value = result
        if self._links and not self._notifier:
            self._notifier = self.parent.loop.run_callback(self._notify_links)

    def _report_error(self, exc_info):
        if isinstance(exc_info[1], GreenletExit):
            self._report_result(exc_info[1])
            return
        self._exc_info = (exc_info[0], exc_info[1], exc_info[2])
        if self._links and not self._notifier:
            self._notifier = self.parent.loop.run_callback(self._notify_links)
        try:
            self.parent.handle_error(self, *exc_info)
        finally:
            del exc_info

    def run(self):
        try:
            self._start_event = _start_completed_event
            try:
                result = self._run(*self.args, **self.kwargs)
            except:
                self._report_error(sys.exc_info())
                return
            self._report_result(result)
        finally:
            self.args = ()
            self.kwargs.clear()

    def has_links(self):
        return bool(self._links)

    def rawlink(self, callback):
        if not callable(callback):
            raise TypeError('Expected callable: %r' % (callback,))
        self._links.append(callback)
        if self.ready() and self._links and not self._notifier:
            self._notifier = self.parent.loop.run_callback(self._notify_links)

    def link(self, callback, SpawnedLink=None):
        self.rawlink(callback)

    def unlink(self, callback):
        _discard(self._links, callback)

    def unlink_all(self):
        self._links.clear()

    def link_value(self, callback, SpawnedLink=None):
        self.link(_SuccessLink(callback))

    def link_exception(self, callback, SpawnedLink=None):
        self.link(_FailureLink(callback))

    def _notify_links(self):
        while self._links:
            link = self._links.popleft()
            try:
                link(self)
            except:
                self.parent.handle_error((link, self), *sys.exc_info())
        self._notifier = None

    def throw(self, *args):
        return RawGreenlet.throw(self, *args)


_Greenlet_count = [0]


class _SuccessLink(object):
    def __init__(self, callback):
        self.callback = callback

    def __call__(self, source):
        if source.successful():
            self.callback(source)

    def __eq__(self, other):
        return self.callback == getattr(other, 'callback', other)

    def __hash__(self):
        return hash(self.callback)


class _FailureLink(_SuccessLink):
    def __call__(self, source):
        if not source.successful():
            self.callback(source)


def spawn(*args, **kwargs):
    return Greenlet.spawn(*args, **kwargs)


def spawn_later(seconds, *args, **kwargs):
    return Greenlet.spawn_later(seconds, *args, **kwargs)


def spawn_raw(function, *args, **kwargs):
    hub = get_hub()
    g = RawGreenlet(function, hub)
    if kwargs:
        hub.loop.run_callback(lambda: g.switch(*args, **kwargs))
    else:
        hub.loop.run_callback(g.switch, *args)
    return g


def kill(glet, exception=GreenletExit):
    if isinstance(glet, Greenlet):
        return glet.kill(exception=exception, block=False)
    if not glet.dead:
        get_hub().loop.run_callback(glet.throw, exception)


def killall(greenlets, exception=GreenletExit, block=True, timeout=None):
    greenlets = list(greenlets)
    if not greenlets:
        return
    for g in greenlets:
        if not g.dead:
            g.kill(exception, block=False)
    if block:
        joinall(greenlets, timeout=timeout)


def iwait(objects, timeout=None, count=None):
    if objects is None:
        return [get_hub().join(timeout=timeout)]
    objects = list(objects)
    if count is None:
        count = len(objects)
    count = min(count, len(objects))
    return _iwait(objects, timeout, count)


def _iwait(objects, timeout, count):
    if not count:
        return
    waiter = Waiter()
    switch = waiter.switch
    timer = None
    if timeout is not None:
        timer = get_hub().loop.timer(timeout)
        timer.start(switch, _NONE)
    try:
        for obj in objects:
            obj.rawlink(switch)
        for _ in range(count):
            item = waiter.get()
            waiter.clear()
            if item is _NONE:
                return
            yield item
    finally:
        if timer is not None:
            timer.stop()
        _unlink_all(objects, switch)


def _unlink_all(objects, callback):
    for obj in objects:
        unlink = getattr(obj, 'unlink', None)
        if unlink:
            try:
                unlink(callback)
            except Exception:
                traceback.print_exc()


def wait(objects=None, timeout=None, count=None):
    if objects is None:
        return get_hub().join(timeout=timeout)
    return _collect(objects, timeout, count, False)


def _collect(objects, timeout, count, stop_at_error):
    """The objects that became ready within timeout, in that order, up to count (and, with
    stop_at_error, up to the first with an exception). What list(iwait(...)) gives, but the
    waiting greenlet is switched to once, at the end, not once per object: usually the main
    greenlet, which is the script's own thread, and on the JVM a switch between it and the hub's
    thread costs tens of microseconds (joinall of 10,000 greenlets: half a second)."""
    objects = list(objects)
    count = len(objects) if count is None else min(count, len(objects))
    if count <= 0:
        return []
    done = []
    waiter = Waiter()

    def ready(obj):
        if len(done) < count:
            done.append(obj)
            if len(done) == count or (stop_at_error and getattr(obj, 'exception', None) is not None):
                waiter.switch(None)

    timer = None
    if timeout is not None:
        timer = get_hub().loop.timer(timeout)
        timer.start(waiter.switch, None)
    try:
        for obj in objects:
            obj.rawlink(ready)
        waiter.get()
        return done
    finally:
        if timer is not None:
            timer.stop()
        _unlink_all(objects, ready)


def joinall(greenlets, timeout=None, raise_error=False, count=None):
    done = _collect(greenlets, timeout, count, raise_error)
    if raise_error:
        for obj in done:
            if getattr(obj, 'exception', None) is not None:
                if hasattr(obj, '_raise_exception'):
                    obj._raise_exception()
                else:
                    raise obj.exception
    return done


def getswitchinterval():
    return 0.005


def setswitchinterval(interval):
    pass


def reinit(hub=None):
    pass


def signal_handler(signalnum, handler, *args, **kwargs):
    import signal
    return signal.signal(signalnum, lambda *a: spawn_raw(handler, *args, **kwargs))


def fork():
    raise NotImplementedError('gevent.fork is not available on pyhost')


for _f in (Hub, Waiter, LoopExit, get_hub, BlockingSwitchOutError, InvalidSwitchError,
           ConcurrentObjectUseError, sleep, spawn_raw, kill, iwait, wait, idle, signal_handler):
    _export('gevent.hub')(_f)
_parts['gevent.hub'].update({'getcurrent': getcurrent, 'GreenletExit': GreenletExit,
                             'greenlet': RawGreenlet, 'Timeout': Timeout})
for _f in (Greenlet, joinall, killall):
    _export('gevent.greenlet')(_f)
for _f in (Timeout, with_timeout):
    _export('gevent.timeout')(_f)
