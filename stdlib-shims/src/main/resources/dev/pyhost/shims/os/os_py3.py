# os overlay for Python 3 (GraalPy): _target is GraalPy's os module, _core a dev.pyhost.shims.os.OsCore.
import io as _io
import operator as _operator


def _env():
    return {_target.fsdecode(k): _target.fsdecode(v) for k, v in _target.environ.items()}


# os.getpid: GraalPy's Java backend reads /proc/self/stat on every call (about 100 microseconds), and
# logging calls it for every record it makes. A JVM never forks, so the pid is read once.
_pid = int(_core.getpid())


def getpid():
    """Return the current process id."""
    return _pid


getpid.__module__ = 'posix'
_target.getpid = getpid


def system(command):
    """Execute the command in a subshell."""
    return int(_core.system(_target.fsdecode(command), _target.getcwd(), _env()))


class _ChildPipe(_io.RawIOBase):
    """One end of a pipe to a child, over the Java core's byte-per-char strings."""

    def __init__(self, child, reading):
        self._child = child
        self._reading = reading

    def readable(self):
        return self._reading

    def writable(self):
        return not self._reading

    def readinto(self, b):
        data = str(self._child.read(len(b))).encode('latin-1')
        b[:len(data)] = data
        return len(data)

    def write(self, b):
        data = bytes(b)
        self._child.write(data.decode('latin-1'))
        return len(data)


class _wrap_close:
    """What os.popen returns: a text stream whose close() gives None or the wait status."""

    def __init__(self, stream, child):
        self._stream = stream
        self._child = child
        self._status = None
        self._closed = False

    def close(self):
        if not self._closed:
            self._closed = True
            self._stream.close()
            # CPython 3 gives the return code shifted left: exit 2 -> 512, SIGTERM -> -15 << 8
            status = int(self._child.close())
            code = -(status & 0x7f) if status & 0x7f else status >> 8
            self._status = (code << 8) if code else None
        return self._status

    def __enter__(self):
        return self

    def __exit__(self, *args):
        self.close()

    def __getattr__(self, name):
        return getattr(self._stream, name)

    def __iter__(self):
        return iter(self._stream)


def popen(cmd, mode="r", buffering=-1):
    if not isinstance(cmd, str):
        raise TypeError("invalid cmd type (%s, expected string)" % type(cmd))
    if mode not in ("r", "w"):
        raise ValueError("invalid mode %r" % mode)
    if buffering == 0 or buffering is None:
        raise ValueError("popen() does not support unbuffered streams")
    child = _core.popen(cmd, mode, _target.getcwd(), _env())
    raw = _ChildPipe(child, mode == "r")
    buffered = _io.BufferedReader(raw) if mode == "r" else _io.BufferedWriter(raw)
    return _wrap_close(_io.TextIOWrapper(buffered), child)


system.__module__ = popen.__module__ = 'os'
_target.system = system
_target.popen = popen
_target._wrap_close = _wrap_close


# File operations where GraalPy's Java backend differs from CPython: unlink on a folder, rmdir on a
# file (which it removes), readlink (which it resolves to an absolute path).
_engine_unlink = _target.unlink
_engine_rmdir = _target.rmdir


def _plain(path):
    return path if isinstance(path, int) else _target.fspath(path)


def unlink(path, *, dir_fd=None):
    """Remove a file (same as remove())."""
    p = _plain(path)
    if dir_fd is None and not isinstance(p, int) and _target.path.isdir(p) and not _target.path.islink(p):
        raise IsADirectoryError(21, _target.strerror(21), path)
    return _engine_unlink(path) if dir_fd is None else _engine_unlink(path, dir_fd=dir_fd)


def rmdir(path, *, dir_fd=None):
    """Remove a directory."""
    p = _plain(path)
    if dir_fd is None and not isinstance(p, int) and _target.path.lexists(p) and (
            _target.path.islink(p) or not _target.path.isdir(p)):
        raise NotADirectoryError(20, _target.strerror(20), path)
    return _engine_rmdir(path) if dir_fd is None else _engine_rmdir(path, dir_fd=dir_fd)


