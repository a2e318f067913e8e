# os overlay for Python 2 (Jython): _target is Jython's os module, _core a dev.pyhost.shims.os.OsCore.
import sys as _sys
import UserDict as _UserDict
from _pyhost import native_str as _str
from dev.pyhost.engine.jython import ShadowName as _ShadowName

# CPython's os.name; Jython's own library still sees 'java' where it compares against it (the
# modules that do are the targets the engine gave sys.platform's shadow).
_target.name = _ShadowName.like('posix', 'java', _sys.platform)


class _Environ(_UserDict.IterableUserDict):
    """The session's own environment: changes reach child processes, never another session."""

    def __init__(self, data):
        self.data = data

    def __setitem__(self, key, item):
        _check_putenv(key, item)  # as CPython's, which calls putenv(3) first
        self.data[key] = item

    def __delitem__(self, key):
        _check_name(key)  # as CPython's, which calls unsetenv(3) first
        del self.data[key]

    def clear(self):
        self.data.clear()

    def copy(self):
        return dict(self)


def _check_name(key):
    if not key or '=' in key:
        raise OSError(22, 'Invalid argument')  # unsetenv(3): EINVAL


def _no_nulls(value, function, position):
    if '\0' in value:
        raise TypeError('%s() argument %d must be string without null bytes, not str' % (function, position))


def _check_putenv(key, value):
    _no_nulls(key, 'putenv', 1)
    _no_nulls(value, 'putenv', 2)
    if not key or '=' in key[1:]:
        raise ValueError('illegal environment variable name')


_engine_putenv = getattr(_target, 'putenv', None)
_engine_unsetenv = getattr(_target, 'unsetenv', None)
if _engine_putenv is not None and _engine_unsetenv is not None:
    def putenv(key, value):
        """Change or add an environment variable."""
        _check_putenv(key, value)
        return _engine_putenv(key, value)

    def unsetenv(key):
        """Delete an environment variable."""
        _no_nulls(key, 'unsetenv', 1)
        _check_name(key)
        return _engine_unsetenv(key)
    putenv.__module__ = unsetenv.__module__ = 'os'
    _target.putenv = putenv
    _target.unsetenv = unsetenv


_initial = _core.initialEnvironment()
_target.environ = _Environ(dict((_str(k), _str(_initial[k])) for k in _initial.keySet()))


def _env():
    return dict(_target.environ)


def system(command):
    """Execute the command (a string) in a subshell."""
    _string_arg(command, 'system', 1)
    return int(_core.system(command, _target.getcwd(), _env()))


_str_of = __import__('_pyhost').jython_bytes.str_of
_lines_of = __import__('_pyhost').jython_bytes.lines_of


class _PopenFile(object):
    """What os.popen returns on Python 2: a file whose close() gives the wait status."""

    def __init__(self, child, command, mode):
        self._child = child
        self._reader = child.reader() if mode.startswith('r') else None
        self._lines = []  # read ahead by iteration, last first
        self.name = command
        self.mode = mode
        self.closed = False
        self._status = None

    def _bytes(self, data):
        if data is None:
            return ''  # the pipe failed: what was read so far is all there is
        return _str_of(data)

    def _readable(self):
        if self._reader is None:
            raise IOError('File not open for reading')
        if self._lines:
            raise ValueError('Mixing iteration and read methods would lose data')

    def read(self, size=-1):
        self._readable()
        return self._bytes(self._reader.read(-1 if size is None else size))

    def readline(self, size=-1):
        self._readable()
        return self._bytes(self._reader.readLine(-1 if size is None else size))

    def readlines(self, hint=-1):
        return list(iter(self.readline, ''))

    def __iter__(self):
        return self

    def next(self):
        lines = self._lines
        if not lines:
            if self._reader is None:
                raise IOError('File not open for reading')
            data = self._reader.readLines()
            lines = self._lines = [] if data is None else _lines_of(data)
            if not lines:
                raise StopIteration
        return lines.pop()

    def write(self, data):
        self._child.write(_str(data).decode('latin-1'))

    def writelines(self, lines):
        for line in lines:
            self.write(line)

    def flush(self):
        pass

    def close(self):
        if self.closed:
            return self._status
        self.closed = True
        status = int(self._child.close())
        self._status = status or None
        return self._status

    def __enter__(self):
        return self

    def __exit__(self, *exc):
        self.close()

    def __repr__(self):
        return "<%s file '%s', mode '%s'>" % ('closed' if self.closed else 'open', self.name, self.mode)


