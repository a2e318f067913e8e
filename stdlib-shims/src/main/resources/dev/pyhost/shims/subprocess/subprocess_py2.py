# subprocess overlay for Python 2 (Jython): _target is Jython's own subprocess module, whose
# pure-Python parts (call, check_call, check_output, CalledProcessError, list2cmdline) stay;
# Popen is replaced by one over the Java core (a dev.pyhost.shims.subprocess.SubprocessCore),
# which spawns with posix_spawn and reaps with waitpid, so statuses, errors and pipes are
# CPython 2.7's. os.popen2/3/4 use this Popen too.
import os as _os
import signal as _signal
import sys as _sys
import types as _types

PIPE = _target.PIPE
STDOUT = _target.STDOUT

_SESSION, _PIPE, _DEVNULL, _STDOUT, _FD, _FD_OWNED = range(6)


_str_of = __import__('_pyhost').jython_bytes.str_of
_adopt_str = __import__('_pyhost').jython_bytes.adopt_str
_lines_of = __import__('_pyhost').jython_bytes.lines_of


def _b(value):
    """Bytes from the core (a Java byte[]) as Python 2's str, with one copy."""
    return _str_of(value)


def _env_entry(key, value):
    """KEY=VALUE for the child, refused as CPython 2's execve() refuses it."""
    key, value = [v.encode(_sys.getfilesystemencoding() or 'utf-8') if isinstance(v, unicode) else v
                  for v in (key, value)]
    if not isinstance(key, str) or '\0' in key:
        raise TypeError("execve() arg 3 contains a non-string key")
    if not isinstance(value, str) or '\0' in value:
        raise TypeError("execve() arg 3 contains a non-string value")
    if '=' in key:
        raise ValueError("illegal environment variable name")
    return (key + '=' + value).decode('latin-1')


def _inherited_entry(key, value):
    """KEY=VALUE of the session's environment, as the child inherits it."""
    key, value = [v.encode(_sys.getfilesystemencoding() or 'utf-8') if isinstance(v, unicode) else v
                  for v in (key, value)]
    return (key + '=' + value).decode('latin-1')


def _arg(value):
    """An argument as the bytes the child gets (a Python 2 str passes to Java byte per char)."""
    if isinstance(value, unicode):
        value = value.encode(_sys.getfilesystemencoding() or 'utf-8')
    if not isinstance(value, str):
        raise TypeError("execv() arg 2 must contain only strings")
    if '\0' in value:
        raise TypeError("execv() arg 2 must contain only strings")
    return value.decode('latin-1')


class _PipeFile(object):
    """The parent's end of a pipe to a child, as CPython 2's file from os.fdopen."""

    def __init__(self, end, mode, universal=False):
        self._end = end
        self.mode = mode
        self.name = '<fdopen>'
        self.closed = False
        self.softspace = 0
        self.encoding = None
        self.errors = None
        self.newlines = None
        self._universal = universal
        self._reader = end.reader(bool(universal)) if 'r' in mode else None
        self._lines = []  # read ahead by iteration, last first

    def _check(self):
        if self.closed:
            raise ValueError('I/O operation on closed file')

    def _failed(self):
        err = int(self._end.error())
        raise IOError(err, _os.strerror(err))

    def fileno(self):
        self._check()
        return int(self._end.fd())

    def isatty(self):
        return False

    def _got(self, data):
        if data is None:
            self._failed()
        return _b(data)

    def _readable(self):
        self._check()
        if self._reader is None:
            raise IOError('File not open for reading')
        if self._lines:
            raise ValueError('Mixing iteration and read methods would lose data')

    def read(self, size=-1):
        self._readable()
        return self._got(self._reader.read(-1 if size is None else size))

    def readline(self, size=-1):
        self._readable()
        return self._got(self._reader.readLine(-1 if size is None else size))

    def readlines(self, hint=-1):
        return list(iter(self.readline, ''))

    def xreadlines(self):
        return self

    def __iter__(self):
        return self

    def next(self):
        lines = self._lines
        if not lines:
            self._check()
            if self._reader is None:
                raise IOError('File not open for reading')
            data = self._reader.readLines()
            if data is None:
                self._failed()
            lines = self._lines = _lines_of(data)
            if not lines:
                raise StopIteration
        return lines.pop()

    def write(self, data):
        self._check()
        if isinstance(data, unicode):
            data = data.encode('ascii')
        if self._end.write(str(data).decode('latin-1')) < 0:
            self._failed()

    def writelines(self, lines):
        for line in lines:
            self.write(line)

    def flush(self):
        self._check()

    def close(self):
        if not self.closed:
            self.closed = True
            self._end.close()

    def __enter__(self):
        return self

    def __exit__(self, *exc):
        self.close()

    def __repr__(self):
        return "<%s file '%s', mode '%s' at 0x%x>" % ('closed' if self.closed else 'open', self.name, self.mode, id(self))


