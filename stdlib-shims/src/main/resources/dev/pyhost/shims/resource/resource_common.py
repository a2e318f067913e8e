# resource for both engines (written in the common subset of Python 2.7 and 3): CPython's module
# over the process's real limits and usage, prlimit(2) and getrusage(2) made in Java. _core is a
# ResourceCore.
import sys as _sys

_PY3 = _sys.version_info[0] >= 3
_integers = (int,) if _PY3 else (int, long)  # noqa: F821 (Python 2)

RLIMIT_CPU, RLIMIT_FSIZE, RLIMIT_DATA, RLIMIT_STACK, RLIMIT_CORE = 0, 1, 2, 3, 4
RLIMIT_RSS, RLIMIT_NPROC, RLIMIT_NOFILE, RLIMIT_MEMLOCK, RLIMIT_AS = 5, 6, 7, 8, 9
RLIMIT_OFILE = RLIMIT_NOFILE
RLIM_INFINITY = -1
RUSAGE_SELF, RUSAGE_CHILDREN = 0, -1
if _PY3:
    RLIMIT_LOCKS = 10
    RLIMIT_SIGPENDING, RLIMIT_MSGQUEUE, RLIMIT_NICE, RLIMIT_RTPRIO, RLIMIT_RTTIME = 11, 12, 13, 14, 15
    RUSAGE_THREAD = 1
    error = OSError
else:
    class error(Exception):
        pass
    error.__module__ = 'resource'
_NLIMITS = 16
_EINVAL, _EPERM = 22, 1
_FIELDS = ('ru_utime', 'ru_stime', 'ru_maxrss', 'ru_ixrss', 'ru_idrss', 'ru_isrss', 'ru_minflt',
           'ru_majflt', 'ru_nswap', 'ru_inblock', 'ru_oublock', 'ru_msgsnd', 'ru_msgrcv',
           'ru_nsignals', 'ru_nvcsw', 'ru_nivcsw')


class struct_rusage(tuple):
    """struct_rusage: Result from getrusage."""
    n_fields = n_sequence_fields = len(_FIELDS)
    n_unnamed_fields = 0

    def __new__(cls, values):
        values = tuple(values)
        if len(values) != len(_FIELDS):
            raise TypeError('resource.struct_rusage() takes a 16-sequence (%d-sequence given)'
                            % len(values))
        return tuple.__new__(cls, values)

    def __repr__(self):
        return 'resource.struct_rusage(%s)' % ', '.join(
            '%s=%r' % (name, value) for name, value in zip(_FIELDS, self))

    def __reduce__(self):
        return struct_rusage, (tuple(self),)


def _field(i):
    return property(lambda self: self[i])


for _i, _name in enumerate(_FIELDS):
    setattr(struct_rusage, _name, _field(_i))
struct_rusage.__module__ = 'resource'


def _os_error(err):
    import os
    return error(err, os.strerror(err))


def _check():
    if not _core.available():
        raise _os_error(38)  # ENOSYS: the calls cannot be made here


def _index(value):
    if isinstance(value, float):
        raise TypeError("'float' object cannot be interpreted as an integer" if _PY3 else
                        'integer argument expected, got float')
    import operator
    return operator.index(value)


def _resource(resource):
    resource = _index(resource)
    if resource < 0 or resource >= _NLIMITS:
        raise ValueError('invalid resource specified')
    return resource


def _limit(value):
    """A Python limit as the kernel's unsigned value in a signed long (RLIM_INFINITY is -1)."""
    value = _index(value)
    return -1 if value < 0 else value


def _python_limit(value):
    value = int(value)
    return -1 if value < 0 else value


def getrusage(who):
    """Return resource usage for the given who."""
    _check()
    got = [int(x) for x in _core.getrusage(_index(who))]
    if got[18]:
        if got[18] == _EINVAL:
            raise ValueError('invalid who parameter')
        raise _os_error(got[18])
    return struct_rusage((got[0] + got[1] * 1e-6, got[2] + got[3] * 1e-6) + tuple(got[4:18]))


def getrlimit(resource):
    """Return the current soft and hard limits of the resource."""
    _check()
    got = _core.prlimit(0, _resource(resource), False, 0, 0)
    if int(got[2]):
        raise _os_error(int(got[2]))
    return _python_limit(got[0]), _python_limit(got[1])


def _pair(limits):
    try:
        limits = tuple(limits)
    except TypeError:
        raise ValueError('expected a tuple of 2 integers')
    if len(limits) != 2:
        raise ValueError('expected a tuple of 2 integers')
    return _limit(limits[0]), _limit(limits[1])


def _unsigned(value):
    return (1 << 64) - 1 if value < 0 else value


def _set(pid, resource, soft, hard):
    if pid == 0 and not _core.ownsProcess():
        # other runs share these limits: a run may raise them, not take from the others
        old = _core.prlimit(0, resource, False, 0, 0)
        if _unsigned(soft) < _unsigned(int(old[0])) or _unsigned(hard) < _unsigned(int(old[1])):
            raise ValueError('not allowed to lower a limit this process shares with other runs')
    got = _core.prlimit(pid, resource, True, soft, hard)
    err = int(got[2])
    if err == _EINVAL:
        raise ValueError('current limit exceeds maximum limit')
    if err == _EPERM:
        raise ValueError('not allowed to raise maximum limit')
    if err:
        raise _os_error(err)
    return _python_limit(got[0]), _python_limit(got[1])


def setrlimit(resource, limits):
    """Set the resource limits of the process."""
    _check()
    resource = _resource(resource)
    soft, hard = _pair(limits)
    _set(0, resource, soft, hard)


def getpagesize():
    return int(_core.pageSize())


_exported = ['getrusage', 'getrlimit', 'setrlimit', 'getpagesize', 'struct_rusage', 'error']
if _PY3:
    def prlimit(pid, resource, limits=None):
        """prlimit(pid, resource, [limits])"""
        _check()
        pid = _index(pid)
        resource = _resource(resource)
        if limits is None:
            got = _core.prlimit(pid, resource, False, 0, 0)
            if int(got[2]):
                raise _os_error(int(got[2]))
            return _python_limit(got[0]), _python_limit(got[1])
        soft, hard = _pair(limits)
        return _set(pid, resource, soft, hard)
    _exported.append('prlimit')

for _name in list(globals()):
    if _name.isupper() or _name in _exported:
        _value = globals()[_name]
        if callable(_value) and _name != 'error':
            _value.__module__ = 'resource'
        setattr(_target, _name, _value)
