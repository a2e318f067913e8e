# os functions on file descriptors that one engine lacks (after os_calls.py and os_conf.py, whose
# helpers it uses). Jython: dup, dup2, fchmod, fchown, fstatvfs, fpathconf, ttyname, ctermid,
# tcgetpgrp, tcsetpgrp, openpty, tmpfile; and its read, write, lseek, close, isatty, fdopen (and
# fstat, in os_stat_py2.py) made to take the process's descriptors as ints, what dup answers, as
# CPython's.
#
# Jython's "descriptors" are Java objects (os.open's FileIO, os.pipe's StreamIO, sys.stdout's
# stream); the process's descriptor behind one is found in Java (dev.pyhost.shims.os.Descriptors).
# Ints are the process's own descriptors, as under CPython, except 0, 1 and 2: those are the
# session's standard streams, which are the process's own only when the host was started with them
# (not in a daemon's runs or when embedded with streams given): there a call that would need the
# process's descriptor raises EOPNOTSUPP rather than act on the host's own.
_FD_EOPNOTSUPP = 95


def _fd_standard(n):
    if 0 <= n <= 2 and not _core.inherited(n):
        raise OSError(_FD_EOPNOTSUPP, "%s: the session's standard stream %d is not a descriptor of this process"
                      % (strerror(_FD_EOPNOTSUPP), n))
    return n


def _fd_is_java(value):
    # (None is no descriptor of Jython's: _calls_index refuses it as CPython does)
    return not _CALLS_PY3 and value is not None and not isinstance(value, (int, long, float, basestring))


def _fd_session_stream(fd):
    """0, 1 or 2 when fd is Jython's object for the session's standard stream, else None (sys.stdout
    may since be a script's own file: sys.__stdout__ is the session's)."""
    for n, name in enumerate(('__stdin__', '__stdout__', '__stderr__')):
        f = getattr(_calls_sys, name, None)
        try:
            if f is not None and fd == f.fileno():
                return n
        except (ValueError, AttributeError, TypeError):  # closed, or not a file
            pass
    return None


def _fd_number(fd):
    """The process's descriptor an fd argument names (CPython's int; one of Jython's objects)."""
    if _fd_is_java(fd):
        n = _fd_session_stream(fd)
        if n is not None:
            return _fd_standard(n)
        n = int(_core.descriptor(fd))
        if n < 0:  # closed
            raise OSError(9, strerror(9))
        return n
    n = _calls_index(fd)
    return _fd_standard(n) if 0 <= n <= 2 else n


def _fd_result(pair):
    value, err = (int(x) for x in pair)
    _calls_check(err)
    return value


def dup(fd):
    """Return a duplicate of a file descriptor."""
    return _fd_result(_calls.dup(_fd_number(fd)))


def dup2(old_fd, new_fd):
    """Duplicate file descriptor."""
    _calls_check(_calls.dup2(_fd_number(old_fd), _fd_number(new_fd)))


def fchmod(fd, mode):
    """Change the access permissions of the file given by file
descriptor fd."""
    _calls_check(_calls.fchmod(_fd_number(fd), _calls_index(mode)))


def fchown(fd, uid, gid):
    """Change the owner and group id of the file given by file descriptor
fd to the numeric uid and gid."""
    _calls_check(_calls.fchown(_fd_number(fd), _calls_index(uid), _calls_index(gid)))


def fstatvfs(fd):
    """Perform an fstatvfs system call on the given fd."""
    got = [int(x) for x in _calls.fstatvfs(_fd_number(fd))]
    if len(got) == 1:
        _calls_check(got[0])
    return _target.statvfs_result(got[:10])


def fpathconf(fd, name):
    """Return the configuration limit name for the file descriptor fd."""
    number = _conf_name(name, _PATHCONF_NAMES)
    return _fd_result(_calls.fpathconf(_fd_number(fd), number))


def _fd_tty_number(fd):
    """_fd_number for the terminal calls: a session's standard stream that is not the process's
    is still known to be no terminal (ENOTTY) when the session says so."""
    if isinstance(fd, (int, long)) and 0 <= fd <= 2 and not _core.inherited(int(fd)) and not _core.isatty(int(fd)):
        raise OSError(25, strerror(25))
    return _fd_number(fd)


def ttyname(fd):
    """Return the name of the terminal device connected to 'fd'."""
    err, name = _calls.ttyname(_fd_tty_number(fd))
    _calls_check(err)
    return _str(name)


def ctermid():
    """Return the name of the controlling terminal for this process."""
    return _str(_calls.ctermid())