def popen(command, mode='r', bufsize=-1):
    """Open a pipe to or from command; close() returns None or the wait status."""
    _string_arg(command, 'popen', 1)
    _string_arg(mode, 'popen', 2)
    if not mode.startswith(('r', 'w')):
        raise ValueError("popen() arg 2 must be 'r' or 'w', not '%s'" % mode)
    return _PopenFile(_core.popen(command, mode, _target.getcwd(), _env()), command, mode)


system.__module__ = popen.__module__ = 'os'
_target.system = system
_target.popen = popen


# File operations whose Jython errors differ from CPython 2's (errno 0, absolute filenames) or that
# resolve relative paths against the process's directory instead of the session's.
def _session_path(path):
    _path_arg(path)
    return _target.path.join(_target.getcwd(), path)


def _path_arg(path):
    """CPython 2's check of a path argument (its "et" format)."""
    if not isinstance(path, (basestring, buffer)):  # noqa: F821 (Python 2)
        raise TypeError('coercing to Unicode: need string or buffer, %s found' % type(path).__name__)


def _string_arg(value, function, position):
    """CPython 2's check of a string argument (its "s" format), naming the function as it does."""
    if not isinstance(value, basestring):  # noqa: F821 (Python 2)
        raise TypeError('%s() argument %d must be string, not %s'
                        % (function, position, 'None' if value is None else type(value).__name__))


def _wrap_errors(name, fix):
    engine = getattr(_target, name, None)
    if engine is None:
        return

    def wrapper(*args):
        try:
            return engine(*args)
        except OSError as e:
            fixed = fix(e, *args)
            if fixed is None:
                raise
            raise fixed
    wrapper.__name__ = name
    wrapper.__doc__ = engine.__doc__
    wrapper.__module__ = 'os'
    setattr(_target, name, wrapper)


def _given_name(e, path, *rest):
    if e.errno:
        return OSError(e.errno, e.strerror, path)
    return None


def _listdir_error(e, path):
    if not _target.path.exists(path):
        return OSError(2, 'No such file or directory', path)
    return _given_name(e, path)


def _rmdir_error(e, path):
    if e.errno == 0 and _target.path.isdir(path) and _target.listdir(path):
        return OSError(39, 'Directory not empty', path)
    return _given_name(e, path)


def _rename_error(e, src, dst):
    if e.errno == 0 and not _target.path.lexists(src):
        return OSError(2, 'No such file or directory')
    return None


_wrap_errors('mkdir', _given_name)
_wrap_errors('listdir', _listdir_error)
_wrap_errors('rmdir', _rmdir_error)
_wrap_errors('rename', _rename_error)


# rename and link as CPython 2 makes them, by rename(2) and link(2) through the core: Jython's
# answered errno 0 ("Couldn't rename file") for a rename into a missing folder, and ENOENT for a
# link whose name exists. Errors name no file, as CPython 2's.
def _two_paths(name, call):
    engine = getattr(_target, name, None)
    if engine is None:
        return

    def native(path):
        if isinstance(path, unicode):
            import sys
            path = path.encode(sys.getfilesystemencoding() or 'utf-8')
        return _session_path(path)

    def wrapper(src, dst):
        if not (isinstance(src, basestring) and isinstance(dst, basestring)):
            return engine(src, dst)
        rc = int(call(native(src), native(dst)))
        if rc == -1:  # no C library calls here: Jython's own
            return engine(src, dst)
        if rc:
            raise OSError(rc, strerror(rc))
    wrapper.__name__ = name
    wrapper.__doc__ = engine.__doc__
    wrapper.__module__ = 'os'
    setattr(_target, name, wrapper)


