

# os overlay, part shared by Python 2 and 3 (appended after os_spawn.py): the exec family.
# Jython had none of it; GraalPy's execv dropped argv[0] and had no execve; and where a run
# shares its process (a warm run of the daemon, an embedding host's session, a multiprocessing
# child) a real exec would replace every run's process. OsCore.exec says what happens instead.
import sys as _exec_sys


def _exec(path, args, env):
    argv = _spawn_argv(args)
    if _spawn_py3 and not args[0]:
        raise ValueError('execv() arg 2 first element cannot be empty')
    envp = _spawn_envp(env)
    program = _spawn_bytes(path)
    for stream in (_exec_sys.stdout, _exec_sys.stderr):
        try:
            stream.flush()  # what the run printed is the terminal's before the program's output
        except Exception:
            pass
    err, status = _core.exec(program, argv, envp, _spawn_bytes(_target.getcwd()))
    if err:
        if _spawn_py3 and env is not _INHERIT:  # CPython 3's execve names the path, execv does not
            raise OSError(int(err), _target.strerror(int(err)), path)
        raise OSError(int(err), _target.strerror(int(err)))
    _target._exit(int(status))


def execv(path, args):
    """Execute an executable path with arguments, replacing current process."""
    _exec(path, args, _INHERIT)


def execve(path, args, env):
    """Execute an executable path with arguments, replacing current process."""
    _exec(path, args, env)


_target.execv = execv
_target.execve = execve
if not hasattr(_target, 'execvpe'):  # Jython's os module defines none of the family
    def execl(file, *args):
        """execl(file, *args)

    Execute the executable file with argument list args, replacing the
    current process. """
        execv(file, args)

    def execle(file, *args):
        """execle(file, *args, env)

    Execute the executable file with argument list args and
    environment env, replacing the current process. """
        execve(file, args[:-1], _last(args))

    def execlp(file, *args):
        """execlp(file, *args)

    Execute the executable file (which is searched for along $PATH)
    with argument list args, replacing the current process. """
        execvp(file, args)

    def execlpe(file, *args):
        """execlpe(file, *args, env)

    Execute the executable file (which is searched for along $PATH)
    with argument list args and environment env, replacing the current
    process. """
        execvpe(file, args[:-1], _last(args))

    def execvp(file, args):
        """execvp(file, args)

    Execute the executable file (which is searched for along $PATH)
    with argument list args, replacing the current process.
    args may be a list or tuple of strings. """
        _execvpe(file, args)

    def execvpe(file, args, env):
        """execvpe(file, args, env)

    Execute the executable file (which is searched for along $PATH)
    with argument list args and environment env , replacing the
    current process.
    args may be a list or tuple of strings. """
        _execvpe(file, args, env)

    def _execvpe(file, args, env=None):
        """Tries each folder of PATH in turn; the error is the first one that is not 'no such
        file' (a program found but not runnable), else the last, as CPython 2's os.py."""
        run = (lambda path: execve(path, args, env)) if env is not None else \
            (lambda path: execv(path, args))
        if _target.path.dirname(file):
            run(file)
            return
        saved = None
        for folder in _spawn_path(_INHERIT if env is None else env).split(_target.pathsep):
            try:
                run(_target.path.join(folder, file))
            except OSError as e:
                if e.errno not in (2, 20) and saved is None:  # ENOENT, ENOTDIR
                    saved = e
                last = e
        raise saved if saved is not None else last

    for _f in (execl, execle, execlp, execlpe, execvp, execvpe, _execvpe):
        _f.__module__ = 'os'
        setattr(_target, _f.__name__, _f)
for _f in (execv, execve):
    _f.__module__ = 'posix'
