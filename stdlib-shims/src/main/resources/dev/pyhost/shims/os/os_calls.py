# os functions and constants that one engine lacks (GraalPy's Java backend: geteuid, nice,
# getpriority, mkfifo...; Jython: killpg, statvfs, getgroups, the EX_* codes...), on the C
# library through the Java core, with CPython's signatures and errors. What an engine already
# has stays its own.
import sys as _calls_sys

_CALLS_PY3 = _calls_sys.version_info[0] >= 3
_calls = _core.calls()


def _calls_path_checked(path, function, allow_fd=False):
    """Raises CPython's TypeError for a path of another type (None, say, from a missing setting);
    called before the other arguments are looked at, as CPython parses argument 1 first."""
    if _CALLS_PY3:
        if not (isinstance(path, (str, bytes)) or hasattr(type(path), '__fspath__')):
            raise _calls_path_type_error(path, function, allow_fd)
    elif not isinstance(path, basestring):  # noqa: F821 (Python 2)
        raise _calls_path_type_error(path, function, allow_fd)


def _calls_path_type_error(path, function, allow_fd=False):
    """The TypeError: Python 3's path converter's words, with or without descriptors; Python 2's
    "s" format's."""
    if _CALLS_PY3:
        kinds = 'string, bytes, os.PathLike or integer' if allow_fd else 'string, bytes or os.PathLike'
        return TypeError('%s: path should be %s, not %s' % (function, kinds, type(path).__name__))
    return TypeError('%s() argument 1 must be string, not %s'
                     % (function, 'None' if path is None else type(path).__name__))


def _calls_path(path):
    """A path argument as the C library takes it: bytes (one char each), from the session's cwd."""
    raw = _target.fsencode(_target.fspath(path)) if _CALLS_PY3 else path
    if (b'\0' if _CALLS_PY3 else '\0') in raw:
        if _CALLS_PY3:
            raise ValueError('embedded null byte')
        raise TypeError('must be encoded string without NULL bytes, not str')
    if raw and not raw.startswith(b'/' if _CALLS_PY3 else '/'):
        here = _target.fsencode(_target.getcwd()) if _CALLS_PY3 else _target.getcwd()
        raw = _target.path.join(here, raw)
    return raw.decode('latin-1') if _CALLS_PY3 else raw


def _calls_index(value):
    if _CALLS_PY3:
        import operator
        return operator.index(value)
    if isinstance(value, float):
        raise TypeError('integer argument expected, got float')
    if value is None or isinstance(value, basestring):  # noqa: F821
        raise TypeError('an integer is required')
    return int(value)


def _calls_check(err, path=None):
    err = int(err)
    if err:
        if path is None:
            raise OSError(err, strerror(err))
        raise OSError(err, strerror(err), path)


def _status_ids(key):
    with __import__('io').open('/proc/self/status') as f:
        for line in f:
            if line.startswith(key):
                return tuple(int(x) for x in line.split()[1:4])
    raise OSError(38, strerror(38))


def getresuid():
    """Return a tuple of the current process's real, effective, and saved user ids."""
    return _status_ids('Uid:')


def getresgid():
    """Return a tuple of the current process's real, effective, and saved group ids."""
    return _status_ids('Gid:')


def geteuid():
    """Return the current process's effective user id."""
    return getresuid()[1]


def getegid():
    """Return the current process's effective group id."""
    return getresgid()[1]


def getgroups():
    """Return list of supplemental group IDs for the process."""
    return [int(g) for g in _calls.getgroups()]


def getgrouplist(user, group):
    """Returns a list of groups to which a user belongs."""
    if not isinstance(user, str):
        raise TypeError("getgrouplist() argument 1 must be str, not %s" % type(user).__name__)
    return [int(g) for g in _calls.getgrouplist(user.encode('utf-8').decode('latin-1'), _calls_index(group))]


def nice(increment):
    """Add increment to the priority of process and return the new priority."""
    value, err = (int(x) for x in _calls.nice(_calls_index(increment)))
    _calls_check(err)
    return value


