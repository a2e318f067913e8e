# gevent glue, part 3 (same namespace as gevent.py): cooperative sockets over java.nio, select,
# StreamServer, monkey patching, and the module's public names.
import io as _io
import socket as _stdsocket
import errno as _errno

_socket_error = _stdsocket.error
_socket_timeout = _stdsocket.timeout
_gaierror = _stdsocket.gaierror


def _raise_errno(nio):
    code = nio.errno()
    msg = str(nio.strerror())
    if code < 0:
        raise _gaierror(code, msg)
    raise _socket_error(code, msg)


def _wait(nio, write, timeout=None, timeout_exc=None):
    hub = get_hub()
    watcher = hub.loop.io(nio, write)
    if timeout is None:
        hub.wait(watcher)
        return
    t = Timeout.start_new(timeout, timeout_exc if timeout_exc is not None else _socket_timeout('timed out'),
                          _one_shot=True)
    try:
        hub.wait(watcher)
    finally:
        t.cancel()


def _resolve(address):
    host, port = address[0], address[1]
    if host in ('', '0.0.0.0'):
        host = '0.0.0.0'
    elif host == '<broadcast>':
        host = '255.255.255.255'
    elif host == 'localhost':
        host = '127.0.0.1'
    if not isinstance(port, int) and not (not _PY3 and isinstance(port, long)):  # noqa: F821
        raise TypeError("'%s' object cannot be interpreted as an integer" % type(port).__name__)
    return str(host), int(port)


_fds = [1000]


