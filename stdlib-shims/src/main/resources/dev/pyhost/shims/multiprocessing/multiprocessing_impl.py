# multiprocessing for both engines (written in the common subset of Python 2.7 and 3).
# _target is the module being built, _core this session's dev.pyhost.shims.multiprocessing.MpCore.
#
# A child process is a fresh interpreter state of the same JVM (MpCore.startChild), running on
# its own threads: children run in parallel on every core and start in a fraction of a JVM
# start. The child gets what CPython's fork start method leaves it, as far as scripts can tell:
# the parent's __main__ rebuilt without running its top level again (multiprocessing_main.py),
# sys.path, argv, working directory and environment, a copy of the Process object with its
# target and arguments (pickled as multiprocessing_fork.py describes, so that what fork gives a
# child without pickling reaches it too), and the parent's logging configuration, its records
# going to the parent's handlers (multiprocessing_logging.py). Its pid is that of a real
# placeholder process living as long as the child, so os.kill and terminate() reach it. Locks, queues, pipes, shared memory and manager stores
# are Java objects shared by every session; pickling one pickles a handle to the same object.
import os
import sys
import time
import threading
import itertools
import types
import atexit

try:
    import cPickle as _pickle
except ImportError:
    import pickle as _pickle

try:
    from queue import Empty, Full
except ImportError:
    from Queue import Empty, Full

PY3 = sys.version_info[0] >= 3
_SLICE = 0.05
_target.__path__ = []
_target.__all__ = [
    'Array', 'AuthenticationError', 'Barrier', 'BoundedSemaphore', 'BufferTooShort', 'Condition',
    'Event', 'JoinableQueue', 'Lock', 'Manager', 'Pipe', 'Pool', 'Process', 'ProcessError', 'Queue',
    'RLock', 'RawArray', 'RawValue', 'Semaphore', 'SimpleQueue', 'TimeoutError', 'Value',
    'active_children', 'allow_connection_pickling', 'cpu_count', 'current_process',
    'freeze_support', 'get_all_start_methods', 'get_context', 'get_logger', 'get_start_method',
    'log_to_stderr', 'parent_process', 'set_executable', 'set_forkserver_preload',
    'set_start_method']

_clock = getattr(time, 'monotonic', time.time)
_self_child = None  # in a child process: its dev.pyhost.shims.multiprocessing.Child
_hard_exited = False  # in a child process: it ended through os._exit


def _dumps(obj):
    return _pickle.dumps(obj, _pickle.HIGHEST_PROTOCOL).decode('latin-1')


def _loads(text):
    return _pickle.loads(text.encode('latin-1'))


_JYTHON = sys.version_info[0] == 2  # pyhost runs Python 2 on Jython, 3 on GraalPy


def _check_global(obj, depth=3):
    """Jython's cPickle pickles any function by name, even one its module has no such name for
    (a lambda, a nested function), which no other session could then load; CPython's refuses
    it with this error. Looks into the containers a task or message is usually made of."""
    if not _JYTHON:
        return
    if isinstance(obj, types.FunctionType):
        module = sys.modules.get(getattr(obj, '__module__', None) or '__main__')
        if getattr(module, obj.__name__, None) is not obj:
            raise _pickle.PicklingError(
                "Can't pickle <type 'function'>: attribute lookup __builtin__.function failed")
    elif depth and isinstance(obj, (tuple, list, set, frozenset)):
        for item in obj:
            _check_global(item, depth - 1)
    elif depth and isinstance(obj, dict):
        for item in obj.values():
            _check_global(item, depth - 1)


def _sliced(attempt, block=True, timeout=None):
    """Calls attempt(seconds) in short slices until it gives a true value or time runs out.

    Java waits are sliced so that Python code runs between them: that is where terminate()
    and Ctrl-C reach a blocked caller."""
    if not block:
        return attempt(0)
    deadline = None if timeout is None else _clock() + max(timeout, 0)
    while True:
        if _self_child is not None and _self_child.signalled():
            raise KeyboardInterrupt
        if deadline is None:
            step = _SLICE
        else:
            step = min(_SLICE, deadline - _clock())
            if step <= 0:
                return attempt(0)
        result = attempt(step)
        if result:
            return result


# ---------------------------------------------------------------------------------------------
# Errors

class ProcessError(Exception):
    pass


class BufferTooShort(ProcessError):
    pass


class TimeoutError(ProcessError):
    pass


class AuthenticationError(ProcessError):
    pass


# ---------------------------------------------------------------------------------------------
# Shared Java objects, pickled as handles

def _rebuild(cls, ident, state):
    obj = cls.__new__(cls)
    obj._ident = ident
    obj._obj = _core.shared(ident)
    obj._restore(state)
    return obj


class _Shared(object):
    def _share(self, obj):
        self._obj = obj
        self._ident = int(_core.share(obj))

    def _state(self):
        return None

    def _restore(self, state):
        pass

    def __reduce__(self):
        return (_rebuild, (type(self), self._ident, self._state()))


def _process_label():
    name = current_process().name
    if threading.current_thread().name != 'MainThread':
        name += '|' + threading.current_thread().name
    return name


class _SemLock(_Shared):
    def _init(self, recursive, value, maxvalue):
        self._share(_core.newSemLock(recursive, value, maxvalue))

    def acquire(self, block=True, timeout=None):
        obj = self._obj
        return bool(_sliced(obj.acquire, block, timeout))

    def release(self):
        result = self._obj.release()
        if result == 1:
            raise AssertionError('attempt to release recursive lock not owned by thread')
        if result == 2:
            raise ValueError('semaphore or lock released too many times')

    def __enter__(self):
        return self.acquire()

    def __exit__(self, *args):
        self.release()

    def _is_mine(self):
        return bool(self._obj.isMine())

    def _count(self):
        return int(self._obj.count())

    def get_value(self):
        return int(self._obj.value())


class Lock(_SemLock):
    def __init__(self, ctx=None):
        self._init(False, 1, 1)

    def __repr__(self):
        try:
            owner = 'None' if self.get_value() else 'SomeOtherThread'
        except Exception:
            owner = 'unknown'
        return '<%s(owner=%s)>' % (type(self).__name__, owner)


class RLock(_SemLock):
    def __init__(self, ctx=None):
        self._init(True, 1, 1)

    def __repr__(self):
        if self._is_mine():
            return '<%s(%s, %d)>' % (type(self).__name__, _process_label(), self._count())
        if self._obj.isOwned():
            return '<%s(SomeOtherThread, nonzero)>' % type(self).__name__
        return '<%s(None, 0)>' % type(self).__name__


class Semaphore(_SemLock):
    def __init__(self, value=1, ctx=None):
        if value < 0:
            raise ValueError('semaphore initial value must be >= 0')
        self._init(False, value, -1)

    def __repr__(self):
        return '<%s(value=%s)>' % (type(self).__name__, self.get_value())


class BoundedSemaphore(Semaphore):
    def __init__(self, value=1, ctx=None):
        if value < 0:
            raise ValueError('semaphore initial value must be >= 0')
        self._init(False, value, value)
        self._maxvalue = value

    def _state(self):
        return self._maxvalue

    def _restore(self, state):
        self._maxvalue = state

    def __repr__(self):
        return '<%s(value=%s, maxvalue=%s)>' % (type(self).__name__, self.get_value(), self._maxvalue)