def readlink(path, *, dir_fd=None):
    """Return a string representing the path to which the symbolic link points."""
    p = _plain(path)
    if not isinstance(p, int):
        found = _core.readlinkBytes(_abs(p))  # readlink(2): any name, not only UTF-8 ones
        if isinstance(found, str):
            found = found.encode('latin-1')
            return found if isinstance(p, bytes) else _target.fsdecode(found)
        if isinstance(found, int):
            raise OSError(found, _target.strerror(found), path)
    target = _core.readlink(_target.fsdecode(_target.path.join(_target.getcwd(), _target.fsdecode(p))))
    if target is None:
        if not _target.path.lexists(p):
            raise FileNotFoundError(2, _target.strerror(2), path)
        raise OSError(22, _target.strerror(22), path)
    target = str(target)
    return _target.fsencode(target) if isinstance(p, bytes) else target


for _f in (unlink, rmdir, readlink):
    _f.__module__ = 'os'
    setattr(_target, _f.__name__, _f)
_target.remove = unlink


_engine_get_terminal_size = getattr(_target, 'get_terminal_size', None)


def get_terminal_size(fd=1):
    """Return the size of the terminal window as (columns, lines)."""
    size = _core.terminalSize(fd) if type(fd) is int else None
    if size is not None and len(size) == 0:
        import errno
        raise OSError(errno.ENOTTY, 'Inappropriate ioctl for device')
    if size is None and 0 <= fd <= 2 and _core.isatty(fd):
        size = getattr(__import__('sys').modules.get('_pyhost'), 'terminal_size', None)
    if size is not None:
        return _target.terminal_size((int(size[0]), int(size[1])))
    return _engine_get_terminal_size(fd)


if _engine_get_terminal_size is not None:
    get_terminal_size.__module__ = 'os'
    _target.get_terminal_size = get_terminal_size


# Ownership: GraalPy's Java backend has no chown, lchown or fchown (its calls ended the run);
# the Java core makes them with fchownat(2).
_engine_fchown = getattr(_target, 'fchown', None)


def _id(value, name):
    import operator
    try:
        v = operator.index(value)
    except TypeError:
        raise TypeError('%s should be integer, not %s' % (name, type(value).__name__)) from None
    if v < -1 or 0xFFFFFFFF < v < 1 << 63:
        raise OverflowError('%s is less than minimum' % name)
    if v >= 1 << 63:
        raise OverflowError('%s is greater than maximum' % name)
    return v


def _chown(path, uid, gid, follow_symlinks):
    uid, gid = _id(uid, 'uid'), _id(gid, 'gid')
    p = _target.fspath(path)
    full = _target.path.join(_target.fsencode(_target.getcwd()), _target.fsencode(p))
    rc = int(_core.chown(full.decode('latin-1'), uid, gid, follow_symlinks))
    if rc < 0:
        return _engine_chown(path, uid, gid, follow_symlinks=follow_symlinks)
    if rc:
        raise OSError(rc, _target.strerror(rc), path)


_engine_chown = getattr(_target, 'chown', None)


def chown(path, uid, gid, *, dir_fd=None, follow_symlinks=True):
    """Change the owner and group id of path to the numeric uid and gid."""
    if isinstance(path, int):
        try:
            # os.fchown, not the name here: os_fd.py, later in this module, defines Jython's
            return _target.fchown(path, uid, gid)
        except OSError as e:
            raise OSError(e.errno, e.strerror, path) from None  # CPython names the descriptor
    if dir_fd is not None:
        import operator
        try:
            operator.index(dir_fd)
        except TypeError:
            raise TypeError('argument should be integer or None, not %s' % type(dir_fd).__name__) from None
        # os.supports_dir_fd does not hold chown: GraalPy's descriptors are not the system's
        raise NotImplementedError('dir_fd unavailable on this platform')
    return _chown(path, uid, gid, follow_symlinks)


def lchown(path, uid, gid):
    """Change the owner and group id of path to the numeric uid and gid, not following symlinks."""
    return _chown(path, uid, gid, False)


def fchown(fd, uid, gid):
    """Change the owner and group id of the file given by file descriptor fd."""
    uid, gid = _id(uid, 'uid'), _id(gid, 'gid')
    try:
        _target.fstat(fd)
    except OSError as e:  # a closed or invalid descriptor: EBADF, with the C library's message
        raise OSError(e.errno, _target.strerror(e.errno)) from None
    return _engine_fchown(fd, uid, gid)


if _engine_chown is not None:
    for _f in (chown, lchown, fchown):
        _f.__module__ = 'os'
        setattr(_target, _f.__name__, _f)
    _target.supports_follow_symlinks.add(chown)