def tcgetpgrp(fd):
    """Return the process group associated with the terminal given by a fd."""
    return _fd_result(_calls.tcgetpgrp(_fd_tty_number(fd)))


def tcsetpgrp(fd, pgid):
    """Set the process group associated with the terminal given by a fd."""
    _calls_check(_calls.tcsetpgrp(_fd_tty_number(fd), _calls_index(pgid)))


def openpty():
    """Open a pseudo-terminal, returning open fd's for both master and slave end."""
    master, slave, err = (int(x) for x in _calls.openpty())
    _calls_check(err)
    return master, slave


def tmpfile():
    """tmpfile() -> file object

Create a temporary file with no directory entries."""
    # as glibc's tmpfile(3): a file without a name in /tmp, else one whose name is removed at once
    n = int(_core.openPath('/tmp', 0o2 | 0o20200000 | 0o200, 0o600))  # O_RDWR | O_TMPFILE | O_EXCL
    if n < 0:
        import tempfile
        fd, name = tempfile.mkstemp(dir='/tmp')
        _target.unlink(name)
        raw = fd
    else:
        from dev.pyhost.shims.os import Descriptors
        from org.python.core.io import FileIO
        raw = FileIO(Descriptors.channel(n, True, True), 'r+')
    # Jython's file over a raw stream with a name of its own: its Java constructor (from Python,
    # file() takes a path)
    from dev.pyhost.shims.os import Descriptors
    from java.lang import Integer
    return Descriptors.construct('org.python.core.PyFile', raw, '<tmpfile>', 'w+b', Integer(-1))


def _fd_native(fd):
    """An int naming one of the process's descriptors, which Jython's own functions do not take
    (3 and above; 0-2 when the session's standard streams are the process's)."""
    return (not _CALLS_PY3 and isinstance(fd, (int, long)) and not isinstance(fd, bool)
            and (fd > 2 or (fd >= 0 and _core.inherited(int(fd)))))


def _fd_session(fd):
    """0, 1 or 2 as the session's standard stream (Jython's object for it) when that is no
    descriptor of the process; any other argument as it is."""
    if not _CALLS_PY3 and isinstance(fd, (int, long)) and 0 <= fd <= 2 and not _core.inherited(int(fd)):
        f = getattr(_calls_sys, ('__stdin__', '__stdout__', '__stderr__')[fd], None)
        if f is not None:
            return f.fileno()
    return fd


def _fd_engine(name, wrapper):
    engine = getattr(_target, name)
    wrapper.__name__ = name
    wrapper.__doc__ = engine.__doc__
    wrapper.__module__ = 'os'
    setattr(_target, name, wrapper)
    return engine