class Condition(object):
    """A condition variable made of shared semaphores, so that it works across processes."""

    def __init__(self, lock=None, ctx=None):
        self._lock = lock or RLock()
        self._sleeping = Semaphore(0)
        self._woken = Semaphore(0)
        self._wakeup = Semaphore(0)
        self.acquire = self._lock.acquire
        self.release = self._lock.release

    def __getstate__(self):
        return (self._lock, self._sleeping, self._woken, self._wakeup)

    def __setstate__(self, state):
        self._lock, self._sleeping, self._woken, self._wakeup = state
        self.acquire = self._lock.acquire
        self.release = self._lock.release

    def __enter__(self):
        return self._lock.__enter__()

    def __exit__(self, *args):
        return self._lock.__exit__(*args)

    def _held_count(self):
        if isinstance(self._lock, RLock):
            return self._lock._count()
        return 1 if self._lock.get_value() == 0 else 0

    def wait(self, timeout=None):
        count = self._held_count()
        if not count:
            raise AssertionError('must acquire() condition before using wait()')
        self._sleeping.release()
        for _ in range(count):
            self._lock.release()
        try:
            return self._wakeup.acquire(True, timeout)
        finally:
            self._woken.release()
            for _ in range(count):
                self._lock.acquire()

    def notify(self, n=1):
        if not self._held_count():
            raise AssertionError('lock is not owned')
        # waiters that timed out since the last notify no longer sleep
        while self._woken.acquire(False):
            self._sleeping.acquire(False)
        woken = 0
        while woken < n and self._sleeping.acquire(False):
            self._wakeup.release()
            woken += 1
        if woken:
            for _ in range(woken):
                self._woken.acquire()
            while self._wakeup.acquire(False):
                pass

    def notify_all(self):
        self.notify(sys.maxsize)

    notifyAll = notify_all

    def wait_for(self, predicate, timeout=None):
        result = predicate()
        if result:
            return result
        endtime = None if timeout is None else _clock() + timeout
        waittime = timeout
        while not result:
            if endtime is not None:
                waittime = endtime - _clock()
                if waittime <= 0:
                    break
            self.wait(waittime)
            result = predicate()
        return result

    def __repr__(self):
        return '<Condition(%s, %d)>' % (self._lock, self._sleeping.get_value() - self._woken.get_value())


class Event(object):
    def __init__(self, ctx=None):
        self._cond = Condition(Lock())
        self._flag = Semaphore(0)

    def is_set(self):
        with self._cond:
            if self._flag.acquire(False):
                self._flag.release()
                return True
            return False

    isSet = is_set

    def set(self):
        with self._cond:
            self._flag.acquire(False)
            self._flag.release()
            self._cond.notify_all()

    def clear(self):
        with self._cond:
            self._flag.acquire(False)

    def wait(self, timeout=None):
        with self._cond:
            if self._flag.acquire(False):
                self._flag.release()
            else:
                self._cond.wait(timeout)
            if self._flag.acquire(False):
                self._flag.release()
                return True
            return False

    def __repr__(self):
        return '<%s.%s at %#x: %s>' % (type(self).__module__, type(self).__name__, id(self),
                                       'set' if self.is_set() else 'unset')


try:
    BrokenBarrierError = threading.BrokenBarrierError
except AttributeError:
    class BrokenBarrierError(RuntimeError):
        pass


class Barrier(object):
    """threading.Barrier's protocol over a shared Condition and shared state."""

    def __init__(self, parties, action=None, timeout=None, ctx=None):
        if parties < 1:
            raise ValueError('parties must be > 0')
        self._cond = Condition(Lock())
        self._array = RawArray('i', 2)  # state (0 filling, 1 draining, -1 resetting, -2 broken), count
        self._action = action
        self._timeout = timeout
        self._parties = parties

    def __getstate__(self):
        return (self._cond, self._array, self._action, self._timeout, self._parties)

    def __setstate__(self, state):
        self._cond, self._array, self._action, self._timeout, self._parties = state

    def _get(self, i):
        return self._array[i]

    def _set(self, i, v):
        self._array[i] = v

    def wait(self, timeout=None):
        if timeout is None:
            timeout = self._timeout
        with self._cond:
            self._enter()
            index = self._get(1)
            self._set(1, index + 1)
            try:
                if index + 1 == self._parties:
                    self._release()
                else:
                    self._wait(timeout)
                return index
            finally:
                self._set(1, self._get(1) - 1)
                self._exit()

    def _enter(self):
        while self._get(0) in (-1, 1):
            self._cond.wait()
        if self._get(0) < 0:
            raise BrokenBarrierError
        assert self._get(0) == 0

    def _release(self):
        try:
            if self._action:
                self._action()
            self._set(0, 1)
            self._cond.notify_all()
        except BaseException:
            self._break()
            raise

    def _wait(self, timeout):
        if not self._cond.wait_for(lambda: self._get(0) != 0, timeout):
            self._break()
            raise BrokenBarrierError
        if self._get(0) < 0:
            raise BrokenBarrierError
        assert self._get(0) == 1

    def _exit(self):
        if self._get(1) == 0 and self._get(0) in (-1, 1):
            self._set(0, 0)
            self._cond.notify_all()

    def reset(self):
        with self._cond:
            if self._get(1) > 0:
                if self._get(0) == 0:
                    self._set(0, -1)
                elif self._get(0) == -2:
                    self._set(0, -1)
            else:
                self._set(0, 0)
            self._cond.notify_all()

    def abort(self):
        with self._cond:
            self._break()

    def _break(self):
        self._set(0, -2)
        self._cond.notify_all()

    @property
    def parties(self):
        return self._parties

    @property
    def n_waiting(self):
        if self._get(0) == 0:
            return self._get(1)
        return 0

    @property
    def broken(self):
        return self._get(0) == -2


# ---------------------------------------------------------------------------------------------
# Shared memory: Value, Array, RawValue, RawArray

_CTYPE_NAMES = {'c': 'c_char', 'b': 'c_byte', 'B': 'c_ubyte', 'u': 'c_wchar', 'h': 'c_short',
                'H': 'c_ushort', 'i': 'c_int', 'I': 'c_uint', 'l': 'c_long', 'L': 'c_ulong',
                'q': 'c_longlong', 'Q': 'c_ulonglong', 'f': 'c_float', 'd': 'c_double', '?': 'c_bool'}
_UNSIGNED64 = ('L', 'Q')


def _typecode_of(typecode_or_type):
    code = getattr(typecode_or_type, '_type_', typecode_or_type)
    if not isinstance(code, str) or not _core.isTypecode(code):
        if isinstance(typecode_or_type, str):
            raise TypeError("unsupported typecode %r" % (typecode_or_type,))
        raise TypeError('bad type %r' % (typecode_or_type,))
    return code


def _integer(value):
    """value as an integer element of a ctypes array, with CPython's message for a non-integer."""
    import numbers
    if isinstance(value, numbers.Integral):
        return value
    if PY3:
        raise TypeError("'%s' object cannot be interpreted as an integer" % type(value).__name__)
    if isinstance(value, float):
        raise TypeError('int expected instead of float')
    raise TypeError('an integer is required')


class _Memory(_Shared):
    """A RawArray; also the storage of a RawValue (one element)."""

    def __init__(self, typecode, size):
        self._share(_core.newArray(typecode, size))
        self._typecode = typecode

    def _state(self):
        return self._typecode

    def _restore(self, state):
        self._typecode = state

    def __len__(self):
        return int(self._obj.length())

    def _get(self, i):
        code = self._typecode
        if code in 'fd':
            return float(self._obj.getFloat(i))
        v = int(self._obj.getInt(i))
        if code == 'c':
            return bytes(bytearray([v]))
        if code == 'u':
            return (chr if PY3 else unichr)(v)  # noqa: F821 (Python 2)
        if code == '?':
            return bool(v)
        if code in _UNSIGNED64 and v < 0:
            v += 1 << 64
        return v

    def _put(self, i, value):
        code = self._typecode
        if code in 'fd':
            if not isinstance(value, (int, float)) and not (not PY3 and isinstance(value, long)):  # noqa: F821
                raise TypeError('must be real number, not %s' % type(value).__name__)
            self._obj.setFloat(i, float(value))
            return
        if code == 'c':
            if not isinstance(value, bytes) or len(value) != 1:
                raise TypeError('one character bytes, bytearray or integer expected')
            value = bytearray(value)[0]
        elif code == 'u':
            value = ord(value)
        elif type(value) is not int:
            value = _integer(value)
        v = int(value)
        if v >= 1 << 63:
            v -= 1 << 64
        self._obj.setInt(i, v)

    def _index(self, i):
        n = len(self)
        if i < 0:
            i += n
        if not 0 <= i < n:
            raise IndexError('invalid index')
        return i

    def __getitem__(self, i):
        if isinstance(i, slice):
            return [self._get(k) for k in range(*i.indices(len(self)))] if self._typecode != 'c' \
                else b''.join(self._get(k) for k in range(*i.indices(len(self))))
        return self._get(self._index(i))

    def __setitem__(self, i, value):
        if isinstance(i, slice):
            indices = range(*i.indices(len(self)))
            values = list(value) if self._typecode != 'c' else [bytes(bytearray([b])) for b in bytearray(value)]
            if len(values) != len(indices):
                raise ValueError('Can only assign sequence of same size')
            for k, v in zip(indices, values):
                self._put(k, v)
            return
        self._put(self._index(i), value)

    def __getslice__(self, i, j):  # Python 2
        return self.__getitem__(slice(i, j))

    def __setslice__(self, i, j, value):  # Python 2
        return self.__setitem__(slice(i, j), value)

    def __iter__(self):
        for k in range(len(self)):
            yield self._get(k)

    # Array('c') has .value (up to the first NUL) and .raw
    @property
    def value(self):
        data = self[:]
        return data.split(b'\0', 1)[0] if self._typecode == 'c' else data

    @value.setter
    def value(self, data):
        self[:len(data)] = data
        if self._typecode == 'c' and len(data) < len(self):
            self[len(data)] = b'\0'

    @property
    def raw(self):
        return self[:]

    @raw.setter
    def raw(self, data):
        self[:len(data)] = data

    def __repr__(self):
        return '<multiprocessing.sharedctypes.%s_Array_%d object at %#x>' % (
            _CTYPE_NAMES[self._typecode], len(self), id(self))


