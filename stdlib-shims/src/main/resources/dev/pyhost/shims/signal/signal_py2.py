# signal overlay on Python 2 (Jython): _target is Jython's signal module, whose handlers are JVM
# handlers. What a script sets and reads back is what CPython 2 gives: the command line's SIGTERM
# and SIGHUP handlers (which carry out the default action) read as SIG_DFL, its Ctrl-C handler as
# default_int_handler (and default_int_handler puts it back), and SIG_IGN for SIGINT, SIGTERM and
# SIGHUP is a handler that does nothing (the JVM never takes back a shutdown signal the process
# really ignores), with children still starting to ignore the signal.
# A Python handler runs in the main thread, as in CPython (Jython ran it on the JVM's signal
# thread, where what it raises, sys.exit() or an alarm's timeout, was lost): the session gives
# the JVM handler that hands it over (_pyhost.jython_signals).
_engine_getsignal = _target.getsignal
_engine_signal = _target.signal
_KEPT = (1, 2, 15)  # SIGHUP, SIGINT, SIGTERM
_on_main = getattr(__import__('sys').modules.get('_pyhost'), 'jython_signals', None)


def _as_seen(handler):
    if handler is None:
        return handler
    if _on_main is not None:
        action = _on_main.actionOf(handler)
        if action is not None:
            return action
    if handler is getattr(_target, '_alarm_handler', None) and _core.ownsAlarm():
        return _target.SIG_DFL  # Jython's own, which alarm() below sets aside
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


# A session that shares its process (a daemon's run) keeps its handlers to itself, as a process
# of its own would: they are never the JVM's, and run when the host hands the session a signal
# (the daemon's client forwards those it gets). Until it sets one, it reads the process's.
_run = {}


def getsignal(sig):
    kept = _SESSION_KEPT.get(sig)
    if kept is not None:
        return kept
    if _core.sharesProcess() and sig in _run:
        return _run[sig]
    return _as_seen(_engine_getsignal(sig))  # what the process had when the session began


def _check(action):
    if not callable(action) and action not in (_target.SIG_IGN, _target.SIG_DFL):
        raise TypeError('signal handler must be signal.SIG_IGN, signal.SIG_DFL, or a callable object')
    import threading
    if not isinstance(threading.current_thread(), threading._MainThread):
        raise ValueError('signal only works in main thread')


def _run_signal(sig, action):
    if sig not in _target._signals:
        raise ValueError('signal number out of range')
    previous = getsignal(sig)
    if _core.isJvmHandler(action) and action is not _target.SIG_IGN and action is not _target.SIG_DFL:
        # the process's own handler, as getsignal gave it: the session takes the process's again
        _core.setRunHandler(sig, None, False)
        _core.setIgnored(sig, _core.isIgnoring(action))
        _run.pop(sig, None)
        return previous
    _check(action)
    if callable(action) and not (sig == 2 and action is _target.default_int_handler):
        _core.setRunHandler(sig, _on_main.handler(action), False)
    else:
        _core.setRunHandler(sig, None, action is _target.SIG_IGN)
    _run[sig] = action
    _core.setIgnored(sig, action is _target.SIG_IGN)  # children start with it ignored, as CPython's
    return previous


def signal(sig, action):
    if sig in _SESSION_KEPT:
        _check(action)
        previous = _SESSION_KEPT[sig]
        _SESSION_KEPT[sig] = action
        _core.setIgnored(sig, action is _target.SIG_IGN)
        return previous
    if _on_main is not None and _core.sharesProcess():
        return _run_signal(sig, action)
    if sig in _KEPT and action is _target.SIG_IGN:
        action = _core.ignoring(sig)
    elif sig == 2 and action is _target.default_int_handler and _core.interruptAction() is not None:
        action = _core.interruptAction()
    elif _on_main is not None and callable(action):
        action = _on_main.handler(action)
    previous = _as_seen(_engine_signal(sig, action))
    if sig in _KEPT:
        _core.setIgnored(sig, _core.isIgnoring(action))
    return previous


