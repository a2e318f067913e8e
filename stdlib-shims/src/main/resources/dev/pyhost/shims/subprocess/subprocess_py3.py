# subprocess overlay for Python 3 (GraalPy): _target is GraalPy's own subprocess module, whose
# pure-Python parts (run, call, check_*, getoutput, CompletedProcess, the exceptions,
# list2cmdline) stay; Popen is replaced by one over the Java core (a
# dev.pyhost.shims.subprocess.SubprocessCore), which spawns with posix_spawn and reaps with
# waitpid, so statuses, errors and pipes are CPython's.
import io as _io
import os as _os
import signal as _signal
import sys as _sys
import time as _time
import types as _types
import warnings as _warnings

PIPE = _target.PIPE
STDOUT = _target.STDOUT
DEVNULL = _target.DEVNULL
SubprocessError = _target.SubprocessError
TimeoutExpired = _target.TimeoutExpired

_SESSION, _PIPE, _DEVNULL, _STDOUT, _FD, _FD_OWNED = range(6)


def _bytes_arg(value):
    """An argument or environment string as the bytes the child gets, one char per byte."""
    if type(value) is str and value.isascii():  # its bytes are its chars: no encoding needed
        if '\0' in value:
            raise ValueError('embedded null byte')
        return value
    data = _os.fsencode(value)
    if b'\0' in data:
        raise ValueError('embedded null byte')
    return data.decode('latin-1')


_envp_cache = [None, None]


def _inherited_envp():
    """os.environ as "KEY=VALUE" byte strings, NUL between them, rebuilt only when it changed since the last child."""
    data = getattr(_os.environ, '_data', None)
    snapshot = tuple(data.items()) if isinstance(data, dict) else None
    if snapshot is not None and snapshot == _envp_cache[0]:
        return _envp_cache[1]
    envp = '\0'.join([_bytes_arg(_os.fsencode(k) + b'=' + _os.fsencode(v)) for k, v in _os.environ.items()])
    _envp_cache[0], _envp_cache[1] = snapshot, envp
    return envp


def _read_file(path):
    """A file Java spooled a pipe's output to, as bytes: read in bulk, far faster than str -> bytes."""
    with open(str(path), 'rb', buffering=0) as f:
        return f.read()


class _PipeIO(_io.RawIOBase):
    """The parent's end of a pipe to a child: a real file descriptor read and written in Java."""

    def __init__(self, end, reading):
        self._end = end
        self._reading = reading

    def readable(self):
        return self._reading

    def writable(self):
        return not self._reading

    def fileno(self):
        if self.closed:
            raise ValueError('I/O operation on closed file')
        return int(self._end.fd())

    def readinto(self, b):
        data = self._end.read(len(b))
        if data is None:
            raise OSError(int(self._end.error()), str(self._end.strerror()))
        data = str(data).encode('latin-1')
        n = len(data)
        b[:n] = data
        return n

    def readall(self):
        data = self._end.readAllOrSpool()  # past 64 KiB the bytes come through a file
        if data is not None:
            return str(data).encode('latin-1')
        path = self._end.spooledPath()
        if path is None:
            raise OSError(int(self._end.error()), str(self._end.strerror()))
        try:
            return _read_file(path)
        finally:
            self._end.releaseSpool()

    def write(self, b):
        data = bytes(b)
        if self._end.write(data.decode('latin-1')) < 0:
            raise OSError(int(self._end.error()), str(self._end.strerror()))
        return len(data)

    def close(self):
        if not self.closed:
            self._end.close()
        super().close()


def _wait_java(child, timeout):
    """Waits for a child without holding up other Python threads for long; True when it ended."""
    deadline = None if timeout is None else _time.monotonic() + timeout
    step = 0.05
    while True:
        slice_ = step if deadline is None else max(0.0, min(step, deadline - _time.monotonic()))
        if child.waitFor(slice_):
            return True
        if deadline is not None and _time.monotonic() >= deadline:
            return False
        _time.sleep(0)


