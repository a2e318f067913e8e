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
    if handler is _ignored:
        return _target.Handlers.SIG_IGN
    return getattr(handler, '_pyhost_handler', handler)


# pause(), which GraalPy lacks: a handler given to the engine is wrapped so that, once it has run
# (in the main thread, at GraalPy's next check), it ends a pause() under way.
_pausing = [False]


class _Woken(BaseException):
    pass


def _wrapped(handler):
    if not callable(handler) or handler is _ignored or handler is _target.default_int_handler:
        return handler

    def run(signum, frame):
        result = handler(signum, frame)  # what it raises leaves pause() as it is
        if _pausing[0]:
            _pausing[0] = False
            raise _Woken()
        return result
    run._pyhost_handler = handler
    return run


def pause():
    """Wait until a signal arrives."""
    import time
    _pausing[0] = True
    try:
        while True:
            time.sleep(3600)
    except _Woken:
        return None
    finally:
        _pausing[0] = False


# SIGPIPE and SIGXFSZ: CPython ignores both from its start, so that a write to a closed pipe or
# past the file size limit raises an error instead of ending the process. The JVM does the same
# for its own reasons, for every session of the process: a session keeps what its script sets
# (SIG_DFL for SIGPIPE ends the run as CPython's process dies, when a write to a closed pipe ends
# the script), and its children start ignoring them where restore_signals=False, as CPython's.
_SESSION_KEPT = {13: _target.Handlers.SIG_IGN, 25: _target.Handlers.SIG_IGN}  # SIGPIPE, SIGXFSZ


# A session that shares its process (a daemon's run) keeps its handlers to itself, as a process
# of its own would: the JVM handler GraalPy installs for one is taken back for the session at
# once, and runs when the host hands the session a signal (the daemon's client forwards those
# it gets). Until it sets one, it reads the process's.
_run = {}


def getsignal(signalnum):
    kept = _SESSION_KEPT.get(signalnum)
    if kept is not None:
        return kept
    seen = _as_seen(_engine_getsignal(signalnum))  # what the process had when the session began
    if _core.sharesProcess():
        return _run.get(int(signalnum), seen)
    return seen


def _run_signal(signalnum, handler):
    number = int(signalnum)
    if not callable(handler) and handler not in (_target.SIG_IGN, _target.SIG_DFL):
        raise TypeError('signal handler must be signal.SIG_IGN, signal.SIG_DFL, or a callable object')
    import threading
    if threading.current_thread() is not threading.main_thread():
        raise ValueError('signal only works in main thread of the main interpreter')
    previous = getsignal(signalnum)
    ignore = not callable(handler) and handler == _target.SIG_IGN
    if callable(handler) or number == 2:
        # GraalPy's own table answers Ctrl-C (PyHost.interrupt): it keeps default_int_handler
        # where the script has no handler of its own
        engines = _wrapped(handler) if callable(handler) else _target.default_int_handler
        _core.captureEngineHandler(number, lambda: _engine_signal(signalnum, engines))
    if not callable(handler) or (number == 2 and handler is _target.default_int_handler):
        _core.setRunHandler(number, None, ignore)
    _run[number] = handler if callable(handler) else _target.Handlers(handler)
    _core.setIgnored(number, ignore)  # children start with it ignored, as CPython's
    return previous


def signal(signalnum, handler):
    number = int(signalnum)
    if number in _SESSION_KEPT:
        if not callable(handler) and handler not in (_target.SIG_IGN, _target.SIG_DFL):
            raise TypeError('signal handler must be signal.SIG_IGN, signal.SIG_DFL, or a callable object')
        import threading
        if threading.current_thread() is not threading.main_thread():
            raise ValueError('signal only works in main thread of the main interpreter')
        previous = _SESSION_KEPT[number]
        _SESSION_KEPT[number] = _target.Handlers(handler) if not callable(handler) else handler
        _core.setIgnored(number, handler == _target.SIG_IGN and not callable(handler))
        return previous
    if _core.sharesProcess():
        return _run_signal(signalnum, handler)
    ignore = number in _KEPT and not callable(handler) and handler == _target.SIG_IGN
    previous = _as_seen(_engine_signal(signalnum, _ignored if ignore else _wrapped(handler)))
    if number in _KEPT:
        _core.setIgnored(number, ignore)
    return previous


# GraalPy's alarm is a thread that raises SIGALRM in the JVM, which fails with a Java stack
# trace when no Python handler is set (the JVM has none of its own). Where the session is the
# process's main program, alarm is alarm(2), as on CPython: the process dies of SIGALRM unless
# the script sets a handler.
_engine_alarm = _target.alarm


def alarm(seconds, /):
    if not _core.ownsAlarm() and not _core.hasClient():
        return _engine_alarm(seconds)
    import operator
    seconds = operator.index(seconds)
    if _core.hasClient():  # a daemon's run: the client's alarm, forwarded as every signal it gets
        return int(_core.clientAlarm(seconds))
    return int(_core.alarm(seconds))


alarm.__doc__ = _engine_alarm.__doc__
_engine_setitimer = _target.setitimer
_engine_getitimer = _target.getitimer
if not hasattr(_target, 'ItimerError'):  # CPython's; GraalPy has none
    class itimer_error(OSError):
        pass
    itimer_error.__module__ = 'signal'
    _target.ItimerError = itimer_error
    del itimer_error


# The same for setitimer/getitimer (GraalPy's timer went on, silently, with no handler set); a
# daemon's run gets the client's ITIMER_REAL.
def _itimer(which, set_, seconds, interval):
    import operator
    which = operator.index(which)
    seconds, interval = float(seconds), float(interval)
    if _core.ownsAlarm():
        r = _core.itimer(which, set_, seconds, interval)
    elif seconds < 0 or interval < 0:
        r = [22.0, 0.0, 0.0]  # EINVAL, as setitimer(2)
    else:
        r = [0.0] + list(_core.clientTimer(set_, seconds, interval))
    if r[0]:
        import os
        raise _target.ItimerError(int(r[0]), os.strerror(int(r[0])))
    return (r[1], r[2])


def setitimer(which, seconds, interval=0.0, /):
    if not _core.ownsAlarm() and not (_core.hasClient() and which == _target.ITIMER_REAL):
        return _engine_setitimer(which, seconds, interval)
    return _itimer(which, True, seconds, interval)


def getitimer(which, /):
    if not _core.ownsAlarm() and not (_core.hasClient() and which == _target.ITIMER_REAL):
        return _engine_getitimer(which)
    return _itimer(which, False, 0.0, 0.0)


setitimer.__doc__ = _engine_setitimer.__doc__
getitimer.__doc__ = _engine_getitimer.__doc__
_exported = [getsignal, signal, alarm, setitimer, getitimer]
if not hasattr(_target, 'pause'):
    _exported.append(pause)

# the engine's own, for pyhost's session start (GraalPySigint takes its Ctrl-C handler from it)
_target._pyhost_engine_signal = _engine_signal
getsignal.__doc__ = _engine_getsignal.__doc__
signal.__doc__ = _engine_signal.__doc__
for _f in _exported:
    _f.__module__ = 'signal'
    setattr(_target, _f.__name__, _f)