if _calls is not None and not _CALLS_PY3:
    from _pyhost import native_str as _str
    for _f in (dup, dup2, fchmod, fchown, fstatvfs, fpathconf, ttyname, ctermid, tcgetpgrp, tcsetpgrp,
               openpty, tmpfile):
        if not hasattr(_target, _f.__name__):
            _f.__module__ = 'os'
            setattr(_target, _f.__name__, _f)

    def _fd_read(fd, n):
        if not _fd_native(fd):
            return _fd_engine_read(_fd_session(fd), n)
        n = _calls_index(n)
        got = _core.read(int(fd), n) if n >= 0 else 22  # read(2) of a negative size: EINVAL
        if isinstance(got, (int, long)):
            _calls_check(got)
        return _str(got)

    def _fd_write(fd, data):
        if not _fd_native(fd):
            return _fd_engine_write(_fd_session(fd), data)
        if isinstance(data, unicode):
            data = data.encode('ascii')
        elif not isinstance(data, str):
            data = buffer(data)[:]  # bytearray, buffer, array: their bytes, as CPython's s*
        written = int(_core.write(int(fd), data))
        if written < 0:
            _calls_check(-written)
        return written

    def _fd_lseek(fd, pos, how):
        if not _fd_native(fd):
            return _fd_engine_lseek(_fd_session(fd), pos, how)
        offset = int(_core.lseek(int(fd), _calls_index(pos), _calls_index(how)))
        if offset < 0:
            _calls_check(-offset)
        return offset

    def _fd_close(fd):
        if not _fd_native(fd):
            return _fd_engine_close(_fd_session(fd))
        _calls_check(_calls.close(int(fd)))  # Jython's named the number as a file

    def _fd_isatty(fd):
        if _fd_is_java(fd) and _fd_session_stream(fd) is None:  # Jython's answered False for a device's
            n = int(_core.descriptor(fd))
            return n >= 0 and bool(_calls.isatty(n))
        if not _fd_is_java(fd) and _calls_index(fd) < 0:  # Jython's took it for no descriptor at all
            return False
        if not _fd_native(fd):
            return _fd_engine_isatty(fd)
        return bool(_calls.isatty(int(fd)))

    def _fd_fdopen(fd, mode='r', bufsize=-1):
        if not _fd_native(fd):
            return _fd_engine_fdopen(_fd_session(fd), mode, bufsize)
        fd = int(fd)
        if not mode or mode[0] not in 'rwaU':
            raise ValueError("mode string must begin with one of 'r', 'w', 'a' or 'U', not '%s'" % mode)
        flags = _fd_result(_calls.accessMode(fd))
        reading = mode[0] in 'rU' or '+' in mode
        writing = mode[0] in 'wa' or '+' in mode
        access = flags & 3
        if (reading and access == 1) or (writing and access == 0):
            raise OSError(22, strerror(22))  # fdopen(3)'s answer for a mode the descriptor lacks
        st = _target.fstat(fd)
        if st.st_mode & 0o170000 == 0o040000:
            raise IOError(21, strerror(21), '<fdopen>')
        from dev.pyhost.shims.os import Descriptors
        if st.st_mode & 0o170000 == 0o100000:  # a file: seekable, read and written through one channel
            from org.python.core.io import FileIO
            # (FileIO's 'w' empties the file, as open() does: fdopen(3) never does, so a file only
            # written is given as 'r+', its writes landing where the descriptor stands)
            raw = FileIO(Descriptors.channel(fd, reading, writing),
                         'a' if mode[0] == 'a' else 'r+' if writing else 'r')
        else:  # a pipe, terminal or socket: one way, as Jython's own pipes
            from org.python.core.io import StreamIO
            from java.io import FileInputStream, FileOutputStream
            d = Descriptors.fileDescriptor(fd)
            raw = StreamIO(FileOutputStream(d) if writing else FileInputStream(d), True)
        return _fd_engine_fdopen(raw, mode, bufsize)

    _fd_engine_read = _fd_engine('read', _fd_read)
    _fd_engine_write = _fd_engine('write', _fd_write)
    _fd_engine_lseek = _fd_engine('lseek', _fd_lseek)
    _fd_engine_close = _fd_engine('close', _fd_close)

    def _fd_unnamed(name):
        """Jython's function as it is, but naming no file in its errors for an int, as CPython's."""
        engine = getattr(_target, name, None)
        if engine is None:
            return

        def wrapper(fd, *args):
            try:
                return engine(fd, *args)
            except OSError as e:
                if isinstance(fd, (int, long)) and e.filename is not None:
                    raise OSError(e.errno, e.strerror)
                raise
        _fd_engine(name, wrapper)

    for _name in ('fsync', 'fdatasync', 'ftruncate'):
        _fd_unnamed(_name)
    _fd_engine_isatty = _fd_engine('isatty', _fd_isatty)
    _fd_engine_fdopen = _fd_engine('fdopen', _fd_fdopen)


# GraalPy's Java backend numbers descriptors of its own (os.open's 3 is no descriptor of the
# process) and has no ttyname, tcgetpgrp or tcsetpgrp. The process's descriptors 0-2, when the
# session's standard streams are they, are asked directly; a descriptor of the engine's own is
# matched by its device and inode with the character device it is open on under /dev: a
# terminal's calls then go to that device, opened again (not for /dev/ptmx, where that would be
# a new terminal: EOPNOTSUPP); anything else is no terminal (ENOTTY), as for C.
_FD_O_RDONLY_NOCTTY_NONBLOCK = 0o400 | 0o4000


def _fd_is_terminal_device(st):
    rdev = st.st_rdev
    if 136 <= major(rdev) <= 143:  # UNIX98 pseudo-terminal slaves, which sysfs does not list
        return True
    try:
        link = _target.readlink('/sys/dev/char/%d:%d/subsystem' % (major(rdev), minor(rdev)))
    except OSError:
        return False
    return link.rstrip('/').endswith('/tty')


