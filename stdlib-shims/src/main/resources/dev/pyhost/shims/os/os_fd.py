# os functions on file descriptors that one engine lacks (after os_calls.py and os_conf.py, whose
# helpers it uses). Jython: dup, dup2, fchmod, fchown, fstatvfs, fpathconf, ttyname, ctermid,
# tcgetpgrp, tcsetpgrp, openpty; and its read, write, lseek, close, isatty, fdopen (and fstat, in
# os_stat_py2.py) made to take the process's descriptors as ints, what dup answers, as CPython's.
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
    return not _CALLS_PY3 and not isinstance(value, (int, long, float, basestring))


def _fd_number(fd):
    """The process's descriptor an fd argument names (CPython's int; one of Jython's objects)."""
    if _fd_is_java(fd):
        # the session's standard streams (sys.stdout may since be a script's own file)
        for n, name in enumerate(('__stdin__', '__stdout__', '__stderr__')):
            f = getattr(_calls_sys, name, None)
            try:
                if f is not None and fd == f.fileno():
                    return _fd_standard(n)
            except (ValueError, AttributeError, TypeError):  # closed, or not a file
                pass
        n = int(_core.descriptor(fd))
        if n < 0:  # closed
            raise OSError(9, strerror(9))
        return n
    if not _CALLS_PY3 and isinstance(fd, basestring):
        raise TypeError('an integer is required')
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


def ttyname(fd):
    """Return the name of the terminal device connected to 'fd'."""
    err, name = _calls.ttyname(_fd_number(fd))
    _calls_check(err)
    return _str(name)


def ctermid():
    """Return the name of the controlling terminal for this process."""
    return _str(_calls.ctermid())


def tcgetpgrp(fd):
    """Return the process group associated with the terminal given by a fd."""
    return _fd_result(_calls.tcgetpgrp(_fd_number(fd)))


def tcsetpgrp(fd, pgid):
    """Set the process group associated with the terminal given by a fd."""
    _calls_check(_calls.tcsetpgrp(_fd_number(fd), _calls_index(pgid)))


def openpty():
    """Open a pseudo-terminal, returning open fd's for both master and slave end."""
    master, slave, err = (int(x) for x in _calls.openpty())
    _calls_check(err)
    return master, slave


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
               openpty):
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
            raw = FileIO(Descriptors.channel(fd, reading, writing),
                         ('a' if mode[0] == 'a' else 'r' if reading else 'w') + ('+' if reading and writing else ''))
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