class socket(object):
    """A cooperative TCP socket: blocking calls wait in the hub, not the thread."""

    def __init__(self, family=_stdsocket.AF_INET, type=_stdsocket.SOCK_STREAM, proto=0, fileno=None, _nio=None):
        if type not in (_stdsocket.SOCK_STREAM, getattr(_stdsocket, 'SOCK_STREAM', 1)) and _nio is None:
            raise _socket_error(_errno.EPROTONOSUPPORT, 'only TCP sockets are cooperative on pyhost')
        self._nio = _nio if _nio is not None else _core.socket()
        self.family = family
        self.type = type
        self.proto = proto
        self.timeout = _stdsocket.getdefaulttimeout()
        self._opts = {}
        self._closed = False
        self._io_refs = 0
        _fds[0] += 1
        self._fileno = _fds[0]

    def __repr__(self):
        return '<gevent._socket3.socket object, fd=%s, family=%s, type=%s, proto=%s>' % (
            -1 if self._closed else self._fileno, self.family, self.type, self.proto)

    def __enter__(self):
        return self

    def __exit__(self, *args):
        self.close()

    def _check(self):
        if self._closed:
            raise _socket_error(_errno.EBADF, 'Bad file descriptor')

    def fileno(self):
        return -1 if self._closed else self._fileno

    def settimeout(self, howlong):
        if howlong is not None:
            howlong = float(howlong)
            if howlong < 0:
                raise ValueError('Timeout value out of range')
        self.timeout = howlong

    def gettimeout(self):
        return self.timeout

    def setblocking(self, flag):
        self.timeout = None if flag else 0.0

    def getblocking(self):
        return self.timeout != 0.0

    def setsockopt(self, level, option, value, *rest):
        self._opts[(level, option)] = value
        if option == _stdsocket.SO_REUSEADDR and level == _stdsocket.SOL_SOCKET:
            self._nio.setReuseAddress(bool(value))
        elif option == getattr(_stdsocket, 'TCP_NODELAY', -1) and level == getattr(_stdsocket, 'IPPROTO_TCP', -1):
            self._nio.setNoDelay(bool(value))

    def getsockopt(self, level, option, buflen=None):
        return self._opts.get((level, option), 0)

    def bind(self, address):
        self._check()
        host, port = _resolve(address)
        if not self._nio.bind(host, port):
            _raise_errno(self._nio)

    def listen(self, backlog=128):
        self._check()

    def getsockname(self):
        self._check()
        a = self._nio.sockname()
        if a is None:
            return ('0.0.0.0', 0)
        return (str(a[0]), int(a[1]))

    def getpeername(self):
        self._check()
        a = self._nio.peername()
        if a is None:
            raise _socket_error(_errno.ENOTCONN, 'Transport endpoint is not connected')
        return (str(a[0]), int(a[1]))

    def _wait(self, write, timeout_exc=None):
        if self.timeout == 0.0:
            raise _socket_error(_errno.EAGAIN, 'Resource temporarily unavailable')
        _wait(self._nio, write, self.timeout, timeout_exc)

    def accept(self):
        self._check()
        while True:
            c = self._nio.accept()
            if c is not None:
                s = type(self)(self.family, self.type, self.proto, _nio=c)
                if _stdsocket.getdefaulttimeout() is None:
                    s.timeout = None
                return s, s.getpeername()
            if self._nio.errno():
                _raise_errno(self._nio)
            self._wait(False)

    def connect(self, address):
        self._check()
        host, port = _resolve(address)
        r = self._nio.connect(host, port)
        while r == 0:
            self._wait(True)
            r = self._nio.finishConnect()
        if r < 0:
            _raise_errno(self._nio)

    def connect_ex(self, address):
        try:
            self.connect(address)
            return 0
        except _socket_error as e:
            return e.args[0] if e.args and isinstance(e.args[0], int) else _errno.EIO

    def recv(self, size, flags=0):
        self._check()
        while True:
            data = self._nio.recv(size)
            if data is not None:
                return data.encode('latin-1')
            if self._nio.errno():
                _raise_errno(self._nio)
            self._wait(False)

    def recv_into(self, buffer, nbytes=0, flags=0):
        if not nbytes:
            nbytes = len(buffer)
        data = self.recv(nbytes)
        n = len(data)
        buffer[:n] = data
        return n

    def recvfrom(self, size, flags=0):
        return self.recv(size), None

    def _as_text(self, data):
        if isinstance(data, memoryview):
            data = data.tobytes()
        elif isinstance(data, bytearray):
            data = bytes(data)
        if _PY3:
            if isinstance(data, str):
                raise TypeError("a bytes-like object is required, not 'str'")
            return data.decode('latin-1')
        if isinstance(data, unicode):  # noqa: F821
            data = data.encode('ascii')
        return data.decode('latin-1')

    def send(self, data, flags=0, timeout=None):
        self._check()
        text = self._as_text(data)
        while True:
            n = self._nio.send(text)
            if n > 0 or not text:
                return n
            if n < 0:
                _raise_errno(self._nio)
            self._wait(True)

    def sendall(self, data, flags=0):
        self._check()
        text = self._as_text(data)
        while text:
            n = self._nio.send(text)
            if n < 0:
                _raise_errno(self._nio)
            if n == 0:
                self._wait(True)
            text = text[n:]
        return None

    def sendto(self, *args):
        raise _socket_error(_errno.EOPNOTSUPP, 'Operation not supported')

    def shutdown(self, how):
        self._check()
        if not self._nio.shutdown(how):
            _raise_errno(self._nio)

    def close(self):
        if self._io_refs > 0:
            self._closed_pending = True
            return
        self._closed = True
        self._nio.close()

    def _decref_socketios(self):
        if self._io_refs > 0:
            self._io_refs -= 1
        if self._io_refs == 0 and getattr(self, '_closed_pending', False):
            self.close()

    def detach(self):
        self._closed = True
        return -1

    @property
    def closed(self):
        return self._closed

    def makefile(self, mode='r', buffering=None, encoding=None, errors=None, newline=None, bufsize=None):
        if not _PY3:
            return _stdsocket._fileobject(self, mode, -1 if bufsize is None else bufsize)
        writing = 'w' in mode
        reading = 'r' in mode or not writing
        binary = 'b' in mode
        raw = _SocketIO(self, ('r' if reading else '') + ('w' if writing else ''))
        self._io_refs += 1
        if buffering is None:
            buffering = -1
        if buffering < 0:
            buffering = _io.DEFAULT_BUFFER_SIZE
        if buffering == 0:
            if not binary:
                raise ValueError('unbuffered streams must be binary')
            return raw
        if reading and writing:
            buffer = _io.BufferedRWPair(raw, raw, buffering)
        elif reading:
            buffer = _io.BufferedReader(raw, buffering)
        else:
            buffer = _io.BufferedWriter(raw, buffering)
        if binary:
            return buffer
        text = _io.TextIOWrapper(buffer, encoding, errors, newline)
        text.mode = mode
        return text