def getpriority(which, who):
    """Return program scheduling priority."""
    value, err = (int(x) for x in _calls.getpriority(_calls_index(which), _calls_index(who)))
    _calls_check(err)
    return value


def setpriority(which, who, priority):
    """Set program scheduling priority."""
    _calls_check(_calls.setpriority(_calls_index(which), _calls_index(who), _calls_index(priority)))


def _calls_mode(path, mode):
    """The mode to create with, and a chmod to finish with on GraalPy, whose sessions keep their own umask."""
    if not _CALLS_PY3:
        return mode
    return mode & ~_session_umask() & 0o7777


def _calls_fix_mode(path, wanted):
    if _CALLS_PY3 and _process_umask() & wanted & 0o777:
        _target.chmod(path, (_target.stat(path).st_mode & 0o7000) | wanted)


def mkfifo(path, mode=0o666, *args, **kwargs):
    """Create a "fifo" (a POSIX named pipe)."""
    if kwargs.get('dir_fd') is not None or args:
        raise NotImplementedError('dir_fd unavailable on this platform')
    _calls_path_checked(path, 'mkfifo')
    mode = _calls_index(mode)
    wanted = _calls_mode(path, mode)
    _calls_check(_calls.mkfifo(_calls_path(path), wanted))  # CPython names no file here
    _calls_fix_mode(path, wanted)


def mknod(path, mode=0o600, device=0, *args, **kwargs):
    """Create a node in the file system (file, device special file or named pipe)."""
    if kwargs.get('dir_fd') is not None or args:
        raise NotImplementedError('dir_fd unavailable on this platform')
    _calls_path_checked(path, 'mknod')
    mode = _calls_index(mode)
    wanted = _calls_mode(path, mode)
    _calls_check(_calls.mknod(_calls_path(path), wanted, _calls_index(device)))  # nor here
    if mode & 0o170000 in (0, 0o100000, 0o10000):  # a regular file or fifo: no device's own mode
        _calls_fix_mode(path, wanted)


def major(device):
    """Extracts a device major number from a raw device number."""
    device = _calls_index(device)
    return ((device >> 8) & 0xfff) | ((device >> 32) & ~0xfff & 0xffffffff)


def minor(device):
    """Extracts a device minor number from a raw device number."""
    device = _calls_index(device)
    return (device & 0xff) | ((device >> 12) & ~0xff & 0xffffffff)


def makedev(major, minor):
    """Composes a raw device number from the major and minor device numbers."""
    major, minor = _calls_index(major), _calls_index(minor)
    return ((minor & 0xff) | ((major & 0xfff) << 8) | ((minor & ~0xff) << 12) | ((major & ~0xfff) << 32))


def sync():
    """Force write of everything to disk."""
    _calls.sync()


def abort():
    """Abort the interpreter immediately.

    This function 'dumps core' or otherwise fails in the hardest way possible
    on the hosting operating system.  This function never returns.
    """
    if not _core.ownsProcess():
        # a daemon's run, an embedding host's session or a multiprocessing child shares the
        # process with other runs: this run alone ends, with the status a shell shows for a
        # process SIGABRT killed (134)
        _target._exit(134)
    _calls.abort()


def setpgid(pid, pgrp):
    """Call the system call setpgid(pid, pgrp)."""
    _calls_check(_calls.setpgid(_calls_index(pid), _calls_index(pgrp)))


def getpgrp():
    """Return the current process group id."""
    return getpgid(0)


def setpgrp():
    """Make the current process the leader of its process group."""
    setpgid(0, 0)


def setsid():
    """Call the system call setsid()."""
    sid, err = (int(x) for x in _calls.setsid())
    _calls_check(err)


def getlogin():
    """Return the actual login name."""
    err, name = _calls.getlogin()
    _calls_check(err)
    if name is None:
        raise OSError('unable to determine login name')
    name = name.encode('latin-1')
    return _target.fsdecode(name) if _CALLS_PY3 else name