class _Scalar(object):
    """A RawValue: one element with .value."""

    def __init__(self, memory):
        self._mem = memory

    @property
    def value(self):
        return self._mem._get(0)

    @value.setter
    def value(self, v):
        self._mem._put(0, v)

    def __repr__(self):
        return '%s(%r)' % (_CTYPE_NAMES[self._mem._typecode], self.value)


def RawValue(typecode_or_type, *args):
    code = _typecode_of(typecode_or_type)
    v = _Scalar(_Memory(code, 1))
    if args:
        v.value = args[0]
    return v


def RawArray(typecode_or_type, size_or_initializer):
    code = _typecode_of(typecode_or_type)
    if isinstance(size_or_initializer, int) or (not PY3 and isinstance(size_or_initializer, long)):  # noqa: F821
        return _Memory(code, size_or_initializer)
    items = size_or_initializer
    if code == 'c' and isinstance(items, (bytes, bytearray)):
        items = [bytes(bytearray([b])) for b in bytearray(items)]
    items = list(items)
    mem = _Memory(code, len(items))
    for i, v in enumerate(items):
        mem._put(i, v)
    return mem


def _lock_for(lock):
    if lock is True or lock is None:
        return RLock()
    if not hasattr(lock, 'acquire'):
        raise AttributeError("%r has no method 'acquire'" % lock)
    return lock


class Synchronized(object):
    def __init__(self, obj, lock):
        self._obj = obj
        self._lock = lock
        self.acquire = lock.acquire
        self.release = lock.release

    def __reduce__(self):
        return (type(self), (self._obj, self._lock))

    def __enter__(self):
        return self._lock.__enter__()

    def __exit__(self, *args):
        return self._lock.__exit__(*args)

    def get_obj(self):
        return self._obj

    def get_lock(self):
        return self._lock

    @property
    def value(self):
        with self._lock:
            return self._obj.value

    @value.setter
    def value(self, v):
        with self._lock:
            self._obj.value = v

    def __repr__(self):
        return '<%s wrapper for %r>' % (type(self).__name__, self._obj)


class SynchronizedArray(Synchronized):
    def __len__(self):
        return len(self._obj)

    def __getitem__(self, i):
        with self._lock:
            return self._obj[i]

    def __setitem__(self, i, value):
        with self._lock:
            self._obj[i] = value

    def __getslice__(self, i, j):  # Python 2
        return self.__getitem__(slice(i, j))

    def __setslice__(self, i, j, value):  # Python 2
        return self.__setitem__(slice(i, j), value)

    def __iter__(self):
        return iter(self[:])


class SynchronizedString(SynchronizedArray):
    """An Array('c', ...): CPython's wrapper gives it the value and raw of its ctypes array."""
    @property
    def value(self):
        with self._lock:
            return self._obj.value

    @value.setter
    def value(self, v):
        with self._lock:
            self._obj.value = v

    @property
    def raw(self):
        with self._lock:
            return self._obj.raw

    @raw.setter
    def raw(self, v):
        with self._lock:
            self._obj.raw = v


class _ScalarWrapper(Synchronized):
    def __reduce__(self):
        return (_rewrap_scalar, (self._obj._mem, self._lock))


def _rewrap_scalar(mem, lock):
    return Synchronized(_Scalar(mem), lock)


def _pickle_scalar(self):
    return (_Scalar, (self._mem,))


_Scalar.__reduce__ = _pickle_scalar


def Value(typecode_or_type, *args, **kwds):
    lock = kwds.pop('lock', True)
    kwds.pop('ctx', None)
    if kwds:
        raise ValueError('unrecognized keyword argument(s): %s' % list(kwds.keys()))
    obj = RawValue(typecode_or_type, *args)
    if lock is False:
        return obj
    return Synchronized(obj, _lock_for(lock))


def Array(typecode_or_type, size_or_initializer, **kwds):
    lock = kwds.pop('lock', True)
    kwds.pop('ctx', None)
    if kwds:
        raise ValueError('unrecognized keyword argument(s): %s' % list(kwds.keys()))
    obj = RawArray(typecode_or_type, size_or_initializer)
    if lock is False:
        return obj
    wrapper = SynchronizedString if obj._typecode == 'c' else SynchronizedArray
    return wrapper(obj, _lock_for(lock))


# ---------------------------------------------------------------------------------------------
# Queues and pipes

class Queue(_Shared):
    def __init__(self, maxsize=0, ctx=None):
        if maxsize <= 0:
            maxsize = 2147483647
        self._maxsize = maxsize
        self._share(_core.newChannel(maxsize))
        self._closed = False

    def _state(self):
        return self._maxsize

    def _restore(self, state):
        self._maxsize = state
        self._closed = False

    def _encode(self, obj):
        _check_global(obj)
        return _dumps(obj)

    def put(self, obj, block=True, timeout=None):
        if self._closed:
            raise ValueError('Queue %r is closed' % self) if PY3 else AssertionError()
        try:
            data = self._encode(obj)
        except Exception:
            # CPython pickles in a feeder thread, which reports the error and drops the item
            import traceback
            traceback.print_exc()
            return
        ch = self._obj
        if not _sliced(lambda t: ch.put(data, t), block, timeout):
            raise Full

    def get(self, block=True, timeout=None):
        if self._closed:
            raise ValueError('Queue %r is closed' % self) if PY3 else IOError('handle is closed')
        ch = self._obj
        data = _sliced(ch.get, block, timeout)
        if data is None:
            raise Empty
        return _loads(data)

    def put_nowait(self, obj):
        return self.put(obj, False)

    def get_nowait(self):
        return self.get(False)

    def qsize(self):
        return int(self._obj.size())

    def empty(self):
        return self.qsize() == 0

    def full(self):
        return bool(self._obj.isFull())

    def close(self):
        self._closed = True

    def join_thread(self):
        if not self._closed:
            raise AssertionError('Queue {0!r} not closed'.format(self))

    def cancel_join_thread(self):
        pass


class JoinableQueue(Queue):
    def __init__(self, maxsize=0, ctx=None):
        Queue.__init__(self, maxsize)
        self._unfinished = Semaphore(0)
        self._cond = Condition()

    def _state(self):
        return (self._maxsize, self._unfinished, self._cond)

    def _restore(self, state):
        self._maxsize, self._unfinished, self._cond = state
        self._closed = False

    def put(self, obj, block=True, timeout=None):
        with self._cond:
            Queue.put(self, obj, block, timeout)
            self._unfinished.release()

    def task_done(self):
        with self._cond:
            if not self._unfinished.acquire(False):
                raise ValueError('task_done() called too many times')
            if self._unfinished.get_value() == 0:
                self._cond.notify_all()

    def join(self):
        with self._cond:
            while self._unfinished.get_value() != 0:
                self._cond.wait()