class _SocketIO(_io.RawIOBase):
    def __init__(self, sock, mode):
        _io.RawIOBase.__init__(self)
        self._sock = sock
        self._mode = mode

    def readinto(self, b):
        return self._sock.recv_into(b)

    def write(self, b):
        return self._sock.send(b)

    def readable(self):
        return 'r' in self._mode

    def writable(self):
        return 'w' in self._mode

    def fileno(self):
        return self._sock.fileno()

    def close(self):
        if self.closed:
            return
        _io.RawIOBase.close(self)
        self._sock._decref_socketios()
        self._sock = None


SocketType = socket


def create_connection(address, timeout=_stdsocket._GLOBAL_DEFAULT_TIMEOUT, source_address=None, **kw):
    host, port = address
    s = socket()
    if timeout is not _stdsocket._GLOBAL_DEFAULT_TIMEOUT:
        s.settimeout(timeout)
    try:
        s.connect((host, port))
    except BaseException:
        s.close()
        raise
    return s


def socketpair(*args):
    listener = socket()
    listener.bind(('127.0.0.1', 0))
    a = socket()
    a.connect(listener.getsockname())
    b, _ = listener.accept()
    listener.close()
    return a, b


def wait_read(fileno, timeout=None, timeout_exc=None):
    _wait(fileno._nio, False, timeout, timeout_exc)


def wait_write(fileno, timeout=None, timeout_exc=None, event=None):
    _wait(fileno._nio, True, timeout, timeout_exc)


def wait_readwrite(fileno, timeout=None, timeout_exc=None, event=None):
    _wait(fileno._nio, True, timeout, timeout_exc)


_socket_names = {'socket': socket, 'SocketType': SocketType, 'create_connection': create_connection,
                 'socketpair': socketpair, 'wait_read': wait_read, 'wait_write': wait_write,
                 'wait_readwrite': wait_readwrite}
for _name in ('error', 'timeout', 'gaierror', 'herror', 'getaddrinfo', 'gethostbyname', 'gethostname',
              'getfqdn', 'inet_aton', 'inet_ntoa', 'htons', 'ntohs', 'htonl', 'ntohl', 'getdefaulttimeout',
              'setdefaulttimeout', 'gethostbyname_ex', 'gethostbyaddr', 'getservbyname', 'inet_pton',
              'inet_ntop', '_GLOBAL_DEFAULT_TIMEOUT'):
    if hasattr(_stdsocket, _name):
        _socket_names[_name] = getattr(_stdsocket, _name)
for _name in dir(_stdsocket):
    if _name.isupper() and _name not in _socket_names:
        _socket_names[_name] = getattr(_stdsocket, _name)
_parts['gevent.socket'] = _socket_names


# ---------------------------------------------------------------------------------------------
# select over cooperative sockets

def _select(rlist, wlist, xlist, timeout=None):
    if timeout is not None and timeout < 0:
        raise ValueError('timeout must be non-negative')
    ready_r = []
    ready_w = []
    hub = get_hub()
    waiter = Waiter(hub)
    watchers = []

    def on_ready(obj, write):
        (ready_w if write else ready_r).append(obj)
        if len(ready_r) + len(ready_w) == 1:
            waiter.switch(None)

    try:
        for write, objs in ((False, rlist), (True, wlist)):
            for obj in objs:
                sock = obj if isinstance(obj, socket) else getattr(obj, '_sock', None)
                if not isinstance(sock, socket):
                    raise TypeError('pyhost: select() waits only for cooperative sockets, not %r' % (obj,))
                w = hub.loop.io(sock._nio, write)
                w.start(on_ready, obj, write)
                watchers.append(w)
        if timeout == 0:
            # one poll: let the hub look once
            sleep(0)
            if not (ready_r or ready_w):
                return [], [], []
        else:
            t = Timeout._start_new_or_dummy(timeout)
            try:
                try:
                    waiter.get()
                except Timeout as ex:
                    if ex is not t:
                        raise
            finally:
                t.cancel()
        return ready_r, ready_w, []
    finally:
        for w in watchers:
            w.stop()


