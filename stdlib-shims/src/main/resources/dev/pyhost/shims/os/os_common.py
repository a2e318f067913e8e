# os overlay, part shared by Python 2 and 3 (prepended to os_py2.py / os_py3.py).
# Wait-status helpers with CPython's POSIX meaning: Jython lacks them, and GraalPy's Java
# backend reads statuses as exit codes (WIFEXITED(768) is False there).


def WIFEXITED(status):
    return (status & 0x7f) == 0


def WEXITSTATUS(status):
    return (status >> 8) & 0xff


def WIFSIGNALED(status):
    return (status & 0x7f) not in (0, 0x7f)


def WTERMSIG(status):
    return status & 0x7f


def WIFSTOPPED(status):
    return (status & 0xff) == 0x7f


def WSTOPSIG(status):
    return (status >> 8) & 0xff


def WCOREDUMP(status):
    return bool(status & 0x80)


def WIFCONTINUED(status):
    return status == 0xffff


for _f in (WIFEXITED, WEXITSTATUS, WIFSIGNALED, WTERMSIG, WIFSTOPPED, WSTOPSIG, WCOREDUMP, WIFCONTINUED):
    _f.__module__ = 'os'
    setattr(_target, _f.__name__, _f)



# Processes: the session's children are started and reaped in Java (dev.pyhost.shims.os.Processes),
# so os.kill reaches any pid and os.waitpid knows the children os.system, os.popen and subprocess
# started. Without that layer (no FFM on this JDK) the engine's own functions stay.
_native = _core.processes() is not None
_engine_kill = getattr(_target, 'kill', None)
_engine_waitpid = getattr(_target, 'waitpid', None)


def getppid():
    """Return the parent's process id."""
    return int(_core.getppid())


def kill(pid, signal):
    """Kill a process with a signal."""
    if not _native and _engine_kill is not None:
        return _engine_kill(pid, signal)
    rc = int(_core.kill(int(pid), int(signal)))
    if rc:
        raise OSError(rc, _target.strerror(rc))


def waitpid(pid, options):
    """Wait for completion of a given child process."""
    if not _native and _engine_waitpid is not None:
        return _engine_waitpid(pid, options)
    r = _core.waitpid(int(pid), int(options))
    if r is None:
        raise OSError(10, _target.strerror(10))
    return (int(r[0]), int(r[1]))


def wait():
    """Wait for completion of a child process.

Returns a tuple of information about the child process:
  (pid, status)"""
    return waitpid(-1, 0)


def getsid(pid):
    """Call the system call getsid(pid) and return the result."""
    r = int(_core.getsid(int(pid)))
    if r < 0:
        raise OSError(-r, strerror(-r))
    return r


def getpgid(pid):
    """Call the system call getpgid(), and return the result."""
    r = int(_core.getpgid(int(pid)))
    if r < 0:
        raise OSError(-r, strerror(-r))
    return r


def strerror(code):
    """Translate an error code to a message string (the C library's, as CPython's)."""
    return str(_core.strerror(int(code)))


if _native:
    strerror.__module__ = 'os'
    _target.strerror = strerror
    # GraalPy's Java backend answers getsid and getpgid only for this process and has no wait,
    # Jython has neither of the first two and its wait knows none of the session's children
    for _f in (getsid, getpgid, wait):
        _f.__module__ = 'os'
        setattr(_target, _f.__name__, _f)

for _f in (getppid, kill, waitpid):
    _f.__module__ = 'os'
    setattr(_target, _f.__name__, _f)
if not hasattr(_target, 'WNOHANG'):
    _target.WNOHANG = 1


# Terminals: the session's standard streams are Java streams, which the engines take for
# "not a terminal"; the host knows what they reach (the process's own descriptors, or a
# daemon client's terminal).
_engine_isatty = _target.isatty


def isatty(fd):
    """Return True if the fd is connected to a terminal."""
    answer = _core.isatty(fd) if type(fd) is int else None
    if answer is None:
        return _engine_isatty(fd)
    return bool(answer)


isatty.__module__ = 'os'
_target.isatty = isatty


def getloadavg():
    """Return average recent system load information.

    Return the number of processes in the system run queue averaged over
    the last 1, 5, and 15 minutes as a tuple of three floats.
    Raises OSError if the load average was unobtainable."""
    loads = _core.loadavg()
    if loads is None:
        raise OSError("Load averages are unobtainable")
    return tuple(float(x) for x in loads)


# the C library's averages, as CPython's: Jython has no getloadavg, and GraalPy gave one figure
# (the JVM's) three times
getloadavg.__module__ = 'os'
_target.getloadavg = getloadavg
