# greenlet: micro-threads with explicit switching. Each greenlet's stack is a Java virtual
# thread's stack (started by _core); control passes from one to the next through a baton per
# greenlet (see _baton), so exactly one greenlet of a group runs at a time, as with CPython's
# greenlet.
# The same source serves Python 2 (Jython) and 3 (GraalPy).
import sys

try:
    import _thread as _th
except ImportError:  # Python 2
    import thread as _th

__version__ = '2.0.2'
_PY3 = sys.version_info[0] >= 3
_ident = _th.get_ident
_allocate = _th.allocate_lock  # taken now: monkey patching replaces it with gevent's lock


class _LockBaton(object):
    """A greenlet's turn as a Python lock held until given (GraalPy)."""
    __slots__ = ('_lock',)

    def __init__(self):
        self._lock = _allocate()
        self._lock.acquire()

    def give(self):
        self._lock.release()

    def take(self):
        self._lock.acquire()
        return True

    def handTo(self, nxt):
        nxt._lock.release()
        self._lock.acquire()
        return True


# Jython: a park/unpark baton from the core (its own locks are Java monitors, several times
# slower). GraalPy: its own lock, which measured faster there than a call into Java per switch
# (each such call also releases and takes back the interpreter lock).
_baton = _core.baton if sys.version_info[0] == 2 else _LockBaton  # Python 2 runs on Jython

if _PY3:
    def _raise(typ, val, tb):
        if tb is not None and val.__traceback__ is not tb:
            raise val.with_traceback(tb)
        raise val
else:
    exec('def _raise(typ, val, tb):\n    raise typ, val, tb\n')


class error(Exception):
    pass


class GreenletExit(BaseException):
    """Raised in a greenlet to kill it; a greenlet that lets it out returns it as its value."""


# thread ident -> the greenlet that runs on that thread (a thread's main greenlet, or the one
# the thread was started for)
_current = {}
_trace = [None]


def getcurrent():
    g = _current.get(_ident())
    if g is None:
        g = greenlet.__new__(greenlet)
        g._init_main()
        _current[_ident()] = g
    return g


def gettrace():
    return _trace[0]


def settrace(callback):
    old = _trace[0]
    _trace[0] = callback
    return old


def _value_of(args, kwargs):
    if kwargs:
        if args:
            return (args, kwargs)
        return kwargs
    if len(args) == 1:
        return args[0]
    return args


def _normalize(typ, val, tb):
    if isinstance(typ, BaseException):
        if val is not None:
            raise TypeError('instance exception may not have a separate value')
        val, typ = typ, type(typ)
    elif not (isinstance(typ, type) and issubclass(typ, BaseException)):
        raise TypeError('exceptions must be classes, or instances, not %s' % type(typ).__name__)
    elif val is None:
        val = typ()
    elif not isinstance(val, typ):
        val = typ(*val) if isinstance(val, tuple) else typ(val)
    if tb is not None and not hasattr(tb, 'tb_frame'):
        raise TypeError('throw() third argument must be a traceback object')
    return typ, val, tb


class greenlet(object):
    """A micro-thread; greenlet(run=None, parent=None)."""

    def __init__(self, run=None, parent=None):
        if run is not None:
            self.run = run
        self._lock = _baton()
        self._msg = None
        self._started = False
        self._finished = False
        self._main = False
        self._parent = None
        cur = getcurrent()
        self._root = cur._root
        self.parent = parent if parent is not None else cur

    def _init_main(self):
        # the thread's greenlets share one carrier (see CoopCore.group), and reuse its idle workers
        self._group = _core.group()
        self._idle = []
        self._lock = _baton()
        self._msg = None
        self._started = True
        self._finished = False
        self._main = True
        self._parent = None
        self._root = self

    # -- attributes ---------------------------------------------------------------------------

    def _get_parent(self):
        return self._parent

    def _set_parent(self, parent):
        if parent is None:
            raise AttributeError("can't delete attribute")
        if not isinstance(parent, greenlet):
            raise TypeError('parent must be a greenlet')
        p = parent
        while p is not None:
            if p is self:
                raise ValueError('cyclic parent chain')
            p = p._parent
        if parent._root is not self._root:
            raise ValueError('parent cannot be on a different thread')
        self._parent = parent

    parent = property(_get_parent, _set_parent)

    @property
    def dead(self):
        return self._finished

    @property
    def gr_frame(self):
        return None

    @property
    def gr_context(self):
        return None

    def __bool__(self):
        return self._started and not self._finished

    __nonzero__ = __bool__

    def __repr__(self):
        state = 'dead' if self._finished else ('main' if self._main else (
            'current active started' if self is _current.get(_ident()) else
            ('suspended active started' if self._started else 'pending')))
        return '<%s.%s object at 0x%x (otid=0x%x) %s>' % (
            type(self).__module__, type(self).__name__, id(self), id(self._root), state)

    def run(self, *args, **kwargs):
        raise AttributeError('run')

    # -- switching ----------------------------------------------------------------------------

    def switch(self, *args, **kwargs):
        return _switch(self, (False, args, kwargs))

    def throw(self, typ=GreenletExit, val=None, tb=None):
        typ, val, tb = _normalize(typ, val, tb)
        return _switch(self, (True, (typ, val, tb), None))