_parts['gevent.select'] = {'select': _select, 'error': getattr(__import__('select'), 'error', OSError)}


# ---------------------------------------------------------------------------------------------
# StreamServer

class StreamServer(object):
    """Accepts connections on a listener and handles each in a new greenlet."""
    backlog = 256
    reuse_addr = 1

    def __init__(self, listener, handle=None, backlog=None, spawn='default', **ssl_args):
        self._stop_event = Event()
        self._stop_event.set()
        self._watcher = None
        self._acceptor = None
        self._handle = handle
        if backlog is not None:
            self.backlog = backlog
        if hasattr(listener, 'accept'):
            self.socket = listener
            self.address = listener.getsockname()
        else:
            self.socket = None
            self.address = listener
        if spawn == 'default':
            self.pool = None
            self._spawn = Greenlet.spawn
        elif hasattr(spawn, 'spawn'):
            self.pool = spawn
            self._spawn = spawn.spawn
        elif isinstance(spawn, int):
            self.pool = Pool(spawn)
            self._spawn = self.pool.spawn
        else:
            self.pool = None
            self._spawn = spawn

    def __repr__(self):
        return '<%s at %s %s>' % (type(self).__name__, hex(id(self)), self.address)

    def handle(self, *args):
        return self._handle(*args)

    @property
    def server_host(self):
        return self.address[0]

    @property
    def server_port(self):
        return self.address[1]

    @property
    def started(self):
        return not self._stop_event.is_set()

    def init_socket(self):
        if self.socket is None:
            s = socket()
            if self.reuse_addr:
                s.setsockopt(_stdsocket.SOL_SOCKET, _stdsocket.SO_REUSEADDR, 1)
            s.bind(self.address)
            s.listen(self.backlog)
            self.socket = s
            self.address = s.getsockname()

    def start(self):
        self.init_socket()
        self._stop_event.clear()
        self._acceptor = Greenlet.spawn(self._accept_loop)

    def _accept_loop(self):
        while True:
            try:
                client, address = self.socket.accept()
            except _socket_error:
                if self.socket is None or self.socket.closed:
                    return
                raise
            self._spawn(self._handle_one, client, address)

    def _handle_one(self, client, address):
        try:
            self.handle(client, address)
        finally:
            if not _PY3 or not client.closed:
                pass

    def serve_forever(self, stop_timeout=None):
        if not self.started:
            self.start()
        try:
            self._stop_event.wait()
        finally:
            Greenlet.spawn(self.stop, timeout=stop_timeout).join()

    def stop(self, timeout=None):
        self.close()
        if self.pool is not None:
            self.pool.join(timeout=timeout)
            self.pool.kill(block=True, timeout=1)

    def close(self):
        if self._acceptor is not None:
            self._acceptor.kill(block=False)
            self._acceptor = None
        if self.socket is not None:
            self.socket.close()
        self._stop_event.set()

    @property
    def closed(self):
        return self.socket is None or self.socket.closed

    def __enter__(self):
        return self

    def __exit__(self, *args):
        self.stop()


_parts['gevent.server'] = {'StreamServer': StreamServer}
_parts['gevent.baseserver'] = {'BaseServer': StreamServer}


# ---------------------------------------------------------------------------------------------
# monkey patching

_patched = {}


def _patch(module, name, value):
    _patched.setdefault((module.__name__, name), getattr(module, name, None))
    if isinstance(module, type) and type(value).__name__ == 'function':
        # Jython's built-in modules (time) are Java types: a plain function would become a method
        value = staticmethod(value)
    setattr(module, name, value)


