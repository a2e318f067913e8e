# Local (AF_UNIX) sockets, which neither engine's socket module has (Jython's and GraalPy's are
# built on Java's TCP and UDP sockets): socket.socket(AF_UNIX, ...) and socketpair(AF_UNIX)
# answer one of these, a real descriptor of the process driven through the C library (_core, a
# LocalSockets). Blocking calls and timeouts are CPython's; a wait is made of short polls, so
# Ctrl-C ends it. select.select takes these sockets and their descriptors (the select overlay
# polls them). Python 2 and 3 alike (this is appended to socket_py2.py or socket_py3.py).
import sys as _sys
import time as _time

_PY3 = _sys.version_info[0] >= 3
_EAGAIN, _EBADF, _EINVAL = 11, 9, 22
_POLLIN, _POLLOUT = 1, 4
_SLICE_MS = 50
_SOCK_TYPE_MASK = 0xf
_default_backlog = 128


def _strerror(err):
    import os
    return os.strerror(err)


def _error(err):
    if _PY3:
        return OSError(err, _strerror(err))  # FileNotFoundError, BlockingIOError... by errno
    return _target.error(err, _strerror(err))


def _checked(result):
    if result < 0:
        raise _error(int(-result))
    return int(result)


if _PY3:
    def _fs_bytes(address):
        if isinstance(address, str):
            import os
            return os.fsencode(address)
        try:
            return bytes(memoryview(address))
        except TypeError:
            raise TypeError("a bytes-like object is required, not '%s'" % type(address).__name__)

    def _address_out(chars):
        data = chars.encode('latin-1')
        if data[:1] == b'\0':
            return data  # the abstract namespace: bytes, as CPython gives them
        import os
        return os.fsdecode(data)

    def _data_in(data):
        try:
            return bytes(memoryview(data)).decode('latin-1')
        except TypeError:
            raise TypeError("a bytes-like object is required, not '%s'" % type(data).__name__)

    def _data_out(chars):
        return chars.encode('latin-1')
else:
    _str_of = __import__('_pyhost').jython_bytes.str_of

    def _fs_bytes(address):
        if isinstance(address, unicode):  # noqa: F821 (Python 2)
            return address.encode('ascii')
        if isinstance(address, (str, bytearray, buffer)):  # noqa: F821
            return str(address)
        raise TypeError('argument must be string or read-only character buffer, not %s'
                        % ('None' if address is None else type(address).__name__))

    def _address_out(chars):
        return _str_of(chars)

    def _data_in(data):
        if isinstance(data, unicode):  # noqa: F821 (Python 2)
            data = data.encode('ascii')
        elif not isinstance(data, str):
            try:
                data = str(buffer(data))  # noqa: F821
            except TypeError:
                raise TypeError('must be string or buffer, not %s' % type(data).__name__)
        return data.decode('latin-1')

    def _data_out(chars):
        return _str_of(chars)


def _address_in(address):
    path = _fs_bytes(address)
    abstract = path[:1] in (b'\0', b'')  # the empty name: one the kernel picks
    if (len(path) > 108) if abstract else (len(path) >= 108):
        raise (OSError if _PY3 else _target.error)('AF_UNIX path too long')
    return path.decode('latin-1')


# Jython's socket options are numbers of its own (SOL_SOCKET 65535, SO_REUSEADDR 128...), which
# its Java sockets understand: on a local socket they mean Linux's options of the same names.
_LINUX_SOCKET_OPTIONS = {'SO_DEBUG': 1, 'SO_REUSEADDR': 2, 'SO_TYPE': 3, 'SO_ERROR': 4, 'SO_DONTROUTE': 5,
                         'SO_BROADCAST': 6, 'SO_SNDBUF': 7, 'SO_RCVBUF': 8, 'SO_KEEPALIVE': 9,
                         'SO_OOBINLINE': 10, 'SO_REUSEPORT': 15, 'SO_RCVLOWAT': 18, 'SO_SNDLOWAT': 19,
                         'SO_ACCEPTCONN': 30}
_engine_sol_socket = getattr(_target, 'SOL_SOCKET', 1)
_engine_options = {}
if _engine_sol_socket != 1:
    for _name, _linux in _LINUX_SOCKET_OPTIONS.items():
        _value = getattr(_target, _name, -1)
        if _value >= 0:
            _engine_options[_value] = _linux