_two_paths('rename', lambda src, dst: _core.rename(src, dst))
_two_paths('link', lambda src, dst: _core.link(src, dst, False))

_engine_symlink = getattr(_target, 'symlink', None)
_engine_readlink = getattr(_target, 'readlink', None)
if _engine_symlink is not None:
    def symlink(src, dst):
        """Create a symbolic link pointing to src named dst."""
        return _engine_symlink(src, _session_path(dst))
    symlink.__module__ = 'os'
    _target.symlink = symlink
if _engine_readlink is not None:
    def readlink(path):
        """Return a string representing the path to which the symbolic link points."""
        try:
            return _engine_readlink(_session_path(path))
        except OSError as e:
            raise OSError(e.errno, e.strerror, path)
    readlink.__module__ = 'os'
    _target.readlink = readlink


# os.open: Jython opens O_RDWR and O_WRONLY as Python's 'w' modes, which empty the file; CPython (and
# open(2)) only truncate with O_TRUNC. Such a file is opened (or created) first as asked but
# read-only (its errors), then again for reading and writing without truncating it. A file it
# creates gets the mode asked for (less the umask), which Jython ignored.
_engine_open = _target.open


def _open_errno(path, code):
    """The errno of a failed open as open(2) gives it. Jython says EACCES (13) for a file it cannot
    create because a folder on its path is missing (it asks Java whether the file is writable), and
    ENOENT for any file it cannot read: open(2) says ENOENT, or ENOTDIR when a file stands where a
    folder should be."""
    if code not in (2, 13) or not isinstance(path, basestring):
        return code
    where = _target.path.abspath(_session_path(path))
    parent = _target.path.dirname(where)
    if _target.path.isdir(parent):
        return code
    while not _target.path.exists(parent):
        parent = _target.path.dirname(parent)
    return 2 if _target.path.isdir(parent) else 20


_target._pyhost_open_errno = _open_errno  # for open() and io.open (builtins overlay)


def open(path, flag, mode=0777):
    """Open a file (for low level IO)."""
    writing = flag & (_target.O_RDWR | _target.O_WRONLY)
    if not _target.path.exists(_session_path(path)):
        try:
            fd = _engine_open(path, flag, mode)  # (a file it creates is empty anyway)
        except (IOError, OSError) as e:  # CPython's is always OSError
            # (Jython gives some, O_EXCL's in a missing folder among them, no errno at all)
            code = _open_errno(path, 13 if e.errno is None else e.errno)
            if code == 13 and e.errno is None:
                raise OSError(*e.args)
            raise OSError(code, strerror(code), path)
        if flag & _target.O_CREAT:  # Jython leaves the mode asked for to the JVM's defaults
            mask = _target.umask(0)
            _target.umask(mask)
            _target.chmod(_session_path(path), mode & ~mask & 07777)
        return fd
    where = _session_path(path)
    if not _target.path.isfile(where) and not _target.path.isdir(where):
        return _open_device(path, where, flag)
    if not writing or flag & (_target.O_TRUNC | _target.O_APPEND):
        return _engine_open(path, flag, mode)
    from org.python.core.io import FileIO
    try:
        _engine_open(path, flag & ~(_target.O_RDWR | _target.O_WRONLY), mode).close()
        return FileIO(where, 'r+')
    except IOError as e:  # Jython's for a folder
        raise OSError(e.errno, e.strerror, path)