# fsync of a closed descriptor: GraalPy answered ENOENT, CPython's answer is EBADF. fdatasync:
# GraalPy has none (CPython on Linux has); fsync also writes the metadata fdatasync may leave, so it
# keeps fdatasync's promise.
def _valid_fd(fd):
    n = fd if isinstance(fd, int) else fd.fileno()
    try:
        _target.fstat(n)
    except OSError as e:
        raise OSError(e.errno, _target.strerror(e.errno)) from None


if hasattr(_target, 'fsync'):
    _engine_fsync = _target.fsync

    def fsync(fd):
        """Force write of fd to disk."""
        _valid_fd(fd)
        return _engine_fsync(fd)

    def fdatasync(fd):
        """Force write of fd to disk without forcing update of metadata."""
        _valid_fd(fd)
        return _engine_fsync(fd)

    fsync.__module__ = fdatasync.__module__ = 'os'
    _target.fsync = fsync
    if not hasattr(_target, 'fdatasync'):
        _target.fdatasync = fdatasync


# putenv and unsetenv check names as CPython does (GraalPy took any): an empty one is EINVAL, '=' in
# a name given to putenv a ValueError, a null character anywhere a ValueError.
def _env_bytes(value):
    b = _target.fsencode(value)
    if b'\0' in b:
        raise ValueError('embedded null byte')
    return b


_engine_putenv = getattr(_target, 'putenv', None)
_engine_unsetenv = getattr(_target, 'unsetenv', None)


def putenv(name, value):
    """Change or add an environment variable."""
    n, _ = _env_bytes(name), _env_bytes(value)
    if not n:
        raise OSError(22, _target.strerror(22))
    if b'=' in n:
        raise ValueError('illegal environment variable name')
    return _engine_putenv(name, value)


def unsetenv(name):
    """Delete an environment variable."""
    n = _env_bytes(name)
    if not n or b'=' in n:
        raise OSError(22, _target.strerror(22))
    return _engine_unsetenv(name)


if _engine_putenv is not None and _engine_unsetenv is not None:
    putenv.__module__ = unsetenv.__module__ = 'os'
    _target.putenv = putenv
    _target.unsetenv = unsetenv


# link, mkdir and utime of paths: GraalPy's Java backend fails every link (FileExistsError), gives
# new folders 0o755 whatever the mode, and keeps whole seconds of the times given to utime. Made
# with linkat(2), mkdir(2) and utimensat(2); calls relative to a dir_fd, and utime of a descriptor,
# stay GraalPy's (its descriptors are not the system's).
def _abs(path):
    full = _target.path.join(_target.fsencode(_target.getcwd()), _target.fsencode(_target.fspath(path)))
    return full.decode('latin-1')


_engine_link = _target.link
_engine_mkdir = _target.mkdir
_engine_utime = _target.utime


def link(src, dst, *, src_dir_fd=None, dst_dir_fd=None, follow_symlinks=True):
    """Create a hard link to a file."""
    if src_dir_fd is not None or dst_dir_fd is not None:
        return _engine_link(src, dst, src_dir_fd=src_dir_fd, dst_dir_fd=dst_dir_fd,
                            follow_symlinks=follow_symlinks)
    rc = int(_core.link(_abs(src), _abs(dst), bool(follow_symlinks)))
    if rc < 0:
        return _engine_link(src, dst, follow_symlinks=follow_symlinks)
    if rc:
        raise OSError(rc, _target.strerror(rc), src, None, dst)


def mkdir(path, mode=0o777, *, dir_fd=None):
    """Create a directory."""
    import operator
    mode = operator.index(mode)
    if dir_fd is not None:
        return _engine_mkdir(path, mode, dir_fd=dir_fd)
    wanted = mode & ~_session_umask() & 0o7777
    rc = int(_core.mkdir(_abs(path), wanted))
    if rc < 0:
        return _engine_mkdir(path, mode)
    if rc:
        raise OSError(rc, _target.strerror(rc), path)
    if _process_umask() & wanted & 0o777:  # mkdir(2) took bits the session's umask leaves
        try:
            st = _target.stat(path)
            _target.chmod(path, (st.st_mode & 0o7000) | wanted)
        except OSError:
            pass  # a name GraalPy cannot give back (not UTF-8): the folder keeps what mkdir(2) gave


# os.umask: GraalPy's answers the mask it is given and changes nothing. The process's umask is
# shared by every session of the process, so each session keeps its own, starting from the
# process's; mkdir above applies it, and the session's children start with it.
_umask = []
_process_mask = []