def sched_yield():
    """Voluntarily relinquish the CPU."""
    _calls.schedYield()


def _times2():
    """Return a tuple of floats indicating process times."""
    return tuple(float(x) for x in _core.times())


def _kernel_version():
    try:
        with __import__('io').open('/proc/sys/kernel/version') as f:
            return f.read().strip()
    except (IOError, OSError):
        return ''


def wait4(pid, options):
    """Wait for completion of a specific child process.

Returns a tuple of information about the child process:
  (pid, status, rusage)"""
    got = _core.wait4(_calls_index(pid), _calls_index(options))
    if got is None:
        raise OSError(10, strerror(10))
    got = [int(x) for x in got]
    usage = (got[2] + got[3] * 1e-6, got[4] + got[5] * 1e-6) + tuple(got[6:])
    return got[0], got[1], __import__('resource').struct_rusage(usage)


def wait3(options):
    """Wait for completion of a child process.

Returns a tuple of information about the child process:
  (pid, status, rusage)"""
    return wait4(-1, options)


def killpg(pgid, signal):
    """Kill a process group with a signal."""
    _calls_check(_calls.killpg(_calls_index(pgid), _calls_index(signal)))


class _StructField(object):
    """A field of a struct sequence: read by name, never written (as CPython's structseq)."""

    def __init__(self, index):
        self.index = index

    def __get__(self, obj, kind=None):
        return self if obj is None else tuple.__getitem__(obj, self.index)

    def __set__(self, obj, value):
        raise TypeError('readonly attribute')


class statvfs_result(tuple):
    """statvfs_result: Result from statvfs or fstatvfs."""
    __slots__ = ()
    n_sequence_fields = n_fields = 10
    n_unnamed_fields = 0
    _fields = ('f_bsize', 'f_frsize', 'f_blocks', 'f_bfree', 'f_bavail', 'f_files', 'f_ffree',
               'f_favail', 'f_flag', 'f_namemax')

    def __new__(cls, values, dict=None):
        values = tuple(values)
        if len(values) != 10:
            raise TypeError('posix.statvfs_result() takes a 10-sequence (%d-sequence given)' % len(values))
        return tuple.__new__(cls, values)

    def __repr__(self):
        return 'posix.statvfs_result(%s)' % ', '.join('%s=%r' % (f, v) for f, v in zip(self._fields, self))

    def __reduce__(self):
        return (statvfs_result, (tuple(self),))


for _i, _name in enumerate(statvfs_result._fields):
    setattr(statvfs_result, _name, _StructField(_i))


def statvfs(path):
    """Perform a statvfs system call on the given path."""
    if _CALLS_PY3 and isinstance(path, int) and not isinstance(path, bool):
        try:
            return _target.fstatvfs(path)  # os_fd.py's, on the engine's descriptor
        except OSError as e:
            failed = OSError(e.errno, e.strerror, path)  # CPython names the descriptor
        raise failed
    _calls_path_checked(path, 'statvfs', True)
    got = [int(x) for x in _calls.statvfs(_calls_path(path))]
    if len(got) == 1:
        _calls_check(got[0], path)
    if _CALLS_PY3:
        return _target.statvfs_result(tuple(got))  # the 11th value is f_fsid
    return statvfs_result(got[:10])