def _option(level, option):
    """The (level, option) Linux knows for an engine's pair."""
    if level == _engine_sol_socket and _engine_sol_socket != 1:
        return 1, _engine_options.get(option, option)
    return int(level), int(option)


def _timeout_error():
    return _target.timeout('timed out')


class _LocalSocket(object):
    """A local (AF_UNIX) socket: socket.socket's methods on a real descriptor."""
    _pyhost_local = True  # select polls it itself

    def __init__(self, type, proto, fd):
        self._fd = fd
        self._kind = type
        self.proto = proto
        self._timeout = _target.getdefaulttimeout()
        self._closed = False
        self._io_refs = 0

    # -- identity -----------------------------------------------------------------------------

    @property
    def family(self):
        return AF_UNIX

    @property
    def type(self):
        kind = getattr(_target, 'SocketKind', None)
        if kind is not None:
            try:
                return kind(self._kind)
            except ValueError:
                pass
        return self._kind

    def fileno(self):
        if self._fd < 0 and not _PY3:
            raise _error(_EBADF)
        return self._fd

    def _open_fd(self):
        if self._fd < 0:
            raise _error(_EBADF)
        return self._fd

    def __repr__(self):
        if not _PY3:
            return '<socket._socketobject object at 0x%x>' % id(self)
        text = '<socket.socket%s fd=%i, family=%s, type=%s, proto=%i' % (
            ' [closed]' if self._closed else '', self._fd, int(AF_UNIX), int(self._kind), self.proto)
        if self._fd >= 0:
            for key, peer in (('laddr', False), ('raddr', True)):
                try:
                    addr = self._name(peer)
                except OSError:
                    continue
                if addr:
                    text += ', %s=%s' % (key, addr)
        return text + '>'

    # -- life ---------------------------------------------------------------------------------

    def close(self):
        self._closed = True
        if self._io_refs <= 0:
            self._real_close()

    def _real_close(self):
        fd, self._fd = self._fd, -1
        if fd >= 0:
            _core.close(fd)

    def _decref_socketios(self):
        if self._io_refs > 0:
            self._io_refs -= 1
        if self._closed:
            self.close()

    def __del__(self):
        # as CPython's socket, closed when dropped (a script that never closes keeps no descriptor)
        if getattr(self, '_fd', -1) >= 0:
            self._real_close()

    def detach(self):
        fd, self._fd = self._fd, -1
        self._closed = True
        if fd >= 0:
            _core.forget(fd)
        return fd

    def __enter__(self):
        return self

    def __exit__(self, *args):
        self.close()

    # -- timeouts -----------------------------------------------------------------------------

    def settimeout(self, value):
        if value is not None:
            if _PY3:
                if not isinstance(value, (int, float)):
                    import operator
                    operator.index(value)  # CPython's TypeError for what is no number
                value = float(value)
            else:
                if not isinstance(value, (int, long, float)):  # noqa: F821 (Python 2)
                    raise TypeError('a float is required')
                value = float(value)
            if value < 0:
                raise ValueError('Timeout value out of range')
        self._timeout = value

    def gettimeout(self):
        return self._timeout

    def setblocking(self, flag):
        self._timeout = None if flag else 0.0

    def getblocking(self):
        return self._timeout != 0.0

    @property
    def timeout(self):
        return self._timeout

    def _wait(self, events, deadline):
        """Waits for events; raises EAGAIN for a non-blocking socket, timeout past the deadline."""
        if self._timeout == 0.0:
            raise _error(_EAGAIN)
        while True:
            if deadline is None:
                slice_ms = _SLICE_MS
            else:
                left = deadline - _time.time()
                if left <= 0:
                    raise _timeout_error()
                slice_ms = max(1, min(_SLICE_MS, int(left * 1000) + 1))
            ready = _core.waitFor(self._open_fd(), events, slice_ms)
            if ready < 0:
                raise _error(-ready)
            if ready:
                return

    def _deadline(self):
        return None if not self._timeout else _time.time() + self._timeout

    def _retry(self, events, call):
        deadline = self._deadline()
        while True:
            result = call()
            if result != -_EAGAIN:
                return _checked(result)
            self._wait(events, deadline)

    # -- connections --------------------------------------------------------------------------

    def bind(self, address):
        _checked(_core.bind(self._open_fd(), _address_in(address)))

    def listen(self, backlog=_default_backlog):
        _checked(_core.listen(self._open_fd(), max(0, min(backlog, 4096))))

    def connect(self, address):
        path = _address_in(address)
        fd = self._open_fd()
        deadline = self._deadline()
        while True:
            result = _core.connect(fd, path)
            if result != -_EAGAIN:  # a listener's backlog full: room comes when it accepts
                _checked(result)
                return
            if self._timeout == 0.0:
                raise _error(_EAGAIN)
            if deadline is not None and _time.time() >= deadline:
                raise _timeout_error()
            _time.sleep(0.005)

    def connect_ex(self, address):
        try:
            self.connect(address)
        except (OSError if _PY3 else _target.error) as e:
            if e.errno is None:
                raise
            return e.errno
        return 0

    def accept(self):
        fd = self._open_fd()
        new = self._retry(_POLLIN, lambda: _core.accept(fd))
        conn = _LocalSocket(self._kind, self.proto, new)
        if _target.getdefaulttimeout() is None and self._timeout:
            conn.setblocking(True)
        return conn, conn._peer_or_empty()

    def _peer_or_empty(self):
        try:
            return self._name(True)
        except Exception:
            return ''

    def _name(self, peer):
        got = _core.name(self._open_fd(), peer)
        if got[0] is None:
            raise _error(int(got[1]))
        return _address_out(got[0])

    def getsockname(self):
        return self._name(False)

    def getpeername(self):
        return self._name(True)

    def shutdown(self, how):
        _checked(_core.shutdown(self._open_fd(), int(how)))

    # -- data ---------------------------------------------------------------------------------

    def send(self, data, flags=0):
        chars = _data_in(data)
        fd = self._open_fd()
        return self._retry(_POLLOUT, lambda: _core.send(fd, chars, int(flags), None))

    def sendall(self, data, flags=0):
        chars = _data_in(data)
        fd = self._open_fd()
        while chars:
            sent = self._retry(_POLLOUT, lambda: _core.send(fd, chars, int(flags), None))
            chars = chars[sent:]

    def sendto(self, data, flags_or_address, address=None):
        if address is None:
            flags, address = 0, flags_or_address
        else:
            flags = flags_or_address
        chars = _data_in(data)
        path = _address_in(address)
        fd = self._open_fd()
        return self._retry(_POLLOUT, lambda: _core.send(fd, chars, int(flags), path))

    def _receive(self, size, flags):
        if size < 0:
            raise ValueError('negative buffersize in recv')
        fd = self._open_fd()
        deadline = self._deadline()
        while True:
            got = _core.receive(fd, int(size), int(flags))
            if got[0] is not None:
                return got
            err = int(got[1])
            if err != _EAGAIN:
                raise _error(err)
            self._wait(_POLLIN, deadline)

    def recv(self, bufsize, flags=0):
        return _data_out(self._receive(bufsize, flags)[0])

    def recvfrom(self, bufsize, flags=0):
        got = self._receive(bufsize, flags)
        return _data_out(got[0]), (None if got[1] is None else _address_out(got[1]))

    def recv_into(self, buffer, nbytes=0, flags=0):
        view = memoryview(buffer)
        data = self.recv(nbytes or len(view), flags)
        view[:len(data)] = data
        return len(data)

    def recvfrom_into(self, buffer, nbytes=0, flags=0):
        view = memoryview(buffer)
        data, address = self.recvfrom(nbytes or len(view), flags)
        view[:len(data)] = data
        return len(data), address

    # -- options and files --------------------------------------------------------------------

    def setsockopt(self, level, option, value, optlen=None):
        if not isinstance(value, int if _PY3 else (int, long)):  # noqa: F821 (Python 2)
            import struct
            value = struct.unpack('i', bytes(value) if _PY3 else str(value))[0]
        level, option = _option(level, option)
        _checked(_core.setIntOption(self._open_fd(), level, option, int(value)))

    def getsockopt(self, level, option, buflen=None):
        level, option = _option(level, option)
        got = _core.getIntOption(self._open_fd(), level, option)
        if got[1]:
            raise _error(int(got[1]))
        if buflen is None:
            return int(got[0])
        import struct
        return struct.pack('i', int(got[0]))[:buflen]

    if _PY3:
        def makefile(self, mode='r', buffering=None, encoding=None, errors=None, newline=None):
            return _target.socket.makefile(self, mode, buffering, encoding=encoding, errors=errors,
                                           newline=newline)

        def _checkClosed(self):
            if self._closed:
                raise ValueError('I/O operation on closed socket.')
    else:
        def makefile(self, mode='r', bufsize=-1):
            return _target._fileobject(self, mode, bufsize)