class Popen:
    """Execute a child program in a new process (pyhost: started and reaped in Java)."""

    _child_created = False

    def __init__(self, args, bufsize=-1, executable=None,
                 stdin=None, stdout=None, stderr=None,
                 preexec_fn=None, close_fds=True,
                 shell=False, cwd=None, env=None, universal_newlines=None,
                 startupinfo=None, creationflags=0,
                 restore_signals=True, start_new_session=False,
                 pass_fds=(), *, user=None, group=None, extra_groups=None,
                 encoding=None, errors=None, text=None, umask=-1, pipesize=-1,
                 process_group=None):
        self._child = None
        self._communication_started = False
        self._sigint_wait_secs = 0.25
        self.args = args
        self.stdin = self.stdout = self.stderr = None
        self.pid = None
        self.returncode = None
        self.encoding = encoding
        self.errors = errors
        if bufsize is None:
            bufsize = -1
        if not isinstance(bufsize, int):
            raise TypeError("bufsize must be an integer")
        if pipesize is None:
            pipesize = -1
        if not isinstance(pipesize, int):
            raise TypeError("pipesize must be an integer")
        self.pipesize = pipesize
        if startupinfo is not None:
            raise ValueError("startupinfo is only supported on Windows platforms")
        if creationflags != 0:
            raise ValueError("creationflags is only supported on Windows platforms")
        if pass_fds and not close_fds:
            _warnings.warn("pass_fds overriding close_fds.", RuntimeWarning)
            close_fds = True
        if text is not None and universal_newlines is not None and bool(universal_newlines) != bool(text):
            raise SubprocessError('Cannot disambiguate when both text '
                                  'and universal_newlines are supplied but '
                                  'different. Pass one or the other.')
        self.text_mode = encoding or errors or text or universal_newlines
        if self.text_mode and encoding is None:
            import locale
            self.encoding = encoding = locale.getpreferredencoding(False)
        if preexec_fn is not None:
            if preexec_fn is getattr(_os, 'setsid', None):
                start_new_session = True
            elif (preexec_fn is getattr(_os, 'setpgrp', None) and not start_new_session
                  and process_group in (None, -1)):
                process_group = 0  # what os.setpgrp() in the child does
            else:
                raise RuntimeError("preexec_fn not supported: pyhost children are started without "
                                   "running Python code in them (use start_new_session for setsid, "
                                   "process_group=0 for setpgrp)")
        _child_ids(user, group, extra_groups)
        pass_real, pass_numbers = _passed_fds(pass_fds)
        pgid = _process_group(process_group)

        if isinstance(args, (str, bytes)):
            argv = [args]
        elif isinstance(args, _os.PathLike):
            if shell:
                raise TypeError('path-like args is not allowed when shell is true')
            argv = [args]
        else:
            argv = list(args)
        if shell:
            argv = ['/bin/sh', '-c'] + argv
            if executable:
                argv[0] = executable
        if executable is None:
            executable = argv[0]
        orig_executable = executable

        if env is None:
            envp = _inherited_envp()
            path = _os.environ.get('PATH', _os.defpath)
        else:
            path = ':'.join(_os.get_exec_path(env))
            envp = []
            for k, v in env.items():
                k = _os.fsencode(k)
                if b'=' in k:
                    raise ValueError("illegal environment variable name")
                envp.append(_bytes_arg(k + b'=' + _os.fsencode(v)))
            envp = '\0'.join(envp)
        argv = '\0'.join([_bytes_arg(a) for a in argv])
        executable = _bytes_arg(executable)
        here = _os.getcwd()
        if cwd is None:
            where = here
        else:
            where = _os.path.join(here, _os.fsdecode(_os.fspath(cwd)))

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
        child = _core.spawnJoined(executable, argv, envp, _bytes_arg(path), _bytes_arg(where),
                                  modes, fds, bool(start_new_session), pgid, pass_real, pass_numbers,
                                  umask if umask >= 0 else -1, bool(restore_signals),
                                  pipesize if pipesize > 0 else -1)
        pid = int(child.pid())
        if not pid:
            errno = int(child.errno())
            self._close_followed()
            if child.cwdFailed():
                raise OSError(errno, str(child.strerror()), cwd)
            if errno == 9 or (errno == 1 and pgid >= 0):
                # a descriptor to pass that is not open, or a group setpgid(2) refused: CPython's
                # child reports these without a file name
                raise OSError(errno, str(child.strerror()), None)
            raise OSError(errno, str(child.strerror()), orig_executable)
        self._child = child
        self._child_created = True
        self.pid = pid
        if _PIPE in modes:
            self._make_files(child, bufsize)

    def _wiring(self, i, spec):
        if spec is None:
            return _SESSION, 0
        if isinstance(spec, int):
            if spec == PIPE:
                return _PIPE, 0
            if spec == DEVNULL:
                return _DEVNULL, 0
            if spec == STDOUT:
                if i != 2:
                    raise OSError(9, _os.strerror(9))  # CPython hands descriptor -2 to the child
                return _STDOUT, 0
            if spec < 0:
                raise ValueError("negative file descriptor")
            return self._fd_wiring(i, spec)
        raw = spec
        while True:
            inner = getattr(raw, 'buffer', None) or getattr(raw, 'raw', None)
            if isinstance(raw, _PipeIO) or inner is None:
                break
            raw = inner
        if isinstance(raw, _PipeIO):
            return _FD, int(raw._end.fd())
        if spec in (_sys.stdin, _sys.stdout, _sys.stderr, _sys.__stdin__, _sys.__stdout__, _sys.__stderr__):
            spec.flush() if i else None
            return self._fd_wiring(i, spec.fileno())
        for followed, fd in getattr(self, '_followed', ()):
            if followed is spec:
                return _FD, fd
        name = getattr(spec, 'name', None)
        if isinstance(name, (str, bytes)) and name and _os.path.exists(name):
            if i:
                spec.flush()
            mode = getattr(spec, 'mode', 'r')
            flags = 0 if i == 0 else (1 | (0o2000 if 'a' in mode else 0))
            fd = int(_core.open(_bytes_arg(_os.path.abspath(name)), flags, spec.tell()))
            if fd < 0:
                raise OSError(-fd, _os.strerror(-fd), name)
            if i == 0 or 'a' in mode:
                return _FD_OWNED, fd
            # written by the child: the file object follows where the child's writes end, as
            # it does under CPython, where both share one open file
            self._followed.append((spec, fd))
            return _FD, fd
        fileno = getattr(spec, 'fileno', None)
        if fileno is None:
            raise AttributeError("'%s' object has no attribute 'fileno'" % type(spec).__name__)
        return self._fd_wiring(i, fileno())

    def _fd_wiring(self, i, fd):
        # GraalPy numbers what it opens (os.pipe(), os.open()) its own way, and os.dup2 onto 0-2
        # changes only its own table: the child gets the operating system's descriptor behind
        # the number
        real = int(_core.realFd(fd))
        if real < 0:
            raise OSError(9, _os.strerror(9))
        if fd == i and real == i:
            return _SESSION, 0
        if i == 2 and fd == 1 and real == 1 and self._stdout_session:
            return _STDOUT, 0  # where the child's stdout goes, the session's own or its pump
        return _FD, real

    def _make_files(self, child, bufsize):
        if child.stdin() is not None:
            raw = _PipeIO(child.stdin(), False)
            self.stdin = raw if bufsize == 0 else _io.BufferedWriter(raw, bufsize if bufsize > 1 else _io.DEFAULT_BUFFER_SIZE)
            if self.text_mode:
                self.stdin = _io.TextIOWrapper(self.stdin, write_through=True, line_buffering=(bufsize == 1),
                                               encoding=self.encoding, errors=self.errors)
        for name in ('stdout', 'stderr'):
            end = getattr(child, name)()
            if end is None:
                continue
            raw = _PipeIO(end, True)
            f = raw if bufsize == 0 else _io.BufferedReader(raw, bufsize if bufsize > 1 else _io.DEFAULT_BUFFER_SIZE)
            if self.text_mode:
                f = _io.TextIOWrapper(f, encoding=self.encoding, errors=self.errors)
            setattr(self, name, f)

    def __repr__(self):
        obj_repr = "<%s: returncode: %s args: %r>" % (self.__class__.__name__, self.returncode, self.args)
        if len(obj_repr) > 80:
            obj_repr = obj_repr[:76] + "...>"
        return obj_repr

    __class_getitem__ = classmethod(_types.GenericAlias)

    @property
    def universal_newlines(self):
        return self.text_mode

    @universal_newlines.setter
    def universal_newlines(self, universal_newlines):
        self.text_mode = bool(universal_newlines)

    def __enter__(self):
        return self

    def __exit__(self, exc_type, value, traceback):
        if self.stdout:
            self.stdout.close()
        if self.stderr:
            self.stderr.close()
        try:
            if self.stdin:
                self.stdin.close()
        finally:
            if exc_type == KeyboardInterrupt:
                # as CPython's (bpo-25942): the child got the Ctrl-C too; wait for it briefly,
                # once, rather than without end
                if self._sigint_wait_secs > 0:
                    try:
                        self._wait(timeout=self._sigint_wait_secs)
                    except TimeoutExpired:
                        pass
                self._sigint_wait_secs = 0
                return
            self.wait()

    def __del__(self):
        pass

    def _set_status(self):
        # reaped by someone else (psutil): nothing left for waitpid, which CPython reads as 0
        self.returncode = int(_core.finish(self._child))
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

    def wait(self, timeout=None):
        """Wait for child process to terminate; returns self.returncode."""
        if timeout is not None:
            endtime = _time.monotonic() + timeout
        try:
            return self._wait(timeout=timeout)
        except KeyboardInterrupt:
            # as CPython's (bpo-25942): the first Ctrl-C waits briefly for the child, which
            # most likely got it too
            if timeout is not None:
                sigint_timeout = min(self._sigint_wait_secs, self._remaining_time(endtime))
            else:
                sigint_timeout = self._sigint_wait_secs
            self._sigint_wait_secs = 0
            try:
                self._wait(timeout=sigint_timeout)
            except TimeoutExpired:
                pass
            raise

    def _wait(self, timeout):
        if self.returncode is not None:
            return self.returncode
        if not _wait_java(self._child, timeout):
            raise TimeoutExpired(self.args, timeout)
        self._set_status()
        return self.returncode

    def _remaining_time(self, endtime):
        return None if endtime is None else endtime - _time.monotonic()

    def _close_pipes(self):
        for f in (self.stdout, self.stderr):
            if f is not None:
                try:
                    f.close()
                except OSError:
                    pass

    def communicate(self, input=None, timeout=None):
        if self._communication_started and input:
            raise ValueError("Cannot send input after starting communication")
        # as CPython's: with one pipe or none and no timeout, the file objects do the work
        if (timeout is None and not self._communication_started and
                [self.stdin, self.stdout, self.stderr].count(None) >= 2):
            stdout = stderr = None
            if self.stdin:
                self._stdin_write(input)
            elif self.stdout:
                stdout = self.stdout.read()
                self.stdout.close()
            elif self.stderr:
                stderr = self.stderr.read()
                self.stderr.close()
            self.wait()
            return stdout, stderr
        endtime = None if timeout is None else _time.monotonic() + timeout
        try:
            stdout, stderr = self._communicate(input, endtime, timeout)
        except KeyboardInterrupt:
            if timeout is not None:
                sigint_timeout = min(self._sigint_wait_secs, self._remaining_time(endtime))
            else:
                sigint_timeout = self._sigint_wait_secs
            self._sigint_wait_secs = 0
            try:
                self._wait(timeout=sigint_timeout)
            except TimeoutExpired:
                pass
            raise
        finally:
            self._communication_started = True
        self.wait(timeout=self._remaining_time(endtime))
        return stdout, stderr

    def _stdin_write(self, input):
        if input:
            try:
                self.stdin.write(input)
            except BrokenPipeError:
                pass  # communicate() ignores a child that stopped reading
        try:
            self.stdin.close()
        except BrokenPipeError:
            pass

    def _communicate(self, input, endtime, orig_timeout):
        """Feeds input and reads the pipes to their end (in Java, all at once) until endtime."""
        if self.stdin and not self._communication_started:
            try:
                self.stdin.flush()  # a stdin the caller closed raises ValueError, as in CPython
            except BrokenPipeError:
                pass
            if not input:
                try:
                    self.stdin.close()
                except BrokenPipeError:
                    pass
        if input is not None and self.stdin is not None and not self.stdin.closed:
            if self.text_mode:
                input = input.encode(self.stdin.encoding, self.stdin.errors)
            data = bytes(memoryview(input)).decode('latin-1')
        else:
            data = None
        remaining = self._remaining_time(endtime)
        done = self._child.communicate(data, -1.0 if remaining is None else max(0.0, float(remaining)), True)
        if not done:
            out = self._collect(1)
            raise TimeoutExpired(self.args, orig_timeout, output=out or None)
        if self.stdin is not None and not self.stdin.closed:
            try:
                self.stdin.close()
            except OSError:
                pass
        stdout = self._decode(self._collect(1))
        stderr = self._decode(self._collect(2))
        self._child.releaseOutput()
        self._close_pipes()
        return stdout, stderr

    def _collect(self, stream):
        """What communicate read from a pipe, as bytes (None without a pipe)."""
        path = self._child.outputPath(stream)
        if path is not None:
            return _read_file(path)
        data = self._child.output(stream)
        return None if data is None else str(data).encode('latin-1')

    def _decode(self, data):
        if data is None:
            return None
        if self.text_mode:
            data = data.decode(self.encoding, self.errors or 'strict')
            data = data.replace("\r\n", "\n").replace("\r", "\n")
        return data

    def send_signal(self, sig):
        self.poll()
        if self.returncode is not None:
            return
        errno = int(self._child.signal(int(sig)))
        if errno and errno != 3:  # ESRCH: it ended meanwhile
            raise OSError(errno, _os.strerror(errno))

    def terminate(self):
        self.send_signal(_signal.SIGTERM)

    def kill(self):
        self.send_signal(_signal.SIGKILL)


Popen.__module__ = 'subprocess'
_target.Popen = Popen