_EXTRA_CONSTANTS = {
    'EX_USAGE': 64, 'EX_DATAERR': 65, 'EX_NOINPUT': 66, 'EX_NOUSER': 67, 'EX_NOHOST': 68,
    'EX_UNAVAILABLE': 69, 'EX_SOFTWARE': 70, 'EX_OSERR': 71, 'EX_OSFILE': 72, 'EX_CANTCREAT': 73,
    'EX_IOERR': 74, 'EX_TEMPFAIL': 75, 'EX_PROTOCOL': 76, 'EX_NOPERM': 77, 'EX_CONFIG': 78,
    'NGROUPS_MAX': 65536, 'TMP_MAX': 238328, 'WUNTRACED': 2, 'WCONTINUED': 8,
    'O_NOCTTY': 0o400,  # os.open honours it where it matters: a device, opened by the C library
}
_EXTRA_CONSTANTS_PY3 = {
    'PRIO_PROCESS': 0, 'PRIO_PGRP': 1, 'PRIO_USER': 2, 'WEXITED': 4, 'WSTOPPED': 2,
    'WNOWAIT': 0x1000000, 'P_ALL': 0, 'P_PID': 1, 'P_PGID': 2, 'P_PIDFD': 3, 'CLD_EXITED': 1,
    'CLD_KILLED': 2, 'CLD_DUMPED': 3, 'CLD_TRAPPED': 4, 'CLD_STOPPED': 5, 'CLD_CONTINUED': 6,
    'ST_RDONLY': 1, 'ST_NOSUID': 2, 'ST_NODEV': 4, 'ST_NOEXEC': 8, 'ST_SYNCHRONOUS': 16,
    'ST_MANDLOCK': 64, 'ST_WRITE': 128, 'ST_APPEND': 256, 'ST_NOATIME': 1024,
    'ST_NODIRATIME': 2048, 'ST_RELATIME': 4096,
}


if _calls is not None:
    _common_calls = [getresuid, getresgid, getgroups, nice, mkfifo, mknod, major, minor, makedev,
                     setpgid, killpg, statvfs, abort]
    _py3_calls = [geteuid, getegid, getgrouplist, getpriority, setpriority, sync, getlogin, sched_yield]
    if _core.processes() is not None:  # the session's children, reaped in Java with their usage; Jython
        _py3_calls += [wait3, wait4]    # has no resource module for the struct_rusage they answer
    # GraalPy's Java backend has these, but raises "not supported" or answers zeros (statvfs);
    # Jython's getlogin words its error its own way, with no errno
    _replaced = [getpgrp, setpgrp, setpgid, setsid, killpg, statvfs] if _CALLS_PY3 else [getlogin]
    for _f in _common_calls + (_py3_calls if _CALLS_PY3 else []) + _replaced:
        if _f in _replaced or not hasattr(_target, _f.__name__):
            _f.__module__ = 'os'
            setattr(_target, _f.__name__, _f)
    if not _CALLS_PY3:  # Jython's counts from its own start, not the system's clock ticks
        _times2.__name__ = 'times'
        _times2.__module__ = 'os'
        _target.times = _times2
    if not _CALLS_PY3 and not hasattr(_target, 'statvfs_result'):
        statvfs_result.__module__ = 'posix'
        _target.statvfs_result = statvfs_result
        try:
            __import__('posix').statvfs_result = statvfs_result  # where pickle finds it
        except ImportError:
            pass
    if _CALLS_PY3 and hasattr(_target, 'uname'):
        _engine_uname = _target.uname

        def uname():
            """Return an object identifying the current operating system."""
            u = _engine_uname()
            if u.version:
                return u
            # GraalPy's Java backend leaves the kernel's version empty
            return _target.uname_result((u.sysname, u.nodename, u.release, _kernel_version(), u.machine))
        uname.__module__ = 'os'
        _target.uname = uname
    for _k, _v in list(_EXTRA_CONSTANTS.items()) + (list(_EXTRA_CONSTANTS_PY3.items()) if _CALLS_PY3 else []):
        if not hasattr(_target, _k):
            setattr(_target, _k, _v)


# The calls that change the process's ids. Made for real where the run owns its process (a
# script dropping root's privileges after binding its port); refused with EPERM where the
# process is shared (a warm run of the daemon, an embedding host's session, a multiprocessing
# child), whose ids are every run's.
def _id_arg(value, kind):
    what = ('user' if kind == 'uid' else 'group') if not _CALLS_PY3 else kind
    if _CALLS_PY3 and (isinstance(value, bool) or not isinstance(value, int)):
        if not hasattr(value, '__index__') or isinstance(value, float):
            raise TypeError('%s should be integer, not %s' % (kind, type(value).__name__))
    value = _calls_index(value)
    if value < -1:
        raise OverflowError('%s is less than minimum' % (kind if _CALLS_PY3 else what + ' id'))
    if value > 0xFFFFFFFF:
        raise OverflowError('%s is greater than maximum' % (kind if _CALLS_PY3 else what + ' id'))
    return value