def pause():
    """pause()

Wait until a signal arrives."""
    if _on_main is None:
        raise NotImplementedError
    _on_main.pause()


_engine_alarm = _target.alarm


# Jython's alarm is a timer thread that raises SIGALRM, for which Jython sets a handler of its
# own at import: it printed "Alarm clock" and ended the process with status 0. Where the session
# is the process's main program, alarm is alarm(2) and SIGALRM keeps its default action, as on
# CPython: the process dies of it, unless the script sets a handler.
def alarm(seconds):
    """alarm(seconds)

Arrange for SIGALRM to arrive after the given number of seconds."""
    if not _core.ownsAlarm() and not _core.hasClient():
        return _engine_alarm(seconds)
    if not isinstance(seconds, (int, long, float)):
        raise TypeError('an integer is required')
    if _core.hasClient():  # a daemon's run: the client's alarm, forwarded as every signal it gets
        return int(_core.clientAlarm(int(seconds)))
    if _engine_getsignal(14) is getattr(_target, '_alarm_handler', None):
        _engine_signal(14, _target.SIG_DFL)
    return int(_core.alarm(int(seconds)))


# setitimer/getitimer, which Jython lacks: setitimer(2) for the process's main program, the
# client's timer for a daemon's run (ITIMER_REAL: the CPU-time timers have no client to count).
ITIMER_REAL, ITIMER_VIRTUAL, ITIMER_PROF = long(0), long(1), long(2)  # longs, as CPython 2.7's (made at run time: a compiled literal may lose its L)


class ItimerError(IOError):
    pass


ItimerError.__module__ = 'signal'


def _itimer(which, set_, seconds, interval):
    if not isinstance(which, (int, long)):
        raise TypeError('an integer is required')
    for v in (seconds, interval):
        if not isinstance(v, (int, long, float)):
            raise TypeError('a float is required')
    if _core.ownsAlarm():
        r = _core.itimer(which, set_, float(seconds), float(interval))
    elif _core.hasClient() and which == ITIMER_REAL:
        if seconds < 0 or interval < 0:
            r = [22.0, 0.0, 0.0]  # EINVAL, as setitimer(2)
        else:
            r = [0.0] + list(_core.clientTimer(set_, float(seconds), float(interval)))
    else:
        r = [22.0, 0.0, 0.0]  # EINVAL: no timer of this kind here
    if r[0]:
        import os
        raise ItimerError(int(r[0]), os.strerror(int(r[0])))
    return (r[1], r[2])


def setitimer(which, seconds, interval=0.0):
    """setitimer(which, seconds[, interval])

Sets given itimer (one of ITIMER_REAL, ITIMER_VIRTUAL
or ITIMER_PROF) to fire after value seconds and after
that every interval seconds.
The itimer can be cleared by setting seconds to zero.

Returns old values as a tuple: (delay, interval)."""
    return _itimer(which, True, seconds, interval)


def getitimer(which):
    """getitimer(which)

Returns current value of given itimer."""
    return _itimer(which, False, 0.0, 0.0)


def siginterrupt(sig, flag):
    """siginterrupt(sig, flag) -> None
change system call restart behaviour: if flag is False, system calls
will be restarted when interrupted by signal sig, else system calls
will be interrupted."""
    if not isinstance(sig, (int, long)) or not isinstance(flag, (int, long)):
        raise TypeError('an integer is required')
    if sig < 1 or sig >= _target.NSIG:
        raise ValueError('signal number out of range')
    # accepted, for scripts that call it before an alarm: a call blocked in Java is never
    # interrupted here, its handler runs beside it, as with flag False (EINTR is not emulated)


_exported = [getsignal, signal, pause, alarm, setitimer, getitimer, siginterrupt]
for _k in ('ITIMER_REAL', 'ITIMER_VIRTUAL', 'ITIMER_PROF', 'ItimerError'):
    setattr(_target, _k, globals()[_k])

getsignal.__doc__ = _engine_getsignal.__doc__
signal.__doc__ = _engine_signal.__doc__
for _f in _exported:
    _f.__module__ = 'signal'
    setattr(_target, _f.__name__, _f)