class SimpleQueue(Queue):
    def __init__(self, ctx=None):
        Queue.__init__(self)

    def get(self):
        return Queue.get(self)

    def put(self, obj):
        return Queue.put(self, obj)


class Connection(object):
    """One end of a Pipe: reads one shared channel, writes the other."""

    def __init__(self, inbox, outbox):
        self._inbox = inbox
        self._outbox = outbox
        self._pending = None
        self._closed = False

    def __reduce__(self):
        return (_rebuild_connection, (self._inbox and self._inbox._ident, self._outbox and self._outbox._ident))

    @property
    def closed(self):
        return self._closed

    @property
    def readable(self):
        return self._inbox is not None

    @property
    def writable(self):
        return self._outbox is not None

    def _check(self, reading):
        if self._closed:
            raise (OSError if PY3 else IOError)('handle is closed')
        if reading and self._inbox is None:
            raise (OSError if PY3 else IOError)('connection is write-only')
        if not reading and self._outbox is None:
            raise (OSError if PY3 else IOError)('connection is read-only')

    def _send(self, tagged):
        self._check(False)
        if self._outbox._obj.isClosed():
            raise (BrokenPipeError if PY3 else IOError)(32, 'Broken pipe')  # noqa: F821
        self._outbox._obj.put(tagged, 0)

    def send(self, obj):
        self._check(False)
        _check_global(obj)
        self._send('P' + _dumps(obj))

    def send_bytes(self, buf, offset=0, size=None):
        data = bytes(memoryview(buf).tobytes()) if PY3 else str(buf)
        if offset < 0:
            raise ValueError('offset is negative')
        if offset > len(data):
            raise ValueError('buffer length < offset')
        if size is None:
            size = len(data) - offset
        if size < 0:
            raise ValueError('size is negative')
        if offset + size > len(data):
            raise ValueError('buffer length < offset + size')
        self._send('B' + data[offset:offset + size].decode('latin-1'))

    def _next(self, block=True, timeout=None):
        if self._pending is not None:
            item, self._pending = self._pending, None
            return item
        ch = self._inbox._obj

        def attempt(t):
            item = ch.get(t)
            if item is None and ch.atEnd():
                raise EOFError
            return item

        return _sliced(attempt, block, timeout)

    def recv(self):
        self._check(True)
        item = self._next()
        if item[0] == 'P':
            return _loads(item[1:])
        return item[1:].encode('latin-1')

    def recv_bytes(self, maxlength=None):
        self._check(True)
        item = self._next()
        data = item[1:].encode('latin-1') if item[0] == 'B' else _loads(item[1:])
        if maxlength is not None and len(data) > maxlength:
            self.close()
            raise (OSError if PY3 else IOError)('bad message length')
        return data

    def recv_bytes_into(self, buf, offset=0):
        data = self.recv_bytes()
        view = memoryview(buf)
        if offset + len(data) > len(view):
            raise BufferTooShort(data)
        view[offset:offset + len(data)] = data
        return len(data)

    def poll(self, timeout=0.0):
        self._check(True)
        if self._pending is not None:
            return True
        try:
            self._pending = self._next(True, timeout)
        except EOFError:
            return True
        return self._pending is not None

    def close(self):
        if not self._closed:
            self._closed = True
            if self._outbox is not None:
                self._outbox._obj.close()

    def fileno(self):
        self._check(True) if self._inbox is not None else self._check(False)
        raise (OSError if PY3 else IOError)('pyhost pipes have no file descriptor')

    def __enter__(self):
        return self

    def __exit__(self, *args):
        self.close()


class _Wire(_Shared):
    def __init__(self):
        self._share(_core.newChannel(0))


def _wire(ident):
    if ident is None:
        return None
    w = _Wire.__new__(_Wire)
    w._ident = ident
    w._obj = _core.shared(ident)
    return w


def _rebuild_connection(inbox, outbox):
    return Connection(_wire(inbox), _wire(outbox))


def Pipe(duplex=True):
    a, b = _Wire(), _Wire()
    if duplex:
        return Connection(a, b), Connection(b, a)
    return Connection(a, None), Connection(None, a)


# ---------------------------------------------------------------------------------------------
# Processes

class _Config(object):
    children = None


_counter = itertools.count(1)
_children = set()


class BaseProcess(object):
    def __init__(self, group=None, target=None, name=None, args=(), kwargs={}, daemon=None):
        assert group is None, 'group argument must be None for now'
        count = next(_counter)
        self._identity = _current._identity + (count,)
        self._parent_pid = os.getpid()
        self._parent_name = _current.name
        self._child = None
        self._target = target
        self._args = tuple(args)
        self._kwargs = dict(kwargs)
        self._name = name or type(self).__name__ + '-' + ':'.join(str(i) for i in self._identity)
        self._daemonic = _current.daemon if daemon is None else daemon
        self._closed = False

    def __getstate__(self):
        state = self.__dict__.copy()
        state['_child'] = None
        return state

    def run(self):
        if self._target:
            self._target(*self._args, **self._kwargs)

    def start(self):
        self._check_closed()
        assert self._child is None, 'cannot start a process twice'
        assert self._parent_pid == os.getpid(), 'can only start a process object created by current process'
        assert not _current.daemon, 'daemonic processes are not allowed to have children'
        _reap()
        payload, handed = _process_payload(self)
        self._child = _core.startChild(self._name, payload, handed, os.getcwd(), dict(os.environ),
                                       os.getpid())
        _children.add(self)
        _logging_listen()

    def _check_closed(self):
        if self._closed:
            raise ValueError('process object is closed')

    def terminate(self):
        self._check_closed()
        if self._child is not None:
            self._child.terminate()

    def kill(self):
        self._check_closed()
        if self._child is not None:
            self._child.kill()

    def join(self, timeout=None):
        self._check_closed()
        assert self._parent_pid == os.getpid(), 'can only join a child process'
        assert self._child is not None, 'can only join a started process'
        child = self._child
        done = _sliced(lambda t: child.join(t), True, timeout)
        if done:
            _children.discard(self)
            _logging_settle()

    def is_alive(self):
        self._check_closed()
        if self is _current:
            return True
        assert self._parent_pid == os.getpid(), 'can only test a child process'
        if self._child is None:
            return False
        alive = bool(self._child.isAlive())
        if not alive:
            _children.discard(self)
        return alive

    def close(self):
        if self._child is not None and self._child.isAlive():
            raise ValueError('Cannot close a process while it is still running. '
                             'You should first call join() or terminate().')
        self._closed = True

    @property
    def name(self):
        return self._name

    @name.setter
    def name(self, name):
        assert isinstance(name, str), 'name must be a string'
        self._name = name

    @property
    def daemon(self):
        return self._daemonic

    @daemon.setter
    def daemon(self, daemonic):
        assert self._child is None, 'process has already started'
        self._daemonic = daemonic

    @property
    def exitcode(self):
        self._check_closed()
        if self._child is None:
            return None
        code = self._child.exitCode()
        return None if code is None else int(code)

    @property
    def ident(self):
        self._check_closed()
        if self is _current:
            return os.getpid()
        return None if self._child is None else int(self._child.pid())

    pid = ident

    @property
    def authkey(self):
        return b'pyhost'

    @property
    def sentinel(self):
        raise ValueError('process not started') if self._child is None else NotImplementedError

    def _state_text(self):
        if self is _current:
            return 'started'
        if self._closed:
            return 'closed'
        if self._child is None:
            return 'initial'
        code = self.exitcode
        if code is None:
            return 'started'
        return code

    def __repr__(self):
        status = self._state_text()
        if not PY3:
            if not isinstance(status, str):
                status = 'stopped[%s]' % status if status else 'stopped'
            return '<%s(%s, %s%s)>' % (type(self).__name__, self._name, status,
                                       self._daemonic and ' daemon' or '')
        info = [type(self).__name__, 'name=%r' % self._name]
        if self._child is not None and self is not _current:
            info.append('pid=%s' % self.pid)
        info.append('parent=%s' % (self._parent_pid if self._parent_pid is not None else None))
        if isinstance(status, int):
            info.append('stopped exitcode=%s' % (_exit_text(status)))
        else:
            info.append(status)
        if self._daemonic:
            info.append('daemon')
        return '<%s>' % ' '.join(info)

    # Python 2 spellings
    def getName(self):
        return self._name

    def setName(self, name):
        self.name = name

    def is_daemon(self):
        return self._daemonic


