# fcntl for both engines (written in the common subset of Python 2.7 and 3): CPython's module
# over the system's fcntl(2), ioctl(2) and flock(2), made in Java on the real descriptor behind
# what the script passes (a number, a file, a socket, a Popen pipe). _core is an FcntlCore;
# buffers come and go as strings of one char per byte.
import sys as _sys
import time as _time
import struct as _struct

_PY3 = _sys.version_info[0] >= 3

DN_ACCESS, DN_MODIFY, DN_CREATE, DN_DELETE, DN_RENAME, DN_ATTRIB = 1, 2, 4, 8, 16, 32
DN_MULTISHOT = 0x80000000
FASYNC = 0o20000
FD_CLOEXEC = 1
F_DUPFD, F_GETFD, F_SETFD, F_GETFL, F_SETFL = 0, 1, 2, 3, 4
F_GETLK, F_SETLK, F_SETLKW = 5, 6, 7
F_GETLK64, F_SETLK64, F_SETLKW64 = 5, 6, 7
F_SETOWN, F_GETOWN, F_SETSIG, F_GETSIG = 8, 9, 10, 11
F_RDLCK, F_WRLCK, F_UNLCK = 0, 1, 2
F_EXLCK, F_SHLCK = 4, 8
F_SETLEASE, F_GETLEASE, F_NOTIFY = 1024, 1025, 1026
LOCK_SH, LOCK_EX, LOCK_NB, LOCK_UN = 1, 2, 4, 8
LOCK_MAND, LOCK_READ, LOCK_WRITE, LOCK_RW = 32, 64, 128, 192
if _PY3:
    F_DUPFD_CLOEXEC = 1030
    F_SETPIPE_SZ, F_GETPIPE_SZ = 1031, 1032
    F_ADD_SEALS, F_GET_SEALS = 1033, 1034
    F_SEAL_SEAL, F_SEAL_SHRINK, F_SEAL_GROW, F_SEAL_WRITE = 1, 2, 4, 8
    F_OFD_GETLK, F_OFD_SETLK, F_OFD_SETLKW = 36, 37, 38
_OFD = {F_GETLK: 36, F_SETLK: 37, F_SETLKW: 38}
_EAGAIN, _EACCES, _EBADF = 11, 13, 9
_BUFFER_MAX = 1024
_FLOCK = _struct.Struct('<hhxxxxqqixxxx')  # struct flock on 64-bit little-endian Linux
_FLOCK_PID = 24  # where its l_pid is
_integers = (int,) if _PY3 else (int, long)  # noqa: F821 (Python 2)


def _latin1(text):
    """Bytes back from Java, one char each (on Python 2 a unicode, which str() would refuse past
    0x7f)."""
    if _PY3:
        return str(text).encode('latin-1')
    return text if isinstance(text, str) else unicode(text).encode('latin-1')  # noqa: F821


def _error(err):
    import os
    exc = OSError if _PY3 else IOError
    return exc(err, os.strerror(err))


def _fd(obj, scratch_socket=False):
    """The real descriptor behind obj, as CPython's PyObject_AsFileDescriptor reads obj. With
    scratch_socket, None for a socket that has none to give (Jython's; see ioctl)."""
    if not isinstance(obj, _integers):
        fileno = getattr(obj, 'fileno', None)
        if fileno is None:
            raise TypeError('argument must be an int, or have a fileno() method' + ('.' if _PY3 else ''))
        obj = fileno()
    if isinstance(obj, _integers):
        if obj < 0:
            raise ValueError('file descriptor cannot be a negative integer (%d)' % obj)
    if not _core.available():
        raise _error(38)  # ENOSYS: no way to make the call here
    real = int(_core.realFd(obj))
    if real < 0 and scratch_socket and hasattr(obj, 'family') and hasattr(obj, 'proto'):
        return None
    if real < 0:
        for number, stream in enumerate((_sys.stdin, _sys.stdout, _sys.stderr)):
            if obj is getattr(stream, 'fileno', lambda: None)():
                return number
        raise _error(_EBADF)
    return real


def _fileno(obj):
    return obj if isinstance(obj, _integers) or not hasattr(obj, 'fileno') else obj.fileno()


def _buffer(arg):
    """arg's bytes when it is a buffer (CPython 2's ioctl takes an array.array as the buffer it
    may change, not a bytearray); None for an integer, or anything else."""
    import array
    if isinstance(arg, array.array):
        return arg.tobytes() if _PY3 else _array_bytes(arg)
    if _PY3 and isinstance(arg, (bytearray, memoryview)):
        return bytes(arg)
    if isinstance(arg, bytes):
        return arg
    if _PY3 and isinstance(arg, str):
        return arg.encode('utf-8')
    if not _PY3 and isinstance(arg, unicode):  # noqa: F821 (Python 2)
        return arg.encode('ascii')
    return None


# An array's bytes as the C call sees them. Jython's array writes its items big-endian, and its
# 'l' in Java's four bytes; the kernel reads them in the order and sizes of 64-bit Linux.
_ARRAY_ITEMS = {'b': 'b', 'B': 'B', 'h': 'h', 'H': 'H', 'i': 'i', 'I': 'I', 'l': 'q', 'L': 'Q',
                'f': 'f', 'd': 'd'}


def _array_bytes(arr):
    item = _ARRAY_ITEMS.get(arr.typecode)
    if item is None:
        return arr.tostring()
    return _struct.pack('<%d%s' % (len(arr), item), *arr)