def _open_device(path, where, flag):
    """A device (os.devnull, a terminal) or fifo, which Jython's FileIO takes for a missing file in
    'r+' and opens without the flags that matter for it (O_NOCTTY): opened by the C library, then
    made a FileIO over its descriptor, as Jython's own."""
    linux = flag & 3
    for name, value in (('O_CREAT', 0o100), ('O_EXCL', 0o200), ('O_NOCTTY', 0o400), ('O_TRUNC', 0o1000),
                        ('O_APPEND', 0o2000), ('O_SYNC', 0o4010000), ('O_NONBLOCK', 0o4000)):
        if flag & getattr(_target, name, 0):  # Jython's numbering is not Linux's (O_CREAT 512)
            linux |= value
    n = int(_core.openPath(where, linux))
    if n < 0:
        raise OSError(-n, strerror(-n), path)
    from org.python.core.io import FileIO
    from dev.pyhost.shims.os import Descriptors
    access = flag & 3
    return FileIO(Descriptors.channel(n, access != _target.O_WRONLY, access != _target.O_RDONLY),
                  {_target.O_RDONLY: 'r', _target.O_WRONLY: 'w'}.get(access, 'r+'))


open.__module__ = 'os'
_target.open = open
# Jython has no O_NONBLOCK: scripts OR it into what fcntl(fd, F_GETFL) gives, in Linux's numbering,
# to make a pipe non-blocking; os.open honours it for the devices and fifos where it matters.
_target.O_NONBLOCK = _target.O_NDELAY = 0o4000


# fsync and fdatasync of a file already closed: Jython raised ValueError; CPython's answer is EBADF.
def _closed_to_ebadf(name):
    engine = getattr(_target, name, None)
    if engine is None:
        return

    def wrapper(fd):
        try:
            return engine(fd)
        except ValueError:
            if getattr(fd, 'closed', False):
                raise OSError(9, 'Bad file descriptor')
            raise
    wrapper.__name__ = name
    wrapper.__doc__ = engine.__doc__
    wrapper.__module__ = 'os'
    setattr(_target, name, wrapper)


_closed_to_ebadf('fsync')
_closed_to_ebadf('fdatasync')


# A descriptor given as None, a string or a float: Jython's posix module took it unchecked (read,
# close and fdopen of None raised a Java NullPointerException); CPython 2 refuses it
# with a TypeError. Other objects go on to Jython, whose descriptors are not all ints.
def _fd_arg(name, takes_files=False):
    engine = getattr(_target, name, None)
    if engine is None:
        return

    def wrapper(fd, *rest, **kwargs):
        if fd is None or isinstance(fd, (basestring, float)):  # noqa: F821 (Python 2)
            if takes_files:  # (a file object with fileno() also does, as for select)
                raise TypeError('argument must be an int, or have a fileno() method')
            if isinstance(fd, float):
                raise TypeError('integer argument expected, got float')
            raise TypeError('an integer is required')
        return engine(fd, *rest, **kwargs)
    wrapper.__name__ = name
    wrapper.__doc__ = engine.__doc__
    wrapper.__module__ = 'os'
    setattr(_target, name, wrapper)


for _name in ('read', 'write', 'close', 'fdopen', 'fstat', 'lseek', 'ftruncate'):
    _fd_arg(_name)  # (the descriptor calls of os_fd.py check theirs in _fd_number)
_fd_arg('fsync', True)
_fd_arg('fdatasync', True)


# os._exit: Jython's ends the JVM. In a session that shares the process with other runs (a
# daemon's run, an embedding host's session, a multiprocessing child) only the run ends, with the
# status, its exit handlers not run and its threads not waited for, as a process that called
# _exit(2). (Code that catches BaseException could still stop it there, as a real _exit cannot be.)
if not _core.ownsProcess():
    def _exit(n):
        """Exit to the system with specified status, without normal exit processing."""
        import sys
        sys.modules['_pyhost'].hard_exit(_calls_index(n))

    _exit.__module__ = 'os'
    _target._exit = _exit
