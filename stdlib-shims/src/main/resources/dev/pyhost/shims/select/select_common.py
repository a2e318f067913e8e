# select overlay (Python 2 and 3): _target is the engine's own select module, _core a SelectCore.
# select.select also takes the pipes to child processes, local (AF_UNIX) sockets and the process's
# own standard streams, which neither engine's select can see: those are polled with poll(2) in
# Java; the engine's sockets stay with the engine's select; a mix of both is polled in turns.
import sys as _sys
import time as _time

_engine_select = _target.select
_INTS = (int,) if _sys.version_info[0] >= 3 else (int, long)  # noqa: F821 (Python 2)
_POLLIN, _POLLPRI, _POLLOUT, _POLLERR, _POLLHUP, _POLLNVAL = 1, 2, 4, 8, 16, 32
_READY = (_POLLIN | _POLLHUP | _POLLERR, _POLLOUT | _POLLHUP | _POLLERR, _POLLPRI)
_SLICE = 0.05  # the longest single wait, so that Ctrl-C is seen while select waits


def _std_fd(obj):
    # Jython: a standard stream's fileno() is a stream object, not a number
    for fd, name in enumerate(('stdin', 'stdout', 'stderr')):
        if obj is getattr(_sys, name, None) or obj is getattr(_sys, '__%s__' % name, None):
            return fd
    return None


def _real_fd(obj):
    """The descriptor of obj when it is one the host owns (poll it); None: the engine's."""
    if isinstance(obj, _INTS):
        fd = obj
    else:
        if (hasattr(obj, 'recv') and not getattr(obj, '_pyhost_local', False)) or not hasattr(obj, 'fileno'):
            return None  # an engine's socket, or no file at all: the engine's select answers
        try:
            fd = obj.fileno()
        except Exception:
            return None
        if not isinstance(fd, _INTS):
            std = _std_fd(obj)
            if std is None:
                # Jython: a descriptor object of its own (os.pipe()'s ends, a file's fileno()),
                # which Jython's select refused with EBADF: the process's descriptor behind it
                fd = int(_core.descriptor(fd))
                return fd if fd >= 0 else None
            fd = std
    return fd if fd >= 0 and _core.realFd(fd) else None


def _bad_fd():
    if _sys.version_info[0] >= 3:
        raise OSError(9, 'Bad file descriptor')
    raise _target.error(9, 'Bad file descriptor')


def _checked_lists(rlist, wlist, xlist):
    """The three lists, checked as CPython's select checks them (the engines' let None through to
    a TypeError of their own, or Jython's to EBADF)."""
    try:
        lists = (list(rlist), list(wlist), list(xlist))
    except TypeError:
        raise TypeError('arguments 1-3 must be sequences')
    for objs in lists:
        for obj in objs:
            if isinstance(obj, _INTS):
                if obj < 0:
                    raise ValueError('file descriptor cannot be a negative integer (%d)' % obj)
            elif not hasattr(obj, 'fileno'):
                raise TypeError('argument must be an int, or have a fileno() method'
                                + ('.' if _sys.version_info[0] >= 3 else ''))
    return lists


def _select(rlist, wlist, xlist, timeout=None):
    lists = _checked_lists(rlist, wlist, xlist)
    mine, theirs = [], ([], [], [])
    for kind, objs in enumerate(lists):
        for obj in objs:
            fd = _real_fd(obj)
            if fd is None:
                theirs[kind].append(obj)
            else:
                mine.append((kind, obj, fd))
    if not mine:  # (the lists made, as an iterator given is spent)
        if timeout is None:
            return _engine_select(*lists)
        return _engine_select(*(lists + (timeout,)))
    if timeout is not None:
        if not isinstance(timeout, (float,) + _INTS):
            raise TypeError('timeout must be a float or None')
        if timeout < 0:
            if _sys.version_info[0] >= 3:
                raise ValueError('timeout must be non-negative')
            raise _target.error(22, 'Invalid argument')
    mixed = any(theirs)
    deadline = None if timeout is None else _time.time() + timeout
    fds = [fd for _, _, fd in mine]
    events = [(_POLLIN, _POLLOUT, _POLLPRI)[kind] for kind, _, _ in mine]
    while True:
        left = None if deadline is None else max(0.0, deadline - _time.time())
        wait = 0.0 if mixed else (_SLICE if left is None else min(left, _SLICE))
        revents = list(_core.poll(fds, events, int(wait * 1000)))
        if revents and revents[0] < 0:
            err = -revents[0]
            if _sys.version_info[0] >= 3:
                raise OSError(err, _target_strerror(err))
            raise _target.error(err, _target_strerror(err))
        ready = set()
        for (kind, obj, fd), rev in zip(mine, revents):
            if rev & _POLLNVAL:
                _bad_fd()
            if rev & _READY[kind]:
                ready.add((kind, id(obj)))
        others = _engine_select(theirs[0], theirs[1], theirs[2], 0) if mixed else ([], [], [])
        for kind, objs in enumerate(others):
            for obj in objs:
                ready.add((kind, id(obj)))
        if ready or (left is not None and left <= 0):
            return tuple([obj for obj in objs if (kind, id(obj)) in ready] for kind, objs in enumerate(lists))
        if mixed:
            _time.sleep(0.01 if left is None else min(left, 0.01))


def _target_strerror(err):
    import os
    return os.strerror(err)


class _BuiltinSelect(object):
    """A function that, like the engine's built-in one, does not bind as a method: selectors
    stores select.select as a class attribute and calls it through self."""
    __module__ = 'select'
    __name__ = 'select'
    __qualname__ = 'select'
    __doc__ = getattr(_engine_select, '__doc__', None) or \
        'Wait until one or more file descriptors are ready for some kind of I/O.'

    def __call__(self, rlist, wlist, xlist, timeout=None):
        return _select(rlist, wlist, xlist, timeout)

    def __repr__(self):
        return '<built-in function select>'


_target.select = _BuiltinSelect()