def _process_umask():
    if not _process_mask:
        mask = 0o022
        try:
            with open('/proc/self/status') as f:
                for line in f:
                    if line.startswith('Umask:'):
                        mask = int(line.split()[1], 8)
        except (OSError, ValueError):
            pass
        _process_mask.append(mask)
    return _process_mask[0]


def _session_umask():
    if not _umask:
        _umask.append(_process_umask())
    return _umask[0]


def umask(mask):
    """Set the current numeric umask and return the previous umask."""
    import operator
    mask = operator.index(mask)
    old = _session_umask()
    _umask[0] = mask & 0o777
    _core.setChildUmask(-1 if _umask[0] == _process_umask() else _umask[0])
    if _needs_session_opener() and not _opens_wrapped:
        _wrap_opens()
    return old


umask.__module__ = 'os'
_target.umask = umask


# Files: GraalPy creates them with the mode asked for less a umask of its own, always 0o022 (and
# the kernel's, the process's), not the session's: a private file made under umask(0o077) came
# out 0o644, and under a process umask of 0o002 a file meant 0o664 did too. os.open passes the
# mode less the session's umask, which can only be narrowed; where bits it keeps were taken, the
# file it created gets them back. open() and io.open, while the session's umask is not simply
# GraalPy's, open a path through it (as their opener).
_ENGINE_UMASK = 0o022
_engine_os_open = _target.open
_opens_wrapped = []


def _needs_session_opener():
    mask = _session_umask()
    return mask != _process_umask() or bool(~mask & _ENGINE_UMASK)


def _os_open(path, flags, mode=0o777, *, dir_fd=None):
    if not flags & _target.O_CREAT:
        return _engine_os_open(path, flags, mode, dir_fd=dir_fd)
    import operator
    wanted = operator.index(mode) & ~_session_umask() & 0o7777
    created = False
    if wanted & (_ENGINE_UMASK | _process_umask()) and dir_fd is None:
        created = bool(flags & _target.O_EXCL) or not _target.path.lexists(path)
    fd = _engine_os_open(path, flags, wanted, dir_fd=dir_fd)
    if created:
        try:
            _target.chmod(path, wanted)
        except OSError:
            pass  # a name GraalPy cannot give back (not UTF-8): the file keeps what open(2) gave
    return fd


_os_open.__doc__ = _engine_os_open.__doc__
_os_open.__name__ = 'open'
_os_open.__qualname__ = 'open'
_os_open.__module__ = 'os'
_target.open = _os_open


def _session_opener(path, flags):
    return _os_open(path, flags, 0o666)


def _wrap_opens():
    import builtins
    import io

    from _pyhost import BuiltinFunction

    def wrap(engine_open):
        def call(file, mode='r', buffering=-1, encoding=None, errors=None, newline=None, closefd=True,
                 opener=None):
            if opener is None and not isinstance(file, int) and _needs_session_opener():
                opener = _session_opener
            return engine_open(file, mode, buffering, encoding, errors, newline, closefd, opener)
        # called as a built-in is: not bound as a method when a class keeps it
        open = BuiltinFunction(call, 'open', engine_open.__doc__, getattr(engine_open, '__module__', None))
        flushed_open = getattr(engine_open, '_pyhost_flushed_open', None)  # the builtins overlay's, for io.open
        if flushed_open is not None:
            open._pyhost_flushed_open = flushed_open
        return open

    _opens_wrapped.append(True)
    if io.open is builtins.open:
        builtins.open = io.open = wrap(builtins.open)
    else:
        builtins.open, io.open = wrap(builtins.open), wrap(io.open)


if _needs_session_opener():
    _wrap_opens()


def _seconds_to_ns(t):
    import math
    import operator
    if isinstance(t, float):
        if math.isnan(t):
            raise ValueError('Invalid value NaN (not a number)')
        frac, whole = math.modf(t)
        frac = math.floor(frac * 1e9)  # as CPython: rounded towards minus infinity
        if frac >= 1e9:
            frac, whole = frac - 1e9, whole + 1
        elif frac < 0:
            frac, whole = frac + 1e9, whole - 1
        return int(whole) * 1000000000 + int(frac)
    return operator.index(t) * 1000000000