def _exit_text(code):
    if code < 0:
        import signal
        for n in dir(signal):
            if n.startswith('SIG') and not n.startswith('SIG_') and getattr(signal, n) == -code:
                return '-' + n
    return str(code)


class Process(BaseProcess):
    pass


class _MainProcess(BaseProcess):
    def __init__(self):
        self._identity = ()
        self._name = 'MainProcess'
        self._parent_pid = None
        self._parent_name = None
        self._child = None
        self._daemonic = False
        self._closed = False
        self._target = None
        self._args = ()
        self._kwargs = {}

    def __repr__(self):
        if PY3:
            return "<_MainProcess name='MainProcess' parent=None started>"
        return '<_MainProcess(MainProcess, started)>'


_current = _MainProcess()
_parent = None


def current_process():
    return _current


def parent_process():
    return _parent


def _reap():
    for p in list(_children):
        if p._child is not None and not p._child.isAlive():
            _children.discard(p)


def active_children():
    _reap()
    return list(_children)


def _header(process):
    return {'main': _main_file(), 'replayed': _main_classes() + _main_modules(), 'logging': _logging_snapshot(),
            'sys_path': list(sys.path), 'argv': list(sys.argv),
            'ppid': os.getpid(), 'parent_name': _current.name, 'state': _process_state()}


# What else of the parent's state a forked child has, that the script may have set at its top
# level (the child does not run those statements again): the socket module's default timeout,
# the recursion limit, the umask, the warnings filters and the signal dispositions (SIGINT
# stays terminate()'s). Each part is pickled on its own, so that one that cannot go (a filter of
# a class the child cannot import) leaves the others; the filters and handlers are set after
# the child has the script's definitions.
def _process_state():
    state = {'recursionlimit': sys.getrecursionlimit()}
    socket = sys.modules.get('socket')
    if socket is not None:
        state['socket_timeout'] = socket.getdefaulttimeout()
    try:
        mask = os.umask(0o022)
        os.umask(mask)
        state['umask'] = mask
    except Exception:
        pass
    warnings = sys.modules.get('warnings')
    if warnings is not None:
        try:
            state['warnings'] = _dumps(list(warnings.filters))
        except Exception:
            pass
    signal = sys.modules.get('signal')
    if signal is not None:
        handlers = {}
        for name in ('SIGTERM', 'SIGHUP', 'SIGQUIT', 'SIGUSR1', 'SIGUSR2', 'SIGPIPE', 'SIGCHLD', 'SIGALRM'):
            number = getattr(signal, name, None)
            try:
                handler = signal.getsignal(number) if number is not None else None
                # Jython's SIG_IGN and SIG_DFL are Java objects, which do not pickle: by name
                if handler is signal.SIG_IGN or handler is signal.SIG_DFL:
                    handlers[number] = 'SIG_IGN' if handler is signal.SIG_IGN else 'SIG_DFL'
                elif handler is not None:
                    handlers[number] = _dumps(handler)
            except Exception:
                pass
        state['signals'] = handlers
    return state


def _set_process_state(state, definitions_loaded):
    if not definitions_loaded:
        sys.setrecursionlimit(state['recursionlimit'])
        if 'socket_timeout' in state and (state['socket_timeout'] is not None or 'socket' in sys.modules):
            import socket
            socket.setdefaulttimeout(state['socket_timeout'])
        if 'umask' in state:
            os.umask(state['umask'])
        return
    if 'warnings' in state:
        try:
            filters = _loads(state['warnings'])
            import warnings
            warnings.filters[:] = filters
            getattr(warnings, '_filters_mutated', lambda: None)()
        except Exception:
            pass
    if state.get('signals'):
        import signal
        for number, handler in state['signals'].items():
            try:
                if handler in ('SIG_IGN', 'SIG_DFL'):
                    handler = getattr(signal, handler)
                else:
                    handler = _loads(handler)
                if signal.getsignal(number) != handler:
                    signal.signal(number, handler)
            except Exception:
                pass


def _process_payload(process):
    """What the child is started with: the pickled Process, __main__'s data, and the functions
    and modules of __main__ that the functions sent by value use (a child loading the script
    does not define those under its `if __name__ == '__main__'`, nor any when the script came
    from standard input); and the objects these pickles hand over as they are. A function of
    __main__ that cannot be pickled (its closure holds a socket, say) is left out."""
    writer = _ForkWriter()
    body = writer.dumps(process)
    functions = _fork_main_globals(writer.names | _main_class_names())
    extra = None
    if functions:
        try:
            extra = writer.dumps(functions)
        except Exception:
            # one of them cannot go: start again without it (a failed pickle may have left
            # objects noted in the writer that no pickle the child loads would build)
            writer = _ForkWriter()
            body = writer.dumps(process)
            functions = dict((k, v) for k, v in functions.items() if _fork_picklable(v))
            extra = writer.dumps(functions) if functions else None
    return _dumps((_header(process), body, _main_data(), extra)), writer.handed


def _fork_picklable(obj):
    try:
        _ForkWriter().dumps(obj)  # a writer of its own: the child loads none of it
        return True
    except Exception:
        return False


def _child_main(child):
    """Runs in the child's own session: loads the parent's main module, then the Process."""
    global _current, _parent, _self_child
    code = 1
    _self_child = child
    try:
        _interruptible()
        if not _JYTHON:  # Jython's interrupt reaches sleeping code
            _patch_sleep(child)
        header, body, data, extra = _loads(child.payload())
        pid = int(child.pid())
        ppid = header['ppid']

        def getpid():
            return pid

        def getppid():
            return ppid

        os.getpid = getpid
        os.getppid = getppid
        sys.path[:] = header['sys_path']
        sys.argv[:] = header['argv']
        _parent = _MainProcess()
        _parent._name = header['parent_name']
        _logging_mirror(header['logging'])
        _set_process_state(header['state'], False)
        if header['main']:
            _load_main(header['main'], header['replayed'], data)
        else:  # a script from standard input: the child's __main__ gets the parent's data
            _set_data(sys.modules.get('__main__'), data)
        main = sys.modules.get('__main__')
        reader = _ForkReader(child.handed())
        try:
            process = reader.loads(body)
            for k, v in (reader.loads(extra) if extra else {}).items():
                setattr(main, k, v)  # the parent's value, as fork leaves it
        except Exception:
            # what CPython's spawned child prints when it cannot unpickle its Process (a class the
            # child's copy of the script does not define, say); the exit code is 1
            import traceback
            traceback.print_exc()
            return
        _set_process_state(header['state'], True)  # handlers name the script's functions as now set
        process._child = None
        process._parent_pid = ppid
        _current = process
        _children.clear()
        code = _run_process(process, child)
    finally:
        try:
            if not _hard_exited:
                _exit_function()
        finally:
            _forget_exit_handlers()
            for stream in (sys.stdout, sys.stderr):
                try:
                    stream.flush()
                except Exception:
                    pass
            child.exit(code)


def _interruptible():
    """terminate() interrupts the child's main thread as Ctrl-C would: a session that is not
    the process's main program has no SIGINT handler of its own until it gets this one."""
    try:
        import signal
        if signal.getsignal(signal.SIGINT) is not signal.default_int_handler:
            signal.signal(signal.SIGINT, signal.default_int_handler)
    except Exception:
        pass


def _patch_sleep(child):
    """time.sleep in a child sleeps in slices and ends when the child is terminated: the
    interrupt that stops busy code does not reach a GraalPy session that is not the process's
    main program, but a terminated child that sleeps in a loop stops this way on either engine."""
    real = time.sleep

    def sleep(seconds):
        end = _clock() + seconds
        while True:
            if child.signalled():
                raise KeyboardInterrupt
            left = end - _clock()
            if left <= 0:
                return
            real(min(left, _SLICE))

    sleep.__name__ = 'sleep'
    sleep.__doc__ = real.__doc__
    time.sleep = sleep


