# signal overlay on Python 2 (Jython): _target is Jython's signal module. A Java handler that
# carries out the signal's default action (the command line's SIGTERM and SIGHUP) reads as
# SIG_DFL, as CPython reads a signal no script has taken.
_engine_getsignal = _target.getsignal
_engine_signal = _target.signal


def _as_seen(handler):
    if handler is not None and _core.isDefaultAction(handler):
        return _target.SIG_DFL
    return handler


def getsignal(sig):
    return _as_seen(_engine_getsignal(sig))


def signal(sig, action):
    return _as_seen(_engine_signal(sig, action))


getsignal.__doc__ = _engine_getsignal.__doc__
signal.__doc__ = _engine_signal.__doc__
for _f in (getsignal, signal):
    _f.__module__ = 'signal'
    setattr(_target, _f.__name__, _f)
