__doc__ = """Access to the Unix group database.

Entries are struct_group 4-tuples: gr_name, gr_passwd, gr_gid and gr_mem (the list of the
group's members by name), read through the C library (/etc/group and what NSS adds)."""
# grp for both engines (written in the common subset of Python 2.7 and 3): CPython's module over
# getgrgid_r, getgrnam_r and getgrent_r, made in Java. GraalPy has no grp; Jython's words its
# entries and errors its own way. _core is a dev.pyhost.shims.os.GroupCalls, or None where the
# foreign function API is missing. os/structseq.py comes before this file (so the module's doc is
# set, not a docstring).
import os as _os
import sys as _sys

_PY3 = _sys.version_info[0] >= 3
if _core is None:
    raise ImportError('No module named grp')

_FIELDS = ('gr_name', 'gr_passwd', 'gr_gid', 'gr_mem')


struct_group = _structseq('grp', 'struct_group', _FIELDS,
                          'grp.struct_group: Results from getgr*() routines.')


def _text(s):
    if _PY3:
        return _os.fsdecode(str(s).encode('latin-1'))
    return s.encode('latin-1') if isinstance(s, unicode) else str(s)  # noqa: F821 (Python 2)


def _entry(raw):
    if raw is None:
        return None
    fields = [_text(s) for s in raw]
    return struct_group((fields[0], fields[1], int(fields[2]), fields[3:]))


def _gid(id):
    """The gid_t for id, and how CPython names it in its KeyError."""
    if _PY3:
        if isinstance(id, float) or not hasattr(type(id), '__index__'):
            raise TypeError('gid should be integer, not %s' % type(id).__name__)
        import operator
        gid = operator.index(id)
        if gid < -1 or gid > 0xFFFFFFFF:
            raise OverflowError('gid is less than minimum')  # CPython 3 words both ends so
        return gid, -1 if gid == 0xFFFFFFFF else gid
    gid = int(id)
    if gid < -1:
        raise OverflowError('group id is less than minimum')
    if gid > 0xFFFFFFFF:
        raise OverflowError('group id is greater than maximum')
    return gid, gid & 0xFFFFFFFF


def getgrgid(id):
    """Return the group database entry for the numeric group ID id; KeyError when there is none."""
    gid, shown = _gid(id)
    entry = _entry(_core.byGid(gid))
    if entry is None:
        raise KeyError('getgrgid(): gid not found: %d' % shown)
    return entry


def getgrnam(name):
    """Return the group database entry for the group name; KeyError when there is none."""
    if _PY3:
        if not isinstance(name, str):
            raise TypeError("getgrnam() argument 'name' must be str, not %s" % type(name).__name__)
        raw = _os.fsencode(name)
        if b'\0' in raw:
            raise ValueError('embedded null byte')
        shown = repr(name)
    else:
        raw = str(name).split('\0')[0]  # the C string's end
        shown = raw
    entry = _entry(_core.byName(raw.decode('latin-1')))
    if entry is None:
        raise KeyError('getgrnam(): name not found: %s' % shown)
    return entry


def getgrall():
    """Return a list of all the group database's entries, in its order."""
    return [_entry(g) for g in _core.all()]


for _name in ('struct_group', 'getgrgid', 'getgrnam', 'getgrall'):
    _value = globals()[_name]
    _value.__module__ = 'grp'
    setattr(_target, _name, _value)
_target.__doc__ = __doc__
del _name, _value