def _array_items(arr, data):
    item = _ARRAY_ITEMS.get(arr.typecode)
    if item is None or _PY3:
        return type(arr)(arr.typecode, data)
    return type(arr)(arr.typecode, _struct.unpack('<%d%s' % (len(arr), item), data))


def _mutable(arg):
    import array
    return isinstance(arg, array.array) or (_PY3 and isinstance(arg, bytearray))


def _integer(arg, name):
    if isinstance(arg, float):
        raise TypeError("'float' object cannot be interpreted as an integer" if _PY3 else
                        'integer argument expected, got float')
    try:
        import operator
        return operator.index(arg)
    except TypeError:
        raise TypeError("'%s' object cannot be interpreted as an integer" % type(arg).__name__
                        if _PY3 else 'an integer is required')


def _lock_command(cmd):
    """Record locks are kept per process: where the process is shared by other runs, each run's
    locks are taken on its open file descriptions, so that they keep the other runs out."""
    if not _core.ownsProcess():
        return _OFD.get(cmd, cmd)
    return cmd


def _waiting(attempt):
    """Repeats a non-blocking attempt until it stops answering 'would block', waiting a little
    longer each time, so that a signal (Ctrl-C, terminate()) reaches the waiting script."""
    delay = 0.001
    while True:
        result, err = attempt()
        if err not in (_EAGAIN, _EACCES):
            return result, err
        _time.sleep(delay)
        delay = min(delay * 2, 0.05)


def fcntl(fd, cmd, arg=0):
    """Perform the operation `cmd` on file descriptor fd."""
    real = _fd(fd)
    cmd = _integer(cmd, 'fcntl')
    data = _buffer(arg)
    if data is not None:
        if len(data) > _BUFFER_MAX:
            raise ValueError('fcntl string arg too long')
        command, waits = cmd, False
        if cmd in _OFD and len(data) >= _FLOCK_PID + 4:
            command = _lock_command(cmd)
            if command != cmd:  # open file description locks take no pid
                data = data[:_FLOCK_PID] + b'\0\0\0\0' + data[_FLOCK_PID + 4:]
            if cmd == F_SETLKW:  # its non-blocking form, repeated (see _waiting)
                command, waits = _lock_command(F_SETLK), True
        text = data.decode('latin-1')

        def attempt():
            r = _core.fcntlBuffer(real, command, text)
            return r, int(r[1])
        r, err = _waiting(attempt) if waits else attempt()
        if err:
            raise _error(err)
        return _latin1(r[2])
    value = _integer(arg, 'fcntl')
    r = _core.fcntl(real, cmd, value)
    if int(r[1]):
        raise _error(int(r[1]))
    return int(r[0])


def ioctl(fd, request, arg=0, mutate_flag=True):
    """Perform the operation `request` on file descriptor `fd`."""
    real = _fd(fd, scratch_socket=True)
    request = _integer(request, 'ioctl') & 0xFFFFFFFFFFFFFFFF
    data = _buffer(arg)
    if real is None and data is None:
        raise _error(_EBADF)
    if data is not None:
        mutable = _mutable(arg) and mutate_flag
        if len(data) > _BUFFER_MAX and not mutable:
            raise ValueError('ioctl string arg too long')
        if real is None:
            r = _core.ioctlScratchSocket(getattr(_fileno(fd), 'family', 2) == 10, request,
                                         data.decode('latin-1'))
        else:
            r = _core.ioctlBuffer(real, request, data.decode('latin-1'))
        if int(r[1]):
            raise _error(int(r[1]))
        out = _latin1(r[2])
        if mutable:
            arg[:] = _array_items(arg, out) if hasattr(arg, 'typecode') else out
            return int(r[0])
        return out
    value = _integer(arg, 'ioctl')
    r = _core.ioctl(real, request, value)
    if int(r[1]):
        raise _error(int(r[1]))
    return int(r[0])


def flock(fd, operation):
    """Perform the lock operation `operation` on file descriptor `fd`."""
    real = _fd(fd)
    operation = _integer(operation, 'flock')
    if operation & (LOCK_SH | LOCK_EX) and not operation & LOCK_NB:
        _, err = _waiting(lambda: (None, int(_core.flock(real, operation | LOCK_NB))))
    else:
        err = int(_core.flock(real, operation))
    if err:
        raise _error(err)


def lockf(fd, cmd, len=0, start=0, whence=0):
    """A wrapper around the fcntl() locking calls."""
    real = _fd(fd)
    cmd = _integer(cmd, 'lockf')
    if cmd == LOCK_UN:
        kind = F_UNLCK
    elif cmd & LOCK_SH:
        kind = F_RDLCK
    elif cmd & LOCK_EX:
        kind = F_WRLCK
    else:
        raise ValueError('unrecognized lockf argument')
    text = _FLOCK.pack(kind, whence, start, len, 0).decode('latin-1')
    command = _lock_command(F_SETLK)

    def attempt():
        r = _core.fcntlBuffer(real, command, text)
        return None, int(r[1])
    _, err = attempt() if cmd & LOCK_NB or kind == F_UNLCK else _waiting(attempt)
    if err:
        raise _error(err)


for _name, _value in list(globals().items()):
    if _name[:1] != '_' and _name not in ('fcntl_common',):
        if callable(_value):
            _value.__module__ = 'fcntl'
        setattr(_target, _name, _value)
