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


def getsignal(sig):
    return _as_seen(_engine_getsignal(sig))


def signal(sig, action):
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