def utime(path, times=None, *, ns=None, dir_fd=None, follow_symlinks=True):
    """Set the access and modified time of path."""
    import operator
    if isinstance(path, int) or dir_fd is not None:
        if ns is None:
            return _engine_utime(path, times, dir_fd=dir_fd, follow_symlinks=follow_symlinks)
        return _engine_utime(path, times, ns=ns, dir_fd=dir_fd, follow_symlinks=follow_symlinks)
    if times is not None and ns is not None:
        raise ValueError("utime: you may specify either 'times' or 'ns' but not both")
    if times is not None:
        if not isinstance(times, tuple) or len(times) != 2:
            raise TypeError("utime: 'times' must be either a tuple of two ints or None")
        nanos = [_seconds_to_ns(t) for t in times]
    elif ns is not None:
        if not isinstance(ns, tuple) or len(ns) != 2:
            raise TypeError("utime: 'ns' must be a tuple of two ints")
        nanos = [operator.index(n) for n in ns]
    else:
        nanos = None
    rc = int(_core.utime(_abs(path), nanos, bool(follow_symlinks)))
    if rc < 0:
        return _engine_utime(path, times, ns=ns, follow_symlinks=follow_symlinks)
    if rc:
        raise OSError(rc, _target.strerror(rc))  # CPython's names no file here


# rename and replace: GraalPy's Java backend let a Java exception out as SystemError for a file
# renamed onto a folder (CPython: IsADirectoryError). Made with rename(2), as for Python 2.
def _renamer(name, engine):
    def call(src, dst, *, src_dir_fd=None, dst_dir_fd=None):
        if src_dir_fd is not None or dst_dir_fd is not None:
            return engine(src, dst, src_dir_fd=src_dir_fd, dst_dir_fd=dst_dir_fd)
        rc = int(_core.rename(_abs(src), _abs(dst)))
        if rc < 0:
            return engine(src, dst)
        if rc:
            raise OSError(rc, _target.strerror(rc), src, None, dst)
    call.__name__ = call.__qualname__ = name
    call.__doc__ = engine.__doc__
    return call


rename = _renamer('rename', _target.rename)
replace = _renamer('replace', _target.replace)

for _f in (link, mkdir, utime, rename, replace):
    _f.__module__ = 'os'
    setattr(_target, _f.__name__, _f)
_target.supports_follow_symlinks.add(_engine_link)  # made with linkat(2) (replaced below)


# times, closerange, device_encoding: GraalPy has none of them.
class times_result(tuple):
    """times_result: Result from os.times()."""
    n_fields = n_sequence_fields = 5
    n_unnamed_fields = 0
    __slots__ = ()
    _fields = ('user', 'system', 'children_user', 'children_system', 'elapsed')

    def __new__(cls, values):
        values = tuple(values)
        if len(values) != 5:
            raise TypeError('os.times_result() takes a 5-sequence (%d-sequence given)' % len(values))
        return tuple.__new__(cls, values)

    def __repr__(self):
        return 'posix.times_result(%s)' % ', '.join('%s=%r' % kv for kv in zip(self._fields, self))

    def __reduce__(self):
        return (times_result, (tuple(self),))


for _i, _name in enumerate(times_result._fields):
    setattr(times_result, _name, property(lambda self, i=_i: tuple.__getitem__(self, i)))
times_result.__module__ = 'os'


def times():
    """Return a collection containing process timing information."""
    values = _core.times()
    return times_result(float(v) for v in values)


def closerange(fd_low, fd_high):
    """Closes all file descriptors in [fd_low, fd_high), ignoring errors."""
    import operator
    for fd in range(operator.index(fd_low), operator.index(fd_high)):
        try:
            _target.close(fd)
        except OSError:
            pass


def device_encoding(fd):
    """Return a string describing the encoding of a terminal's file descriptor."""
    import operator
    fd = operator.index(fd)
    if not _target.isatty(fd):
        return None
    import sys
    if sys.flags.utf8_mode:
        return 'utf-8'
    import locale
    return locale.getencoding()


if _native:
    for _f in (times, closerange, device_encoding):
        _f.__module__ = 'os'
        if not hasattr(_target, _f.__name__):
            setattr(_target, _f.__name__, _f)
    if not hasattr(_target, 'times_result'):
        _target.times_result = times_result


