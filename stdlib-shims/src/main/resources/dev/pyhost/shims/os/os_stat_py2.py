# os.stat and os.lstat, Python 2 signatures (appended to os_stat.py).
def stat(path):
    """Perform a stat system call on the given path."""
    if not _by_path(path):
        _path_arg(path)  # CPython 2's check and words (Jython's: "need string, NoneType type found")
        return _engine_stat(path)
    result = _stat_of(path, True)
    return _engine_stat(path) if result is None else result


def lstat(path):
    """Like stat(path), but do not follow symbolic links."""
    if not _by_path(path):
        _path_arg(path)
        return _engine_lstat(path)
    result = _stat_of(path, False)
    return _engine_lstat(path) if result is None else result


_engine_fstat = _target.fstat


def fstat(fd):
    """Perform a stat system call on the given file descriptor."""
    # Jython's answered no st_rdev, st_blocks or st_blksize, and EBADF for its own pipes; the
    # session's standard streams, when not the process's, stay its own
    n = fd if _fd_native(fd) else int(_core.descriptor(fd)) if _fd_is_java(fd) else -1
    if n < 0:
        return _engine_fstat(_fd_session(fd))
    raw = [int(x) for x in _calls.fstat(int(n))]
    if len(raw) == 1:
        raise OSError(raw[0], strerror(raw[0]))
    return stat_result._of(raw)


if _calls is not None and _calls.knowsStat():
    stat_result.__module__ = 'os' if _STAT_PY3 else 'posix'
    for _f in (stat, lstat, fstat):
        _f.__module__ = 'os'
        setattr(_target, _f.__name__, _f)
    _target.stat_result = stat_result