def _set_ids(call, kind, *ids):
    ids = [_id_arg(i, kind) for i in ids]
    if not _core.ownsProcess():
        raise OSError(1, strerror(1))
    err = int(_calls.setIds(call, ids))
    if err:
        raise OSError(err, strerror(err))


def setuid(uid):
    """Set the current process's user id."""
    _set_ids('setuid', 'uid', uid)


def setgid(gid):
    """Set the current process's group id."""
    _set_ids('setgid', 'gid', gid)


def seteuid(euid):
    """Set the current process's effective user id."""
    _set_ids('seteuid', 'uid', euid)


def setegid(egid):
    """Set the current process's effective group id."""
    _set_ids('setegid', 'gid', egid)


def setreuid(ruid, euid):
    """Set the current process's real and effective user ids."""
    _set_ids('setreuid', 'uid', ruid, euid)


def setregid(rgid, egid):
    """Set the current process's real and effective group ids."""
    _set_ids('setregid', 'gid', rgid, egid)


def setresuid(ruid, euid, suid):
    """Set the current process's real, effective, and saved user ids."""
    _set_ids('setresuid', 'uid', ruid, euid, suid)


def setresgid(rgid, egid, sgid):
    """Set the current process's real, effective, and saved group ids."""
    _set_ids('setresgid', 'gid', rgid, egid, sgid)


def setgroups(groups):
    """Set the groups of the current process to list."""
    if isinstance(groups, (str, bytes)) or not hasattr(groups, '__len__'):
        raise TypeError('setgroups argument must be a sequence')
    ids = [_id_arg(g, 'gid') for g in groups]
    if not _core.ownsProcess():
        raise OSError(1, strerror(1))
    err = int(_calls.setgroups(ids))
    if err:
        raise OSError(err, strerror(err))


def initgroups(username, gid):
    """Initialize the group access list."""
    name = _target.fsencode(username).decode('latin-1') if _CALLS_PY3 else username
    gid = _id_arg(gid, 'gid')
    if not _core.ownsProcess():
        raise OSError(1, strerror(1))
    err = int(_calls.initgroups(name, gid))
    if err:
        raise OSError(err, strerror(err))


if _calls is not None:
    for _f in (setuid, setgid, seteuid, setegid, setreuid, setregid, setresuid, setresgid, setgroups,
               initgroups):
        if not hasattr(_target, _f.__name__):
            _f.__module__ = 'posix'
            setattr(_target, _f.__name__, _f)
    if _core.processes() is not None and not _CALLS_PY3:  # its struct_rusage: the resource module
        for _f in (wait3, wait4):
            if not hasattr(_target, _f.__name__):
                _f.__module__ = 'os'
                setattr(_target, _f.__name__, _f)


def sched_getaffinity(pid):
    """Return the affinity of the process identified by pid (or the current process if zero)."""
    pid = _calls_index(pid)
    try:
        with __import__('io').open('/proc/self/status' if pid == 0 else '/proc/%d/status' % pid) as f:
            listed = [line.split(':', 1)[1].strip() for line in f if line.startswith('Cpus_allowed_list:')]
    except (IOError, OSError):
        raise OSError(3, strerror(3))  # ESRCH, as sched_getaffinity(2) for a pid that is not there
    cpus = set()
    for part in (listed[0].split(',') if listed and listed[0] else []):
        low, _, high = part.partition('-')
        cpus.update(range(int(low), int(high or low) + 1))
    return cpus


if _CALLS_PY3 and not hasattr(_target, 'sched_getaffinity'):  # GraalPy's Java backend has none
    sched_getaffinity.__module__ = 'posix'
    _target.sched_getaffinity = sched_getaffinity