def _fd_terminal(fd):
    """The process's descriptor (an int) or the terminal device's path (a str) for descriptor fd
    of GraalPy's numbering."""
    fd = _calls_index(fd)
    if 0 <= fd <= 2:
        if _core.inherited(fd):
            return fd
        if not _core.isatty(fd):
            raise OSError(25, strerror(25))
        raise OSError(_FD_EOPNOTSUPP, "%s: the session's terminal is not one of this process"
                      % strerror(_FD_EOPNOTSUPP))
    try:
        st = _fd_engine_fstat(fd)
    except OSError as e:
        raise OSError(e.errno, strerror(e.errno))  # GraalPy's message for EBADF is not C's
    if st.st_mode & 0o170000 != 0o020000:
        raise OSError(25, strerror(25))
    for folder in ('/dev/pts', '/dev'):
        try:
            names = sorted(_target.listdir(folder))
        except OSError:
            continue
        for name in names:
            path = folder + '/' + name
            try:
                other = _target.lstat(path)
            except OSError:
                continue
            if other.st_ino == st.st_ino and other.st_dev == st.st_dev and other.st_mode & 0o170000 == 0o020000:
                if not _fd_is_terminal_device(other):
                    raise OSError(25, strerror(25))
                return path
    raise OSError(_FD_EOPNOTSUPP, '%s: the device descriptor %d is open on is not under /dev'
                  % (strerror(_FD_EOPNOTSUPP), fd))


def _fd_on_terminal(fd, call):
    """call(the process's descriptor) for descriptor fd of GraalPy's numbering."""
    where = _fd_terminal(fd)
    if isinstance(where, int):
        return call(where)
    if where == '/dev/ptmx':
        raise OSError(_FD_EOPNOTSUPP, '%s: a pseudo-terminal master opened by the engine'
                      % strerror(_FD_EOPNOTSUPP))
    n = int(_core.openPath(where, _FD_O_RDONLY_NOCTTY_NONBLOCK))
    if n < 0:
        _calls_check(-n)
    try:
        return call(n)
    finally:
        _calls.close(n)


def _ttyname3(fd):
    """Return the name of the terminal device connected to 'fd'."""
    where = _fd_terminal(fd)
    if isinstance(where, int):
        err, name = _calls.ttyname(where)
        _calls_check(int(err))
        where = str(name)
    return _target.fsdecode(where.encode('latin-1'))


def _tcgetpgrp3(fd):
    """Return the process group associated with the terminal specified by fd."""
    return _fd_on_terminal(fd, lambda n: _fd_result(_calls.tcgetpgrp(n)))


def _tcsetpgrp3(fd, pgid):
    """Set the process group associated with the terminal specified by fd."""
    pgid = _calls_index(pgid)
    return _fd_on_terminal(fd, lambda n: _calls_check(_calls.tcsetpgrp(n, pgid)))


def _isatty3(fd):
    """Return True if the fd is connected to a terminal.

Return True if the file descriptor is an open file descriptor
connected to the slave end of a terminal."""
    fd = _calls_index(fd)
    if 0 <= fd <= 2:
        return _fd_engine_isatty(fd)  # the session's answer
    try:
        where = _fd_terminal(fd)
    except OSError:
        return False
    return not isinstance(where, int) or bool(_calls.isatty(where))


def _openpty3():
    """Open a pseudo-terminal, returning open file descriptors for both master and slave end."""
    # both ends opened by the engine, so that its os.read, os.write and os.close take them; the
    # master made ready in C through the descriptor behind it
    master = _target.open('/dev/ptmx', _target.O_RDWR | _target.O_NOCTTY)
    try:
        real = int(_core.realFd(master))
        if real < 0:
            raise OSError(_FD_EOPNOTSUPP, strerror(_FD_EOPNOTSUPP))
        err, name = _calls.unlockpt(real)
        _calls_check(int(err))
        slave = _target.open(str(name), _target.O_RDWR | _target.O_NOCTTY)
    except BaseException:
        _target.close(master)
        raise
    return master, slave


def _fd_real3(fd):
    """The process's descriptor behind descriptor fd of GraalPy's numbering; EBADF for a number
    GraalPy has not open (that number may be another of the process's own descriptors)."""
    n = _calls_index(fd)
    if 0 <= n <= 2:
        return _fd_standard(n)
    real = -1
    if n > 2:
        try:
            _fd_engine_fstat(n)
            real = int(_core.realFd(n))
        except OSError:
            pass
    if real < 0:
        raise OSError(9, strerror(9))
    return real


def _fchown3(fd, uid, gid):
    """Change the owner and group id of the file specified by file descriptor.

Equivalent to os.chown(fd, uid, gid)."""
    _calls_check(_calls.fchown(_fd_real3(fd), _calls_index(uid), _calls_index(gid)))