_HardExit = getattr(sys.modules.get('_pyhost'), 'HardExit', ())  # os._exit in a shared process


def _run_process(process, child):
    global _hard_exited
    try:
        process.run()
        return 0
    except _HardExit as e:
        _hard_exited = True  # as a process that called _exit(2): no exit handlers, no finalizers
        return e.status & 0xff
    except SystemExit as e:
        return _exit_status(e)
    except KeyboardInterrupt:
        if child.signalled():
            return 1
        _report(process)
        return 1
    except BaseException:
        _report(process)
        return 1


def _exit_status(e):
    """A child's exit status from its SystemExit, as CPython's Process._bootstrap computes it:
    Python 2 looks at args (so sys.exit() and sys.exit(None) give 1), Python 3 at code. The
    status is what waitpid reports, the low 8 bits."""
    if PY3:
        code = e.code
        if code is None:
            return 0
    else:
        if not e.args:
            return 1
        code = e.args[0]
    if isinstance(code, int):
        return code & 0xff
    sys.stderr.write(str(code) + '\n')
    sys.stderr.flush()
    return 1


def _report(process):
    import traceback
    sys.stderr.write('Process %s:\n' % process.name)
    traceback.print_exc()
    sys.stderr.flush()


def _forget_exit_handlers():
    """A child ends as with os._exit: the parent's exit handlers it inherited do not run."""
    try:
        if PY3:
            atexit._clear()
        else:
            del atexit._exithandlers[:]
            sys.__dict__.pop('exitfunc', None)
    except Exception:
        pass


def _exit_function():
    """At interpreter exit, as CPython: daemonic children are terminated, the others joined."""
    for p in list(_children):
        if p._daemonic:
            p.terminate()
    for p in list(_children):
        try:
            p.join()
        except Exception:
            pass
    if _self_child is None:
        try:
            _core.dropSpares()
        except Exception:
            pass


atexit.register(_exit_function)


def cpu_count():
    return int(_core.cpuCount())


def freeze_support():
    pass


def allow_connection_pickling():
    pass


def set_executable(executable):
    pass


def set_forkserver_preload(module_names):
    pass


def get_logger():
    import logging
    return logging.getLogger('multiprocessing')


def log_to_stderr(level=None):
    import logging
    logger = get_logger()
    handler = logging.StreamHandler()
    handler.setFormatter(logging.Formatter('[%(levelname)s/%(processName)s] %(message)s'))
    logger.addHandler(handler)
    if level:
        logger.setLevel(level)
    return logger


# ---------------------------------------------------------------------------------------------
# Pool

class MaybeEncodingError(Exception):
    def __init__(self, exc, value):
        self.exc = repr(exc)
        self.value = repr(value)
        Exception.__init__(self, self.exc, self.value)

    def __str__(self):
        return "Error sending result: '%s'. Reason: '%s'" % (self.value, self.exc)

    def __repr__(self):
        return '<%s: %s>' % (type(self).__name__, self)


class RemoteTraceback(Exception):
    def __init__(self, tb):
        self.tb = tb

    def __str__(self):
        return self.tb


def _pool_worker(tasks, results, initializer, initargs, maxtasks):
    if initializer is not None:
        initializer(*initargs)
    done = 0
    while maxtasks is None or done < maxtasks:
        try:
            task = tasks.get()
        except (EOFError, OSError, IOError):
            break
        if task is None:
            break
        job, i, body = task
        try:
            func, calls, star = _loads(body)
        except Exception as e:
            # a task this session cannot rebuild fails its job; the worker lives on
            import traceback
            results.put_strict((job, i, (False, (e, traceback.format_exc()))))
            done += 1
            continue
        try:
            if star:
                value = (True, [func(*args) for args in calls])
            else:
                value = (True, [func(*args, **kwds) for args, kwds in calls])
        except Exception as e:
            import traceback
            value = (False, (e, traceback.format_exc()))
        try:
            results.put_strict((job, i, value))
        except Exception as e:
            wrapped = MaybeEncodingError(e, value[1])
            results.put_strict((job, i, (False, (wrapped, ''))))
        done += 1


class _ResultQueue(Queue):
    def put_strict(self, obj):
        data = _dumps(obj)
        ch = self._obj
        _sliced(lambda t: ch.put(data, t))


_job_counter = itertools.count()
_RUN, _CLOSE, _TERMINATE = 0, 1, 2


class ApplyResult(object):
    def __init__(self, pool, chunks, callback=None, error_callback=None):
        self._pool = pool
        self._job = next(_job_counter)
        self._event = threading.Event()
        self._chunks = chunks
        self._parts = {}
        self._callback = callback
        self._error_callback = error_callback
        self._success = None
        self._value = None
        pool._cache[self._job] = self

    def ready(self):
        return self._event.is_set()

    def successful(self):
        if not self.ready():
            raise ValueError('{0!r} not ready'.format(self))
        return self._success

    def wait(self, timeout=None):
        self._event.wait(timeout)

    def get(self, timeout=None):
        self.wait(timeout)
        if not self.ready():
            raise TimeoutError
        if self._success:
            return self._value
        raise self._value

    def _set(self, i, ok, value):
        if self._event.is_set():
            return
        if not ok:
            self._fail(value)
            return
        self._parts[i] = value
        self._part_done(i, value)
        if len(self._parts) == self._chunks:
            self._finish()

    def _part_done(self, i, value):
        pass

    def _fail(self, value):
        exc, tb = value
        if PY3 and tb:
            try:
                exc.__cause__ = RemoteTraceback('\n"""\n%s"""' % tb)
            except Exception:
                pass
        self._success, self._value = False, exc
        self._pool._cache.pop(self._job, None)
        self._event.set()
        if self._error_callback:
            self._error_callback(exc)

    def _result(self):
        return self._parts[0][0]

    def _finish(self):
        self._success, self._value = True, self._result()
        self._pool._cache.pop(self._job, None)
        if self._callback:
            self._callback(self._value)
        self._event.set()

    def __repr__(self):
        return '<multiprocessing.pool.%s object at %#x>' % (type(self).__name__, id(self))


AsyncResult = ApplyResult


class MapResult(ApplyResult):
    def _result(self):
        out = []
        for i in range(self._chunks):
            out.extend(self._parts[i])
        return out


class IMapIterator(object):
    def __init__(self, pool, chunks, ordered):
        self._cond = threading.Condition(threading.Lock())
        self._pool = pool
        self._job = next(_job_counter)
        self._chunks = chunks
        self._ordered = ordered
        self._items = {} if ordered else []
        self._next_chunk = 0
        self._buffer = []
        self._received = 0
        pool._cache[self._job] = self

    def _set(self, i, ok, value):
        with self._cond:
            self._received += 1
            if not ok:
                exc, tb = value
                entry = ('error', exc)
            else:
                entry = ('ok', value)
            if self._ordered:
                self._items[i] = entry
            else:
                self._items.append(entry)
            if self._received == self._chunks:
                self._pool._cache.pop(self._job, None)
            self._cond.notify_all()

    def __iter__(self):
        return self

    def _take(self):
        if self._ordered:
            if self._next_chunk in self._items:
                entry = self._items.pop(self._next_chunk)
                self._next_chunk += 1
                return entry
            return None
        if self._items:
            self._next_chunk += 1
            return self._items.pop(0)
        return None

    def next(self, timeout=None):
        while True:
            if self._buffer:
                return self._buffer.pop(0)
            with self._cond:
                if self._next_chunk >= self._chunks:
                    raise StopIteration
                entry = self._take()
                # any chunk's arrival wakes the waiter: an ordered iterator waits on until the
                # one it needs is there, or the time is up
                deadline = None if timeout is None else _clock() + timeout
                while entry is None:
                    left = None if deadline is None else deadline - _clock()
                    if left is not None and left <= 0:
                        raise TimeoutError
                    self._cond.wait(left)
                    entry = self._take()
            kind, value = entry
            if kind == 'error':
                raise value
            self._buffer.extend(value)

    __next__ = next


