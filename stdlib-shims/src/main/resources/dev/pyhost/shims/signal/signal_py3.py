# signal overlay on Python 3 (GraalPy): _target is GraalPy's signal module. SIG_IGN for SIGINT,
# SIGTERM and SIGHUP is kept as a Python handler that does nothing, and reads back as SIG_IGN:
# once the process really ignores one of them, the JVM never installs a handler for it again (it
# takes an ignored shutdown signal for the parent's wish), so the save, ignore, restore sequence
# left Ctrl-C and SIGTERM dead for the rest of the script. Children still start ignoring it.
_engine_getsignal = _target.getsignal
_engine_signal = _target.signal
_KEPT = (1, 2, 15)  # SIGHUP, SIGINT, SIGTERM


def _ignored(signum, frame):
    """SIG_IGN, kept as a handler."""


def _as_seen(handler):
    return _target.Handlers.SIG_IGN if handler is _ignored else handler


def getsignal(signalnum):
    return _as_seen(_engine_getsignal(signalnum))


def signal(signalnum, handler):
    number = int(signalnum)
    ignore = number in _KEPT and not callable(handler) and handler == _target.SIG_IGN
    previous = _as_seen(_engine_signal(signalnum, _ignored if ignore else handler))
    if number in _KEPT:
        _core.setIgnored(number, ignore)
    return previous


getsignal.__doc__ = _engine_getsignal.__doc__
signal.__doc__ = _engine_signal.__doc__
for _f in (getsignal, signal):
    _f.__module__ = 'signal'
    setattr(_target, _f.__name__, _f)
