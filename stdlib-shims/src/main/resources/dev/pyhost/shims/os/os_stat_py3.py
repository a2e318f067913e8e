# os.stat and os.lstat, Python 3 signatures (appended to os_stat.py).
def stat(path, *, dir_fd=None, follow_symlinks=True):
    """Perform a stat system call on the given path."""
    if dir_fd is None and _by_path(path):
        try:
            path = _target.fspath(path)
        except TypeError:
            if hasattr(type(path), '__fspath__'):
                raise  # its __fspath__ gave another type: fspath's own error, as in CPython
            raise _calls_path_type_error(path, 'stat', True) from None
        result = _stat_of(path, follow_symlinks)
        if result is not None:
            return result
    return _engine_stat(path, dir_fd=dir_fd, follow_symlinks=follow_symlinks)


def lstat(path, *, dir_fd=None):
    """Perform a stat system call on the given path, without following symbolic links."""
    if dir_fd is None and _by_path(path):
        try:
            path = _target.fspath(path)
        except TypeError:
            if hasattr(type(path), '__fspath__'):
                raise  # its __fspath__ gave another type: fspath's own error, as in CPython
            raise _calls_path_type_error(path, 'lstat') from None
        result = _stat_of(path, False)
        if result is not None:
            return result
    return _engine_lstat(path, dir_fd=dir_fd)


if _calls is not None and _calls.knowsStat():
    stat_result.__module__ = 'os' if _STAT_PY3 else 'posix'
    for _f in (stat, lstat):
        _f.__module__ = 'os'
        setattr(_target, _f.__name__, _f)
    _target.stat_result = stat_result


def _keep_path_checks_fast():
    """os.path's checks need only what the engine's own stat gives (mode, size, times), and a
    Python-level stat costs several times GraalPy's on its interpreter: they keep the engine's."""
    import genericpath
    import posixpath

    def _fast(module, name, body):
        body.__name__ = body.__qualname__ = name
        body.__doc__ = getattr(module, name).__doc__
        body.__module__ = module.__name__
        setattr(module, name, body)
        if module is not posixpath and hasattr(posixpath, name):
            setattr(posixpath, name, body)

    def exists(path):
        try:
            _engine_stat(path)
        except (OSError, ValueError):
            return False
        return True

    def isfile(path):
        try:
            st = _engine_stat(path)
        except (OSError, ValueError):
            return False
        return (st.st_mode & 0o170000) == 0o100000

    def isdir(s):
        try:
            st = _engine_stat(s)
        except (OSError, ValueError):
            return False
        return (st.st_mode & 0o170000) == 0o040000

    def getsize(filename):
        return _engine_stat(filename).st_size

    _fast(genericpath, 'exists', exists)
    _fast(genericpath, 'isfile', isfile)
    _fast(genericpath, 'isdir', isdir)
    _fast(genericpath, 'getsize', getsize)


if _target.stat is stat:
    _keep_path_checks_fast()