class Popen(object):
    """Execute a child program in a new process (pyhost: started and reaped in Java)."""

    def __init__(self, args, bufsize=0, executable=None,
                 stdin=None, stdout=None, stderr=None,
                 preexec_fn=None, close_fds=False, shell=False,
                 cwd=None, env=None, universal_newlines=False,
                 startupinfo=None, creationflags=0):
        self._child = None
        self.stdin = self.stdout = self.stderr = None
        self.pid = None
        self.returncode = None
        self.universal_newlines = universal_newlines
        if not isinstance(bufsize, (int, long)):
            raise TypeError("bufsize must be an integer")
        if startupinfo is not None:
            raise ValueError("startupinfo is only supported on Windows platforms")
        if creationflags != 0:
            raise ValueError("creationflags is only supported on Windows platforms")
        new_session = False
        group = -1
        if preexec_fn is not None:
            if preexec_fn is getattr(_os, 'setsid', None):
                new_session = True
            elif preexec_fn is getattr(_os, 'setpgrp', None):
                group = 0  # what os.setpgrp() in the child does
            else:
                raise RuntimeError("preexec_fn not supported: pyhost children are started without "
                                   "running Python code in them")
        if isinstance(args, _types.StringTypes):
            argv = [args]
        else:
            argv = list(args)
        if shell:
            argv = ['/bin/sh', '-c'] + argv
            if executable:
                argv[0] = executable
        if executable is None:
            executable = argv[0]
        argv = [_arg(a) for a in argv]
        if env is None:
            # CPython 2 execs with the process's environment (execvp): whatever os.environ took
            # (putenv lets 'a=b' in) reaches the child unchecked
            env = _os.environ
            envp = [_inherited_entry(k, v) for k, v in env.items()]
        else:
            envp = [_env_entry(k, v) for k, v in env.items()]
        path = env['PATH'] if 'PATH' in env else _os.defpath
        here = _os.getcwd()
        if cwd is not None and not isinstance(cwd, basestring):
            # as the child's os.chdir(cwd) refuses it under CPython 2
            raise TypeError('coercing to Unicode: need string or buffer, %s found' % type(cwd).__name__)
        where = here if cwd is None else _os.path.join(here, cwd)
        modes = [0, 0, 0]
        fds = [0, 0, 0]
        self._followed = []
        try:
            for i, spec in enumerate((stdin, stdout, stderr)):
                modes[i], fds[i] = self._wiring(i, spec)
                self._stdout_session = i == 1 and modes[1] == _SESSION
        except BaseException:
            self._close_followed()
            raise
        # Python 2's child starts as a copy of the process: SIGPIPE and SIGXFSZ stay ignored in it
        child = _core.spawn(_arg(executable), argv, envp, _arg(path), _arg(where), modes, fds, new_session, group,
                            [], [], -1, False)
        errno = int(child.errno())
        if errno:
            self._close_followed()
            if child.cwdFailed():
                err = OSError(errno, _os.strerror(errno), cwd)
                step = 'os.chdir(%r)' % (cwd,)
            else:
                err = OSError(errno, _os.strerror(errno))
                step = 'os.execvp(%r, ...)' % (executable,)
            # CPython 2 hands the child's traceback to the parent in this attribute; pyhost's
            # child runs no Python code, so it says which step of the child's setup failed
            err.child_traceback = 'the child failed in %s: %s' % (step, err)
            raise err
        self._child = child
        self.pid = int(child.pid())
        if child.stdin() is not None:
            self.stdin = _PipeFile(child.stdin(), 'wb')
        if child.stdout() is not None:
            self.stdout = _PipeFile(child.stdout(), 'rU' if universal_newlines else 'rb', universal_newlines)
        if child.stderr() is not None:
            self.stderr = _PipeFile(child.stderr(), 'rU' if universal_newlines else 'rb', universal_newlines)

    def _wiring(self, i, spec):
        if spec is None:
            return _SESSION, 0
        if isinstance(spec, (int, long)):
            if spec == PIPE:
                return _PIPE, 0
            if spec == STDOUT:
                return _STDOUT, 0
            return self._fd_wiring(i, spec)
        if isinstance(spec, _PipeFile):
            return _FD, int(spec._end.fd())
        streams = (_sys.stdin, _sys.stdout, _sys.stderr, _sys.__stdin__, _sys.__stdout__, _sys.__stderr__)
        for n, s in enumerate(streams):
            if spec is s:
                if i:
                    spec.flush()
                return self._fd_wiring(i, n % 3)
        for followed, fd in getattr(self, '_followed', ()):
            if followed is spec:
                return _FD, fd
        name = getattr(spec, 'name', None)
        if isinstance(name, basestring) and name and not name.startswith('<') and _os.path.exists(name):
            mode = getattr(spec, 'mode', 'r')
            if i:
                spec.flush()
            flags = 0 if i == 0 else (1 | (02000 if 'a' in mode else 0))
            fd = int(_core.open(_arg(_os.path.abspath(name)), flags, spec.tell()))
            if fd < 0:
                raise OSError(-fd, _os.strerror(-fd), name)
            if i == 0 or 'a' in mode:
                return _FD_OWNED, fd
            # written by the child: the file object follows where the child's writes end, as
            # it does under CPython, where both share one open file
            self._followed.append((spec, fd))
            return _FD, fd
        fileno = getattr(spec, 'fileno', None)
        if fileno is None and not isinstance(spec, (float, complex)) and int(_core.realFd(spec)) >= 0:
            return self._fd_wiring(i, spec)  # a descriptor object of Jython's own (os.pipe())
        if fileno is None:
            raise AttributeError("'%s' object has no attribute 'fileno'" % type(spec).__name__)
        return self._fd_wiring(i, fileno())

    def _fd_wiring(self, i, fd):
        if fd == i:
            return _SESSION, 0
        if i == 2 and fd == 1 and self._stdout_session:
            return _STDOUT, 0  # where the child's stdout goes, the session's own or its pump
        # Jython's descriptors (os.pipe(), fileno()) are Java objects: the child gets the
        # operating system's descriptor behind one
        real = int(_core.realFd(fd))
        if real < 0:
            raise OSError(9, _os.strerror(9))
        return _FD, real

    def _set_status(self):
        # reaped by someone else (psutil): nothing left for waitpid, which CPython reads as 0
        self.returncode = 0 if self._child.reapedElsewhere() else int(self._child.returncode())
        _core.forget(self.pid)
        for spec, fd in getattr(self, '_followed', ()):
            offset = int(_core.offset(fd))
            try:
                if offset > spec.tell():
                    spec.seek(offset)
            except (ValueError, IOError, OSError):
                pass  # closed meanwhile
        self._close_followed()

    def _close_followed(self):
        followed, self._followed = getattr(self, '_followed', []), []
        for fd in set(fd for _, fd in followed):
            _core.close(fd)

    def poll(self):
        if self.returncode is None and self._child is not None and self._child.done():
            self._set_status()
        return self.returncode

    def wait(self):
        if self.returncode is None:
            self._child.waitFor(-1.0)
            self._set_status()
        return self.returncode

    def communicate(self, input=None):
        if self.stdin is not None and self.stdin.closed:
            input = None
        data = None if input is None else _arg(str(input))
        self._child.communicate(data, -1.0)
        if self.stdin is not None:
            self.stdin.closed = True
        out = self._output(1)
        err = self._output(2)
        for f in (self.stdout, self.stderr):
            if f is not None:
                f.close()
        self.wait()
        return (out, err)

    def _output(self, stream):
        data = self._child.outputBytes(stream)
        if data is None:
            return None
        data = _adopt_str(data)  # the output is finished: its array becomes the str's
        if self.universal_newlines:
            data = data.replace('\r\n', '\n').replace('\r', '\n')
        return data

    def send_signal(self, sig):
        if self.returncode is not None:
            raise OSError(3, _os.strerror(3))
        errno = int(self._child.signal(int(sig)))
        if errno:
            raise OSError(errno, _os.strerror(errno))

    def terminate(self):
        self.send_signal(_signal.SIGTERM)

    def kill(self):
        self.send_signal(_signal.SIGKILL)


Popen.__module__ = 'subprocess'
_target.Popen = Popen