def _start_new_thread(function, args=(), kwargs=None):
    g = spawn_raw(function, *args, **(kwargs or {}))
    return id(g)


def _patch_thread():
    import threading
    try:
        import _thread as thread_mod
    except ImportError:
        import thread as thread_mod
    _patch(thread_mod, 'allocate_lock', _LockType)
    _patch(thread_mod, 'LockType', _LockType)
    if _PY3:
        _patch(threading, 'Lock', _LockType)
        _patch(threading, '_allocate_lock', _LockType)


def patch_all(socket=True, dns=True, time=True, select=True, thread=True, os=True, ssl=True,
              subprocess=True, sys=False, aggressive=True, Event=True, builtins=True, signal=True,
              queue=True, contextvars=True, **kwargs):
    if socket:
        patch_socket()
    if time:
        patch_time()
    if select:
        patch_select()
    if thread:
        _patch_thread()
    _saved['all'] = True
    return True


_saved = {}


def patch_socket(dns=True, aggressive=True):
    for name, value in _socket_names.items():
        if name in ('socket', 'SocketType', 'create_connection', 'socketpair'):
            _patch(_stdsocket, name, value)


def patch_time():
    import time as time_mod
    _patch(time_mod, 'sleep', sleep)


def patch_select(aggressive=True):
    import select as select_mod
    _patch(select_mod, 'select', _select)


def patch_thread(threading=True, _threading_local=True, Event=True, logging=True, existing_locks=True):
    _patch_thread()


def _noop(*args, **kwargs):
    return None


def is_module_patched(name):
    return any(k[0] == name for k in _patched)


def is_object_patched(modname, objname):
    return (modname, objname) in _patched


def get_original(mod_name, item_name):
    names = [item_name] if isinstance(item_name, _string_types) else list(item_name)
    mod = __import__(mod_name)
    found = [_patched.get((mod_name, n), getattr(mod, n)) for n in names]
    return found[0] if isinstance(item_name, _string_types) else found


_parts['gevent.monkey'] = {
    'patch_all': patch_all, 'patch_socket': patch_socket, 'patch_time': patch_time,
    'patch_select': patch_select, 'patch_thread': patch_thread, 'patch_os': _noop, 'patch_ssl': _noop,
    'patch_subprocess': _noop, 'patch_sys': _noop, 'patch_dns': _noop, 'patch_signal': _noop,
    'patch_queue': _noop, 'patch_builtins': _noop, 'is_module_patched': is_module_patched,
    'is_object_patched': is_object_patched, 'get_original': get_original}


# ---------------------------------------------------------------------------------------------
# the gevent module itself

_parts['gevent'] = {
    'Greenlet': Greenlet, 'GreenletExit': GreenletExit, 'Timeout': Timeout, 'with_timeout': with_timeout,
    'spawn': spawn, 'spawn_later': spawn_later, 'spawn_raw': spawn_raw, 'joinall': joinall,
    'killall': killall, 'kill': kill, 'sleep': sleep, 'idle': idle, 'wait': wait, 'iwait': iwait,
    'get_hub': get_hub, 'getcurrent': getcurrent, 'reinit': reinit, 'signal_handler': signal_handler,
    'getswitchinterval': getswitchinterval, 'setswitchinterval': setswitchinterval, 'fork': fork,
    'version_info': version_info, '__version__': __version__, 'LoopExit': LoopExit,
    '_pyhost_parts': _parts, '_pyhost_ns': globals(), '__path__': []}

for _mod in list(_parts):
    for _obj in _parts[_mod].values():
        if isinstance(_obj, type) or type(_obj).__name__ == 'function':
            try:
                if getattr(_obj, '__module__', '').startswith('_pyhost_glue'):
                    _obj.__module__ = _mod
            except (AttributeError, TypeError):
                pass

for _name, _value in _parts['gevent'].items():
    setattr(_target, _name, _value)

# as the real package, importing gevent imports these submodules too
for _sub in ('hub', 'greenlet', 'timeout'):
    __import__('gevent.' + _sub)
