# signal overlay on Python 2 (Jython): _target is Jython's signal module, whose handlers are JVM
# handlers. What a script sets and reads back is what CPython 2 gives: the command line's SIGTERM
# and SIGHUP handlers (which carry out the default action) read as SIG_DFL, its Ctrl-C handler as
# default_int_handler (and default_int_handler puts it back), and SIG_IGN for SIGINT, SIGTERM and
# SIGHUP is a handler that does nothing (the JVM never takes back a shutdown signal the process
# really ignores), with children still starting to ignore the signal.
_engine_getsignal = _target.getsignal
_engine_signal = _target.signal
_KEPT = (1, 2, 15)  # SIGHUP, SIGINT, SIGTERM


def _as_seen(handler):
    if handler is None:
        return handler
    if _core.isDefaultAction(handler):
        return _target.SIG_DFL
    if _core.isIgnoring(handler):
        return _target.SIG_IGN
    if _core.isInterruptAction(handler):
        return _target.default_int_handler
    return handler


# SIGPIPE and SIGXFSZ: CPython ignores both from its start, so that a write to a closed pipe or
# past the file size limit raises an error instead of ending the process. The JVM does the same
# for its own reasons, for every session of the process: a session keeps what its script sets
# (SIG_DFL for SIGPIPE ends the run as CPython's process dies, when a write to a closed pipe ends
# the script), and its children start ignoring them where CPython's would.
_SESSION_KEPT = {13: _target.SIG_IGN, 25: _target.SIG_IGN}  # SIGPIPE, SIGXFSZ


def getsignal(sig):
    kept = _SESSION_KEPT.get(sig)
    if kept is not None:
        return kept
    return _as_seen(_engine_getsignal(sig))


def signal(sig, action):
    if sig in _SESSION_KEPT:
        if not callable(action) and action not in (_target.SIG_IGN, _target.SIG_DFL):
            raise TypeError('signal handler must be signal.SIG_IGN, signal.SIG_DFL, or a callable object')
        import threading
        if not isinstance(threading.current_thread(), threading._MainThread):
            raise ValueError('signal only works in main thread')
        previous = _SESSION_KEPT[sig]
        _SESSION_KEPT[sig] = action
        _core.setIgnored(sig, action is _target.SIG_IGN)
        return previous
    if sig in _KEPT and action is _target.SIG_IGN:
        action = _core.ignoring(sig)
    elif sig == 2 and action is _target.default_int_handler and _core.interruptAction() is not None:
        action = _core.interruptAction()
    previous = _as_seen(_engine_signal(sig, action))
    if sig in _KEPT:
        _core.setIgnored(sig, _core.isIgnoring(action))
    return previous


getsignal.__doc__ = _engine_getsignal.__doc__
signal.__doc__ = _engine_signal.__doc__
for _f in (getsignal, signal):
    _f.__module__ = 'signal'
    setattr(_target, _f.__name__, _f)