if _PY3:
    _LocalSocket.__name__ = _LocalSocket.__qualname__ = 'socket'
else:
    _LocalSocket.__name__ = '_socketobject'
_LocalSocket.__module__ = 'socket'


def _local_socket(type=None, proto=0):
    if type is None or type == -1:
        type = _target.SOCK_STREAM
    kind = int(type) & _SOCK_TYPE_MASK
    return _LocalSocket(kind, int(proto) if proto not in (None, -1) else 0,
                        _checked(_core.open(int(type), int(proto) if proto not in (None, -1) else 0)))


if _core.available():
    AF_UNIX = getattr(_target, 'AF_UNIX', None)
    if AF_UNIX is None:
        _target.AF_UNIX = AF_UNIX = 1
        if _sys.modules.get('_socket') is not None and not hasattr(_sys.modules['_socket'], 'AF_UNIX'):
            _sys.modules['_socket'].AF_UNIX = 1
        if getattr(_target, 'AddressFamily', None) is not None:
            # AddressFamily made again as socket.py makes it, now with the member the engine
            # lacked: s.family reads AddressFamily.AF_UNIX as under CPython
            try:
                from enum import IntEnum as _IntEnum
                _IntEnum._convert_('AddressFamily', _target.__name__,
                                   lambda C: C.isupper() and C.startswith('AF_'))
                AF_UNIX = _target.AF_UNIX
            except Exception:
                pass
        for _name in ('AF_UNIX', 'socketpair'):
            if isinstance(getattr(_target, '__all__', None), list) and _name not in _target.__all__:
                _target.__all__.append(_name)  # from socket import * brings them, as in CPython

    _engine_class = _target.socket
    _engine_new = _engine_class.__new__

    def _socket_new(cls, *args, **kwargs):
        family = args[0] if args else kwargs.get('family')
        if cls is _engine_class and family is not None and family == AF_UNIX:
            names = ('family', 'type', 'proto', 'fileno') if _PY3 else ('family', 'type', 'proto', '_sock')
            given = dict(zip(names, args))
            given.update(kwargs)
            if given.get('fileno') is not None or given.get('_sock') is not None:
                raise _error(_EINVAL)  # an existing descriptor: not taken (see the README)
            return _local_socket(given.get('type'), given.get('proto', 0))
        if _engine_new is object.__new__:
            return _engine_new(cls)
        return _engine_new(cls, *args, **kwargs)

    _engine_class.__new__ = staticmethod(_socket_new)

    _engine_socketpair = getattr(_target, 'socketpair', None)

    def socketpair(family=None, type=None, proto=0):
        """socketpair([family[, type [, proto]]]) -> (socket object, socket object)"""
        if family is None and _engine_socketpair is not None:
            return _engine_socketpair()  # the engine's own pair (GraalPy: a TCP connection)
        if family is not None and family != AF_UNIX:
            if _engine_socketpair is None:
                raise _error(_EINVAL)
            return _engine_socketpair(*[a for a in (family, type, proto) if a is not None])
        kind = int(_target.SOCK_STREAM if type in (None, -1) else type)
        fds = _core.pair(kind, int(proto))
        if len(fds) == 1:
            _checked(fds[0])
        return (_LocalSocket(kind & _SOCK_TYPE_MASK, int(proto), int(fds[0])),
                _LocalSocket(kind & _SOCK_TYPE_MASK, int(proto), int(fds[1])))

    socketpair.__module__ = 'socket'
    _target.socketpair = socketpair