class IMapUnorderedIterator(IMapIterator):
    pass


class Pool(object):
    _worker_name = 'ForkPoolWorker' if PY3 else 'PoolWorker'

    def __init__(self, processes=None, initializer=None, initargs=(), maxtasksperchild=None, context=None):
        if processes is None:
            processes = cpu_count()
        if processes < 1:
            raise ValueError('Number of processes must be at least 1')
        if maxtasksperchild is not None:
            if not isinstance(maxtasksperchild, int) or maxtasksperchild <= 0:
                raise ValueError('maxtasksperchild must be a positive int or None')
        if initializer is not None and not callable(initializer):
            raise TypeError('initializer must be a callable')
        self._processes = processes
        self._initializer = initializer
        self._initargs = initargs
        self._maxtasks = maxtasksperchild
        self._tasks = Queue()
        self._results = _ResultQueue()
        self._cache = {}
        self._state = _RUN
        self._pool = []
        self._lock = threading.Lock()
        self._repopulate()
        self._handler = threading.Thread(target=self._handle_results, name='pyhost-pool-results')
        self._handler.daemon = True
        self._handler.start()

    def _repopulate(self):
        with self._lock:
            self._pool = [w for w in self._pool if w.exitcode is None]
            while len(self._pool) < self._processes and self._state == _RUN:
                w = Process(target=_pool_worker,
                            args=(self._tasks, self._results, self._initializer, self._initargs, self._maxtasks))
                w._name = w._name.replace('Process', self._worker_name)
                w.daemon = True
                w.start()
                self._pool.append(w)

    def _handle_results(self):
        while True:
            try:
                item = self._results.get(True, 0.1)
            except Empty:
                if self._state == _TERMINATE or (self._state == _CLOSE and not self._cache
                                                 and not any(w.is_alive() for w in self._pool)):
                    return
                if self._state == _RUN and any(w.exitcode is not None for w in self._pool):
                    self._repopulate()
                continue
            except Exception:
                return
            if item is None:
                return
            job, i, (ok, value) = item
            result = self._cache.get(job)
            if result is not None:
                try:
                    result._set(i, ok, value)
                except Exception:
                    pass

    def _check_running(self):
        if self._state != _RUN:
            if not PY3:
                raise AssertionError  # CPython 2 asserts the state
            raise ValueError('Pool not running')

    def _submit(self, result, i, func, calls, star):
        try:
            _check_global(func)
            _check_global(calls)
            data = _dumps((result._job, i, _dumps((func, calls, star))))
        except Exception as e:
            result._set(i, False, (e, ''))
            return
        ch = self._tasks._obj
        _sliced(lambda t: ch.put(data, t))

    def _chunked(self, iterable, chunksize):
        items = list(iterable)
        if chunksize is None:
            chunksize, extra = divmod(len(items), len(self._pool) * 4)
            if extra:
                chunksize += 1
        if len(items) == 0:
            chunksize = 0
        chunks = [items[k:k + chunksize] for k in range(0, len(items), chunksize)] if chunksize else []
        return chunks

    def apply_async(self, func, args=(), kwds={}, callback=None, error_callback=None):
        self._check_running()
        result = ApplyResult(self, 1, callback, error_callback)
        self._submit(result, 0, func, [(tuple(args), dict(kwds))], False)
        return result

    def apply(self, func, args=(), kwds={}):
        return self.apply_async(func, args, kwds).get()

    def _map_async(self, func, iterable, star, chunksize, callback, error_callback):
        self._check_running()
        if chunksize is not None and chunksize < 1:
            raise ValueError('Chunksize must be 1+, not {0:n}'.format(chunksize))
        chunks = self._chunked(iterable, chunksize)
        result = MapResult(self, len(chunks), callback, error_callback)
        if not chunks:
            result._finish_empty()
            return result
        for i, chunk in enumerate(chunks):
            calls = [tuple(a) for a in chunk] if star else [(a,) for a in chunk]
            self._submit(result, i, func, calls, True)
            if result.ready():
                break
        return result

    def map_async(self, func, iterable, chunksize=None, callback=None, error_callback=None):
        return self._map_async(func, iterable, False, chunksize, callback, error_callback)

    def starmap_async(self, func, iterable, chunksize=None, callback=None, error_callback=None):
        return self._map_async(func, iterable, True, chunksize, callback, error_callback)

    def map(self, func, iterable, chunksize=None):
        return self.map_async(func, iterable, chunksize).get()

    def starmap(self, func, iterable, chunksize=None):
        return self.starmap_async(func, iterable, chunksize).get()

    def _imap(self, func, iterable, chunksize, ordered):
        self._check_running()
        if chunksize < 1:
            raise ValueError('Chunksize must be 1+, not {0:n}'.format(chunksize))
        chunks = self._chunked(iterable, chunksize)
        it = (IMapIterator if ordered else IMapUnorderedIterator)(self, len(chunks), ordered)
        for i, chunk in enumerate(chunks):
            self._submit(it, i, func, [(a,) for a in chunk], True)
        return it

    def imap(self, func, iterable, chunksize=1):
        return self._imap(func, iterable, chunksize, True)

    def imap_unordered(self, func, iterable, chunksize=1):
        return self._imap(func, iterable, chunksize, False)

    def close(self):
        if self._state == _RUN:
            self._state = _CLOSE
            for _ in self._pool:
                self._tasks.put(None)

    def terminate(self):
        self._state = _TERMINATE
        for w in self._pool:
            w.terminate()
        for w in self._pool:
            w.join()
        self._handler.join()

    def join(self):
        if self._state == _RUN:
            raise ValueError('Pool is still running')
        if self._state not in (_CLOSE, _TERMINATE):
            raise ValueError('In unknown state')
        for w in list(self._pool):
            w.join()
        self._handler.join()

    def __enter__(self):
        self._check_running()
        return self

    def __exit__(self, *args):
        self.terminate()

    def __reduce__(self):
        raise NotImplementedError('pool objects cannot be passed between processes or pickled')

    def __repr__(self):
        state = {_RUN: 'RUN', _CLOSE: 'CLOSE', _TERMINATE: 'TERMINATE'}[self._state]
        return '<multiprocessing.pool.Pool state=%s pool_size=%d>' % (state, len(self._pool))


def _finish_empty(self):
    self._parts = {}
    self._finish()


MapResult._finish_empty = _finish_empty


class ThreadPool(Pool):
    pass


# ---------------------------------------------------------------------------------------------
# Managers: proxies over shared Java stores

class _StoreProxy(_Shared):
    def __init__(self):
        self._share(_core.newStore())


class DictProxy(_StoreProxy):
    def __init__(self, *args, **kwds):
        _StoreProxy.__init__(self)
        self.update(*args, **kwds)

    def __getitem__(self, key):
        data = self._obj.get(_dumps(key))
        if data is None:
            raise KeyError(key)
        return _loads(data)

    def __setitem__(self, key, value):
        self._obj.put(_dumps(key), _dumps(value))

    def __delitem__(self, key):
        if self._obj.remove(_dumps(key)) is None:
            raise KeyError(key)

    def __contains__(self, key):
        return bool(self._obj.containsKey(_dumps(key)))

    has_key = __contains__

    def __len__(self):
        return int(self._obj.mapSize())

    def keys(self):
        return [_loads(k) for k in self._obj.keys()]

    def values(self):
        return [_loads(v) for v in self._obj.values()]

    def items(self):
        return list(zip(self.keys(), self.values()))

    def __iter__(self):
        return iter(self.keys())

    def get(self, key, default=None):
        data = self._obj.get(_dumps(key))
        return default if data is None else _loads(data)

    def setdefault(self, key, default=None):
        if key not in self:
            self[key] = default
        return self[key]

    def pop(self, key, *default):
        data = self._obj.remove(_dumps(key))
        if data is None:
            if default:
                return default[0]
            raise KeyError(key)
        return _loads(data)

    def popitem(self):
        keys = self._obj.keys()
        if not keys:
            raise KeyError('popitem(): dictionary is empty')
        k = keys[len(keys) - 1]
        return _loads(k), _loads(self._obj.remove(k))

    def update(self, *args, **kwds):
        for k, v in dict(*args, **kwds).items():
            self[k] = v

    def clear(self):
        self._obj.clearMap()

    def copy(self):
        return dict(self.items())

    def _getvalue(self):
        return self.copy()

    def __str__(self):
        return str(self.copy())

    def __repr__(self):
        return "<DictProxy object, typeid 'dict' at %#x>" % id(self)


