# os.stat and os.lstat, Python 2 signatures (appended to os_stat.py).
def stat(path):
    """Perform a stat system call on the given path."""
    result = _stat_of(path, True) if _by_path(path) else None
    return _engine_stat(path) if result is None else result


def lstat(path):
    """Like stat(path), but do not follow symbolic links."""
    result = _stat_of(path, False) if _by_path(path) else None
    return _engine_lstat(path) if result is None else result


if _calls is not None and _calls.knowsStat():
    stat_result.__module__ = 'os' if _STAT_PY3 else 'posix'
    for _f in (stat, lstat):
        _f.__module__ = 'os'
        setattr(_target, _f.__name__, _f)
    _target.stat_result = stat_result