def _fstatvfs3(fd):
    """Perform an fstatvfs system call on the given fd.

Equivalent to statvfs(fd)."""
    got = [int(x) for x in _calls.fstatvfs(_fd_real3(fd))]
    if len(got) == 1:
        _calls_check(got[0])
    return _target.statvfs_result(tuple(got))  # the 11th value is f_fsid


def _fpathconf3(fd, name):
    """Return the configuration limit name for the file descriptor fd.

If there is no limit, return -1."""
    number = _conf_name(name, _PATHCONF_NAMES)
    return _fd_result(_calls.fpathconf(_fd_real3(fd), number))


if _calls is not None and _CALLS_PY3:
    _openpty3.__name__ = _openpty3.__qualname__ = 'openpty'
    _openpty3.__module__ = 'os'
    _target.openpty = _openpty3
    # GraalPy's Java backend raised SystemError for fchown (os.fchown and os.chown of a
    # descriptor, in os_py3.py, call it), answered zeros for most of fstatvfs, had no fpathconf
    _engine_fchown = _fchown3
    for _f, _name in ((_fstatvfs3, 'fstatvfs'), (_fpathconf3, 'fpathconf')):
        _f.__name__ = _f.__qualname__ = _name
        _f.__module__ = 'os'
        setattr(_target, _name, _f)
    _fd_engine_fstat = _target.fstat
    _fd_engine_isatty = _target.isatty
    for _f, _name in ((_ttyname3, 'ttyname'), (_tcgetpgrp3, 'tcgetpgrp'), (_tcsetpgrp3, 'tcsetpgrp')):
        if not hasattr(_target, _name):
            _f.__name__ = _f.__qualname__ = _name
            _f.__module__ = 'os'
            setattr(_target, _name, _f)
    # GraalPy's answered False for its own descriptors on a terminal (a /dev/ptmx opened by name)
    _isatty3.__name__ = _isatty3.__qualname__ = 'isatty'
    _isatty3.__module__ = 'os'
    _target.isatty = _isatty3


# pread and pwrite, which GraalPy's Java backend lacks, on its own descriptors: the offset is
# saved, moved, used and restored with the engine's lseek, under one lock, so concurrent preads
# and pwrites (what they are for) do not see each other's moves; a thread's plain os.read on the
# same descriptor meanwhile could (pread(2) itself never moves the offset).
_fd_positional_lock = None


def _fd_positional(fd, offset, io):
    global _fd_positional_lock
    if _fd_positional_lock is None:
        _fd_positional_lock = __import__('_thread').allocate_lock()
    with _fd_positional_lock:
        try:
            here = _target.lseek(fd, 0, 1)  # EBADF, or ESPIPE for a pipe, as pread(2)
            if offset < 0:
                raise OSError(22, strerror(22))
            _target.lseek(fd, offset, 0)
            try:
                return io()
            finally:
                _target.lseek(fd, here, 0)
        except OSError as e:
            raise OSError(e.errno, strerror(e.errno))  # GraalPy's message for EBADF is not C's


def _pread3(fd, length, offset):
    """Read a number of bytes from a file descriptor starting at a particular offset.

Read length bytes from file descriptor fd, starting at offset bytes from
the beginning of the file.  The file offset remains unchanged."""
    fd, length, offset = _calls_index(fd), _calls_index(length), _calls_index(offset)
    if length < 0:
        raise OSError(22, strerror(22))
    def read():
        try:
            return _target.read(fd, length)
        except OSError as e:  # GraalPy's read past the end of a file is EINVAL, read(2)'s end of file
            if e.errno == 22 and offset >= _target.fstat(fd).st_size:
                return b''
            raise
    return _fd_positional(fd, offset, read)


def _pwrite3(fd, data, offset):
    """Write bytes to a file descriptor starting at a particular offset.

Write buffer to fd, starting at offset bytes from the beginning of
the file.  Returns the number of bytes writte.  Does not change the
current file offset."""
    fd = _calls_index(fd)
    try:
        data = memoryview(data)
    except TypeError:
        raise TypeError("a bytes-like object is required, not '%s'" % type(data).__name__)
    offset = _calls_index(offset)
    return _fd_positional(fd, offset, lambda: _target.write(fd, data))


if _calls is not None and _CALLS_PY3:
    for _f, _name in ((_pread3, 'pread'), (_pwrite3, 'pwrite')):
        if not hasattr(_target, _name):
            _f.__name__ = _f.__qualname__ = _name
            _f.__module__ = 'os'
            setattr(_target, _name, _f)
