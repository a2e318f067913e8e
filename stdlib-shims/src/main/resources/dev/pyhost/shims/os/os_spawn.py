

# os overlay, part shared by Python 2 and 3 (appended after os_py2.py / os_py3.py): the spawn*
# family. CPython's os.py defines it over fork and exec, which neither engine has; here the child
# is started in Java (OsCore.spawn) with what the exec call would have been given. Whatever makes
# that exec call fail in CPython's forked child (a program that is not there, an argument or an
# environment it refuses) makes the child exit with 127, as it does there.
_spawn_py3 = str is not bytes


def _spawn_bytes(value):
    """An exec argument as bytes, one char per byte, converted as CPython's exec functions do."""
    if _spawn_py3:
        data = _target.fsencode(value)
        if b'\0' in data:
            raise ValueError('embedded null byte')
        return data.decode('latin-1')
    if isinstance(value, unicode):
        value = value.encode(_sys.getfilesystemencoding() or 'utf-8')
    if not isinstance(value, str) or '\0' in value:
        raise TypeError('execv() arg 2 must contain only strings')
    return value.decode('latin-1')


def _spawn_argv(args):
    if not isinstance(args, (tuple, list)):
        raise TypeError('execv() arg 2 must be a tuple or list')
    if not args:
        raise ValueError('execv() arg 2 must not be empty')
    return [_spawn_bytes(a) for a in args]


_INHERIT = object()  # spawnv, spawnvp: the child gets the session's environment


def _spawn_envp(env):
    """KEY=VALUE entries: the session's environment, or env as execve() takes it."""
    if env is _INHERIT:
        return [_spawn_bytes(k) + '=' + _spawn_bytes(v) for k, v in _target.environ.items()]
    entries = []
    for key, value in zip(list(env.keys()), list(env.values())):
        key = _spawn_bytes(key)
        if not key or '=' in key[1:]:
            raise ValueError('illegal environment variable name')
        entries.append(key + '=' + _spawn_bytes(value))
    return entries


def _spawn_path(env):
    """The PATH execvp() and execvpe() look the program up on."""
    if _spawn_py3:
        return ':'.join(_target.fsdecode(d) for d in _target.get_exec_path(None if env is _INHERIT else env))
    if env is _INHERIT:
        env = _target.environ
    return env['PATH'] if 'PATH' in env else _target.defpath


def _spawnvef(mode, file, args, env, lookup):
    if _spawn_py3:
        if not isinstance(args, (tuple, list)):
            raise TypeError('argv must be a tuple or a list')
        if not args or not args[0]:
            raise ValueError('argv first element cannot be empty')
    try:
        argv = _spawn_argv(args)
        envp = _spawn_envp(env)
        program = _spawn_bytes(file)
        path = _spawn_bytes(_spawn_path(env)) if lookup else None
    except Exception:
        argv = envp = program = path = None  # CPython's child: exec raised, _exit(127)
    cwd = _spawn_bytes(_target.getcwd())
    return int(_core.spawn(mode != P_NOWAIT, program or '', argv, envp or [], path, cwd))


def _last(args):
    """args[-1], failing with CPython's message for an empty tuple."""
    if not args:
        raise IndexError('tuple index out of range')
    return args[-1]


P_WAIT = 0
P_NOWAIT = P_NOWAITO = 1


def spawnv(mode, file, args):
    """spawnv(mode, file, args) -> integer

Execute file with arguments from args in a subprocess.
If mode == P_NOWAIT return the pid of the process.
If mode == P_WAIT return the process's exit code if it exits normally;
otherwise return -SIG, where SIG is the signal that killed it. """
    return _spawnvef(mode, file, args, _INHERIT, False)


def spawnve(mode, file, args, env):
    """spawnve(mode, file, args, env) -> integer

Execute file with arguments from args in a subprocess with the
specified environment.
If mode == P_NOWAIT return the pid of the process.
If mode == P_WAIT return the process's exit code if it exits normally;
otherwise return -SIG, where SIG is the signal that killed it. """
    return _spawnvef(mode, file, args, env, False)


def spawnvp(mode, file, args):
    """spawnvp(mode, file, args) -> integer

Execute file (which is looked for along $PATH) with arguments from
args in a subprocess.
If mode == P_NOWAIT return the pid of the process.
If mode == P_WAIT return the process's exit code if it exits normally;
otherwise return -SIG, where SIG is the signal that killed it. """
    return _spawnvef(mode, file, args, _INHERIT, True)


def spawnvpe(mode, file, args, env):
    """spawnvpe(mode, file, args, env) -> integer

Execute file (which is looked for along $PATH) with arguments from
args in a subprocess with the supplied environment.
If mode == P_NOWAIT return the pid of the process.
If mode == P_WAIT return the process's exit code if it exits normally;
otherwise return -SIG, where SIG is the signal that killed it. """
    return _spawnvef(mode, file, args, env, True)


def spawnl(mode, file, *args):
    """spawnl(mode, file, *args) -> integer

Execute file with arguments from args in a subprocess.
If mode == P_NOWAIT return the pid of the process.
If mode == P_WAIT return the process's exit code if it exits normally;
otherwise return -SIG, where SIG is the signal that killed it. """
    return spawnv(mode, file, args)


def spawnle(mode, file, *args):
    """spawnle(mode, file, *args, env) -> integer

Execute file with arguments from args in a subprocess with the
supplied environment.
If mode == P_NOWAIT return the pid of the process.
If mode == P_WAIT return the process's exit code if it exits normally;
otherwise return -SIG, where SIG is the signal that killed it. """
    env = _last(args)
    return spawnve(mode, file, args[:-1], env)


def spawnlp(mode, file, *args):
    """spawnlp(mode, file, *args) -> integer

Execute file (which is looked for along $PATH) with arguments from
args in a subprocess with the supplied environment.
If mode == P_NOWAIT return the pid of the process.
If mode == P_WAIT return the process's exit code if it exits normally;
otherwise return -SIG, where SIG is the signal that killed it. """
    return spawnvp(mode, file, args)


def spawnlpe(mode, file, *args):
    """spawnlpe(mode, file, *args, env) -> integer

Execute file (which is looked for along $PATH) with arguments from
args in a subprocess with the supplied environment.
If mode == P_NOWAIT return the pid of the process.
If mode == P_WAIT return the process's exit code if it exits normally;
otherwise return -SIG, where SIG is the signal that killed it. """
    env = _last(args)
    return spawnvpe(mode, file, args[:-1], env)


if _native and not hasattr(_target, 'spawnv'):
    _spawn_names = ['spawnv', 'spawnve', 'spawnvp', 'spawnvpe', 'spawnl', 'spawnle', 'spawnlp', 'spawnlpe']
    for _name in _spawn_names:
        _f = globals()[_name]
        _f.__module__ = 'os'
        setattr(_target, _name, _f)
    _target.P_WAIT, _target.P_NOWAIT, _target.P_NOWAITO = P_WAIT, P_NOWAIT, P_NOWAITO
    if isinstance(getattr(_target, '__all__', None), list):
        # in the order CPython's os.py adds them (Python 2 leaves the P_ names out)
        if _spawn_py3:
            _spawn_names = ['P_WAIT', 'P_NOWAIT', 'P_NOWAITO'] + _spawn_names
        else:
            _spawn_names = ['spawnv', 'spawnve', 'spawnl', 'spawnle', 'spawnvp', 'spawnvpe', 'spawnlp', 'spawnlpe']
        _target.__all__.extend([n for n in _spawn_names if n not in _target.__all__])
