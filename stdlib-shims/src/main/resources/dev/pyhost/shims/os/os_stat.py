# os.stat and os.lstat from stat(2) itself, with every field CPython gives on Linux: neither
# engine's result had st_blocks, st_blksize or st_rdev (what du-like scripts add up), and the
# times are CPython's (floats of seconds + nanoseconds * 1e-9, exact *_ns integers on Python 3).
# A descriptor or dir_fd stays with the engine's own stat.
import sys as _stat_sys

_STAT_PY3 = _stat_sys.version_info[0] >= 3
_engine_stat = _target.stat
_engine_lstat = _target.lstat


class _StatField(object):
    """A field of the result: read by name (computed from the raw stat when first asked)."""

    def __init__(self, name, read):
        self.name = name
        self.read = read

    def __get__(self, obj, kind=None):
        if obj is None:
            return self
        given = obj.__dict__.get('_given')
        return given.get(self.name) if given is not None else self.read(obj.__dict__['_raw'])


_STAT_FIELDS = ('st_mode', 'st_ino', 'st_dev', 'st_nlink', 'st_uid', 'st_gid', 'st_size', None, None,
                None, 'st_atime', 'st_mtime', 'st_ctime') + (
    ('st_atime_ns', 'st_mtime_ns', 'st_ctime_ns') if _STAT_PY3 else ()) + ('st_blksize', 'st_blocks', 'st_rdev')


class stat_result(tuple):
    """stat_result: Result from stat, fstat, or lstat."""
    n_sequence_fields = 10
    n_fields = len(_STAT_FIELDS)
    n_unnamed_fields = 3
    _names = ('st_mode', 'st_ino', 'st_dev', 'st_nlink', 'st_uid', 'st_gid', 'st_size', 'st_atime',
              'st_mtime', 'st_ctime')

    def __new__(cls, sequence, dict=None):
        """A result made by a script, from 10 to n_fields values, as CPython's constructor takes."""
        values = tuple(sequence)
        name = '%s.stat_result()' % ('os' if _STAT_PY3 else 'posix')
        if len(values) < 10:
            raise TypeError('%s takes an at least 10-sequence (%d-sequence given)' % (name, len(values)))
        if len(values) > cls.n_fields:
            raise TypeError('%s takes an at most %d-sequence (%d-sequence given)' % (name, cls.n_fields, len(values)))
        self = tuple.__new__(cls, values[:10])
        given = {}
        for i, field in enumerate(_STAT_FIELDS):
            if field is not None:
                given[field] = values[i] if i < len(values) else (dict or {}).get(field)
        for i, field in ((10, 'st_atime'), (11, 'st_mtime'), (12, 'st_ctime')):
            if given[field] is None:
                given[field] = values[i - 3]
        self.__dict__['_given'] = given
        return self

    @classmethod
    def _of(cls, raw):
        # raw: dev ino mode nlink uid gid rdev size blksize blocks, then (sec, nsec) of a, m, c
        self = tuple.__new__(cls, (raw[2], raw[1], raw[0], raw[3], raw[4], raw[5], raw[7], raw[10],
                                   raw[12], raw[14]))
        self.__dict__['_raw'] = raw
        return self

    def __setattr__(self, name, value):
        if name in _STAT_FIELDS:  # CPython 2 answers TypeError here, 3 AttributeError
            raise (AttributeError if _STAT_PY3 else TypeError)('readonly attribute')
        raise AttributeError("'%s' object has no attribute '%s'" % (type(self).__name__, name))

    def __repr__(self):
        return '%s.stat_result(%s)' % ('os' if _STAT_PY3 else 'posix',
                                       ', '.join('%s=%r' % (n, v) for n, v in zip(self._names, self)))

    def __reduce__(self):
        if not _STAT_PY3:  # Jython's posix.stat_result is its own type: a tuple, as before
            return (tuple, (tuple(self),))
        # as CPython's structseq: the sequence fields, then the named rest
        return (stat_result, (tuple(self), dict((f, getattr(self, f)) for f in _STAT_FIELDS[10:])))


_stat_reads = {
    'st_mode': lambda r: r[2], 'st_ino': lambda r: r[1], 'st_dev': lambda r: r[0],
    'st_nlink': lambda r: r[3], 'st_uid': lambda r: r[4], 'st_gid': lambda r: r[5],
    'st_size': lambda r: r[7], 'st_rdev': lambda r: r[6], 'st_blksize': lambda r: r[8],
    'st_blocks': lambda r: r[9],
    'st_atime': lambda r: r[10] + r[11] * 1e-9, 'st_mtime': lambda r: r[12] + r[13] * 1e-9,
    'st_ctime': lambda r: r[14] + r[15] * 1e-9,
}
if _STAT_PY3:
    _stat_reads.update({
        'st_atime_ns': lambda r: r[10] * 10 ** 9 + r[11], 'st_mtime_ns': lambda r: r[12] * 10 ** 9 + r[13],
        'st_ctime_ns': lambda r: r[14] * 10 ** 9 + r[15]})
for _name, _read in _stat_reads.items():
    setattr(stat_result, _name, _StatField(_name, _read))


_stat_unpack = __import__('struct').unpack


def _stat_of(path, follow):
    # the common case (an absolute ASCII str) goes as it is: on GraalPy every step here costs
    if type(path) is str and path[:1] == '/' and (not _STAT_PY3 or path.isascii()) and '\0' not in path:
        where = path
    else:
        where = _calls_path(path)
    if not _STAT_PY3:  # Jython reads a Java array at Java speed
        raw = _calls.stat(where, follow)
        if raw is None:
            return None
        raw = [int(x) for x in raw]
        if len(raw) == 1:
            raise OSError(raw[0], strerror(raw[0]), path)
        return stat_result._of(raw)
    packed = _calls.statPacked(where, follow)  # GraalPy: one string beats 16 interop reads
    if packed is None:
        return None
    packed = str(packed).encode('latin-1')
    if len(packed) == 8:
        err = _stat_unpack('<q', packed)[0]
        raise OSError(err, strerror(err), path)
    return stat_result._of(_stat_unpack('<16q', packed))


def _by_path(path):
    if _STAT_PY3:
        return not isinstance(path, int) and not hasattr(path, '__index__')
    return isinstance(path, basestring)  # noqa: F821