class _Worker(object):
    """A thread that runs greenlets one after the other: started once, reused while idle."""
    __slots__ = ('lock', 'job', 'idle')

    def __init__(self, job, idle):
        self.lock = _baton()
        self.job = job
        self.idle = idle  # the idle workers of its group

    def loop(self):
        # runs the greenlets given to this thread; a greenlet's code is called from here directly
        # (no helper call in between), as every Java frame below a waiting greenlet is kept for
        # as long as it waits
        if _adopt_sys is not None:
            _adopt_sys()
        ident = _ident()
        job = self.job
        lock = self.lock
        idle = self.idle
        while True:
            self.job = None
            if job is None:
                idle.append(self)  # started ahead of need
                _take(lock)
                job = self.job
                continue
            _current[ident] = job
            msg = job._msg
            job._msg = None
            try:
                if msg[0]:
                    _raise(*msg[1])
                run = job.run
                # a run given to __init__ goes (a subclass's own run method stays); tested
                # first, as a failed del raises, which costs Jython more than the whole start
                if 'run' in getattr(job, '__dict__', ()):
                    del job.run
                if msg[1] or msg[2]:
                    out = (False, (run(*msg[1], **msg[2]),), None)
                else:  # a call without * and ** leaves fewer Java frames under the greenlet
                    out = (False, (run(),), None)
            except GreenletExit:
                out = (False, (sys.exc_info()[1],), None)
            except BaseException:
                out = (True, sys.exc_info(), None)
            if not _PY3:
                sys.exc_clear()  # the loop's frame outlives the greenlet: let its exception go
            msg = run = None
            job._finished = True
            if _current.get(ident) is job:
                del _current[ident]
            target = job._parent
            while target._finished:
                target = target._parent
            if _trace[0] is not None:
                _trace[0]('throw' if out[0] else 'switch', (job, target))
            target._msg = out
            out = job = None
            # the thread goes back to the idle workers before control leaves it, so that the next
            # greenlet started reuses it (and the engine's per-thread state) instead of a new
            # thread
            if len(idle) >= _MAX_IDLE:
                target._lock.give()
                return
            idle.append(self)
            if not lock.handTo(target._lock):
                _take(lock)
            target = None
            job = self.job


try:
    # Jython: a thread started from Java sees the interpreter's default sys, not the session's
    # (where print goes); a greenlet's thread takes the sys of the code that imported greenlet
    from org.python.core import Py as _Py
    _session_sys = sys

    def _adopt_sys():
        _Py.setSystemState(_session_sys)
except ImportError:
    _adopt_sys = None

_MAX_IDLE = 2000
_PREWARM = 8


def _take(baton):
    # a wait an interrupt ended (GraalPy: Ctrl-C raises here, a closing context cancels here)
    while not baton.take():
        pass


def _hand(baton, nxt):
    if not baton.handTo(nxt):
        _take(baton)


def _start(g, cur):
    root = cur._root
    if root._idle:
        worker = root._idle.pop()
        worker.job = g
        _hand(cur._lock, worker.lock)
    else:
        _core.start(_Worker(g, root._idle).loop, root._group)
        _take(cur._lock)


def _switch(target, msg):
    cur = getcurrent()
    if target._root is not cur._root:
        raise error('cannot switch to a different thread')
    while target._finished:
        target = target._parent
    if _trace[0] is not None:
        _trace[0]('throw' if msg[0] else 'switch', (cur, target))
    if target is cur:
        return _receive(msg)
    target._msg = msg
    if target._started:
        # the hand-over is written out here rather than called (see _Worker.loop)
        if not cur._lock.handTo(target._lock):
            _take(cur._lock)
    else:
        target._started = True
        _start(target, cur)
    msg = cur._msg
    cur._msg = None
    return _receive(msg)


def _receive(msg):
    if msg[0]:
        typ, val, tb = msg[1]
        msg = None
        _raise(typ, val, tb)
    return _value_of(msg[1], msg[2])


# A few threads started now, while the program imports, so the first greenlets need not wait
# for the engine to set up a thread (slow on GraalPy).
_root = getcurrent()._root
for _i in range(_PREWARM):
    _core.start(_Worker(None, _root._idle).loop, _root._group)
del _root

greenlet.getcurrent = staticmethod(getcurrent)
greenlet.GreenletExit = GreenletExit
greenlet.error = error
greenlet.settrace = staticmethod(settrace)
greenlet.gettrace = staticmethod(gettrace)
getcurrent.__module__ = greenlet.__module__ = GreenletExit.__module__ = error.__module__ = 'greenlet'

# _switch: for gevent's hub, which switches without the method call in front
for _name in ('greenlet', 'GreenletExit', 'error', 'getcurrent', 'settrace', 'gettrace', '__version__',
              '_switch'):
    setattr(_target, _name, globals()[_name])
_target.__path__ = []