# Descriptor calls that took a closed descriptor (dup, dup2, get/set_inheritable) or answered
# EBADFD (get/set_blocking): EBADF as CPython.
def _checks_fd(name):
    engine = getattr(_target, name, None)
    if engine is None:
        return

    def wrapper(fd, *args):
        if isinstance(fd, int):
            try:
                _target.fstat(fd)
            except OSError as e:
                if e.errno == 9:
                    raise OSError(9, _target.strerror(9)) from None
        return engine(fd, *args)
    wrapper.__name__ = name
    wrapper.__doc__ = engine.__doc__
    wrapper.__module__ = 'os'
    setattr(_target, name, wrapper)


for _name in ('dup', 'get_inheritable', 'set_inheritable', 'get_blocking', 'set_blocking'):
    _checks_fd(_name)
_engine_dup2 = _target.dup2


def dup2(fd, fd2, inheritable=True):
    """Duplicate file descriptor."""
    try:
        _target.fstat(fd)
    except OSError as e:
        if e.errno == 9:
            raise OSError(9, _target.strerror(9)) from None
    import operator
    if operator.index(fd2) < 0:  # dup2(2) answers EBADF; GraalPy's said EINVAL
        raise OSError(9, _target.strerror(9))
    return _engine_dup2(fd, fd2, inheritable)


dup2.__module__ = 'os'
_target.dup2 = dup2


# waitstatus_to_exitcode: GraalPy's Java backend reads a wait status as an exit code, and the
# statuses os.waitpid gives here are the system's (a death by SIGKILL is 9, not 9 << 8).
def waitstatus_to_exitcode(status):
    """Convert a wait status to an exit code.

On Unix:

* If WIFEXITED(status) is true, return WEXITSTATUS(status).
* If WIFSIGNALED(status) is true, return -WTERMSIG(status).
* Otherwise, raise a ValueError.

On Windows, return status shifted right by 8 bits.

On Unix, if the process is being traced or if waitpid() was called with
WUNTRACED option, the caller must first check if WIFSTOPPED(status) is true.
This function must not be called if WIFSTOPPED(status) is true."""
    import operator
    status = operator.index(status)
    if not -0x80000000 <= status <= 0x7fffffff:
        raise OverflowError('Python int too large to convert to C int')
    if WIFEXITED(status):
        return WEXITSTATUS(status)
    if WIFSIGNALED(status):
        return -WTERMSIG(status)
    if WIFSTOPPED(status):
        raise ValueError('process stopped by delivery of signal %i' % WSTOPSIG(status))
    raise ValueError('invalid wait status: %i' % status)


waitstatus_to_exitcode.__module__ = 'posix'
_target.waitstatus_to_exitcode = waitstatus_to_exitcode


# os.supports_fd, supports_dir_fd, ... name the functions os holds now (the sets were made of
# GraalPy's own, some of them replaced above).
for _set_name in ('supports_dir_fd', 'supports_fd', 'supports_follow_symlinks', 'supports_effective_ids'):
    _set = getattr(_target, _set_name, None)
    if isinstance(_set, set):
        for _f in list(_set):
            _now = getattr(_target, getattr(_f, '__name__', ''), None)
            if _now is not None and _now is not _f:
                _set.discard(_f)
                _set.add(_now)


# os.read, os.write and os.close on what a Popen's pipe fileno() gave: a real descriptor, which
# GraalPy's own descriptor table does not have (it answered EBADF). Those go to the pipe end.
_engine_read, _engine_write, _engine_close = _target.read, _target.write, _target.close


def _pipe_end(fd):
    return _core.pipeEnd(fd) if type(fd) is int and fd > 2 else None


def _pipe_error(end):
    err = int(end.error())
    return OSError(err, _target.strerror(err))


def read(fd, length, /):
    """Read from a file descriptor.  Returns a bytes object."""
    end = _pipe_end(fd)
    if end is None:
        return _engine_read(fd, length)
    length = _operator.index(length)
    if length < 0:
        raise OSError(22, _target.strerror(22))
    if length == 0:
        return b''
    data = end.read(length)
    if data is None:
        raise _pipe_error(end)
    return str(data).encode('latin-1')


def write(fd, data, /):
    """Write a bytes object to a file descriptor."""
    end = _pipe_end(fd)
    if end is None:
        return _engine_write(fd, data)
    data = bytes(memoryview(data))
    n = end.write(data.decode('latin-1'))
    if n < 0:
        raise _pipe_error(end)
    return int(n)


def close(fd):
    """Close a file descriptor."""
    end = _pipe_end(fd)
    if end is None:
        return _engine_close(fd)
    end.close()


for _f in (read, write, close):
    _f.__module__ = 'posix'
    setattr(_target, _f.__name__, _f)