class ListProxy(_StoreProxy):
    def __init__(self, sequence=()):
        _StoreProxy.__init__(self)
        self.extend(sequence)

    def _all(self):
        return [_loads(v) for v in self._obj.items()]

    def _replace(self, values):
        self._obj.setItems([_dumps(v) for v in values])

    def __len__(self):
        return int(self._obj.listSize())

    def __getitem__(self, i):
        if isinstance(i, slice):
            return self._all()[i]
        n = len(self)
        if i < 0:
            i += n
        if not 0 <= i < n:
            raise IndexError('list index out of range')
        return _loads(self._obj.item(i))

    def __setitem__(self, i, value):
        if isinstance(i, slice):
            values = self._all()
            values[i] = value
            self._replace(values)
            return
        n = len(self)
        if i < 0:
            i += n
        if not 0 <= i < n:
            raise IndexError('list assignment index out of range')
        self._obj.setItem(i, _dumps(value))

    def __delitem__(self, i):
        values = self._all()
        del values[i]
        self._replace(values)

    def __getslice__(self, i, j):  # Python 2
        return self.__getitem__(slice(i, j))

    def __setslice__(self, i, j, value):  # Python 2
        return self.__setitem__(slice(i, j), value)

    def __delslice__(self, i, j):  # Python 2
        return self.__delitem__(slice(i, j))

    def __iter__(self):
        return iter(self._all())

    def __contains__(self, value):
        return value in self._all()

    def append(self, value):
        self._obj.append(_dumps(value))

    def extend(self, values):
        for v in values:
            self.append(v)

    def insert(self, i, value):
        n = len(self)
        if i < 0:
            i = max(0, i + n)
        self._obj.insert(i, _dumps(value))

    def pop(self, i=-1):
        n = len(self)
        if n == 0:
            raise IndexError('pop from empty list')
        if i < 0:
            i += n
        if not 0 <= i < n:
            raise IndexError('pop index out of range')
        return _loads(self._obj.removeAt(i))

    def remove(self, value):
        values = self._all()
        values.remove(value)
        self._replace(values)

    def index(self, value, *args):
        return self._all().index(value, *args)

    def count(self, value):
        return self._all().count(value)

    def sort(self, *args, **kwds):
        values = self._all()
        values.sort(*args, **kwds)
        self._replace(values)

    def reverse(self):
        values = self._all()
        values.reverse()
        self._replace(values)

    def __iadd__(self, values):
        self.extend(values)
        return self

    def __imul__(self, n):
        self._replace(self._all() * n)
        return self

    def __add__(self, other):
        return self._all() + list(other)

    def __mul__(self, n):
        return self._all() * n

    def _getvalue(self):
        return self._all()

    def __str__(self):
        return str(self._all())

    def __repr__(self):
        return "<ListProxy object, typeid 'list' at %#x>" % id(self)


class Namespace(object):
    def __init__(self, **kwds):
        object.__setattr__(self, '_store', _StoreProxy())
        for k, v in kwds.items():
            setattr(self, k, v)

    def __reduce__(self):
        return (_rebuild_namespace, (self._store,))

    def __getattr__(self, name):
        if name.startswith('__'):
            raise AttributeError(name)
        data = self._store._obj.get(name)
        if data is None:
            raise AttributeError("'Namespace' object has no attribute '%s'" % name)
        return _loads(data)

    def __setattr__(self, name, value):
        self._store._obj.put(name, _dumps(value))

    def __delattr__(self, name):
        if self._store._obj.remove(name) is None:
            raise AttributeError(name)

    def __repr__(self):
        names = sorted(str(k) for k in self._store._obj.keys())
        return 'Namespace(%s)' % ', '.join('%s=%r' % (k, getattr(self, k)) for k in names)


def _rebuild_namespace(store):
    ns = Namespace.__new__(Namespace)
    object.__setattr__(ns, '_store', store)
    return ns


class ValueProxy(object):
    def __init__(self, typecode, value, lock=True):
        self._value = Value(typecode, value, lock=lock) if isinstance(typecode, str) else None

    def get(self):
        return self._value.value

    def set(self, value):
        self._value.value = value

    value = property(get, set)


class SyncManager(object):
    """Manager(): the shared objects live in this JVM, so the manager is a factory."""

    def __init__(self, address=None, authkey=None, serializer='pickle', ctx=None):
        self._state = 'initial'

    def start(self, initializer=None, initargs=()):
        if self._state == 'started':
            raise ProcessError('Already started server')
        self._state = 'started'
        if initializer is not None:
            initializer(*initargs)

    def connect(self):
        self._state = 'started'

    def shutdown(self):
        self._state = 'shutdown'

    def join(self, timeout=None):
        pass

    def __enter__(self):
        if self._state == 'initial':
            self.start()
        return self

    def __exit__(self, *args):
        self.shutdown()

    def _check(self):
        if self._state != 'started':
            raise ProcessError('Manager has not been started' if self._state == 'initial'
                               else 'Manager has shut down')

    def dict(self, *args, **kwds):
        self._check()
        return DictProxy(*args, **kwds)

    def list(self, sequence=()):
        self._check()
        return ListProxy(sequence)

    def Namespace(self, **kwds):
        self._check()
        return Namespace(**kwds)

    def Value(self, typecode, value, lock=True):
        self._check()
        return ValueProxy(typecode, value, lock)

    def Array(self, typecode, sequence, lock=True):
        self._check()
        return Array(typecode, sequence, lock=lock)

    def Queue(self, maxsize=0):
        self._check()
        return Queue(maxsize)

    def JoinableQueue(self, maxsize=0):
        self._check()
        return JoinableQueue(maxsize)

    def Lock(self):
        return Lock()

    def RLock(self):
        return RLock()

    def Semaphore(self, value=1):
        return Semaphore(value)

    def BoundedSemaphore(self, value=1):
        return BoundedSemaphore(value)

    def Condition(self, lock=None):
        return Condition(lock)

    def Event(self):
        return Event()

    def Barrier(self, parties, action=None, timeout=None):
        return Barrier(parties, action, timeout)

    def Pool(self, processes=None, initializer=None, initargs=()):
        return Pool(processes, initializer, initargs)


BaseManager = SyncManager


def Manager(ctx=None):
    m = SyncManager()
    m.start()
    return m


# ---------------------------------------------------------------------------------------------
# Contexts and start methods

_START_METHODS = ['fork', 'spawn', 'forkserver']
_chosen_method = []


class BaseContext(object):
    ProcessError = ProcessError
    BufferTooShort = BufferTooShort
    TimeoutError = TimeoutError
    AuthenticationError = AuthenticationError

    def __init__(self, method=None):
        self._name = method

    def get_start_method(self, allow_none=False):
        return self._name or get_start_method(allow_none)

    def get_context(self, method=None):
        return get_context(method)

    def __getattr__(self, name):
        if name.startswith('__'):
            raise AttributeError(name)
        return getattr(sys.modules['multiprocessing'], name)

    def __repr__(self):
        return '<multiprocessing.context.%sContext object at %#x>' % (
            (self._name or 'fork').capitalize().replace('server', 'Server'), id(self))


DefaultContext = BaseContext


def get_context(method=None):
    if method is None:
        return BaseContext(None)
    if method not in _START_METHODS:
        raise ValueError('cannot find context for %r' % (method,))
    return BaseContext(method)


def get_start_method(allow_none=False):
    if not _chosen_method:
        if allow_none:
            return None
        _chosen_method.append('fork')
    return _chosen_method[0]


def set_start_method(method, force=False):
    if _chosen_method and not force:
        raise RuntimeError('context has already been set')
    if method is None and force:
        del _chosen_method[:]
        return
    get_context(method)
    del _chosen_method[:]
    _chosen_method.append(method)


def get_all_start_methods():
    return list(_START_METHODS)
