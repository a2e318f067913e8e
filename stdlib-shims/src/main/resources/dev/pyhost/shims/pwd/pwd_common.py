__doc__ = """This module provides access to the Unix password database.
It is available on all Unix versions.

Password database entries are reported as 7-tuples containing the following
items from the password database (see `<pwd.h>'), in order:
pw_name, pw_passwd, pw_uid, pw_gid, pw_gecos, pw_dir, pw_shell.
The uid and gid items are integers, all others are strings. An
exception is raised if the entry asked for cannot be found."""
# pwd for both engines (written in the common subset of Python 2.7 and 3): CPython's module over
# getpwuid_r, getpwnam_r and getpwent_r, made in Java. GraalPy's Java backend answers only for the
# current user (other users raised io.UnsupportedOperation, so tarfile's extractall as root failed,
# and root's own entry had a made-up password, gecos and shell) and has no getpwall; Jython's
# prints its entries as plain tuples and words its errors its own way. _core is a
# dev.pyhost.shims.os.PasswdCalls, or None where the foreign function API is missing.
# os/structseq.py comes before this file (so the module's doc is set, not a docstring).
import os as _os
import sys as _sys

_PY3 = _sys.version_info[0] >= 3
if _core is None:
    raise ImportError('No module named pwd')

_FIELDS = ('pw_name', 'pw_passwd', 'pw_uid', 'pw_gid', 'pw_gecos', 'pw_dir', 'pw_shell')

struct_passwd = _structseq('pwd', 'struct_passwd', _FIELDS, """pwd.struct_passwd: Results from getpw*() routines.

This object may be accessed either as a tuple of
  (pw_name,pw_passwd,pw_uid,pw_gid,pw_gecos,pw_dir,pw_shell)
or via the object attributes as named in the above tuple.""")


def _text(s):
    if _PY3:
        return _os.fsdecode(str(s).encode('latin-1'))
    return s.encode('latin-1') if isinstance(s, unicode) else str(s)  # noqa: F821 (Python 2)


def _entry(raw):
    if raw is None:
        return None
    f = [_text(s) for s in raw]
    return struct_passwd((f[0], f[1], int(f[2]), int(f[3]), f[4], f[5], f[6]))


def _uid(uid):
    """The uid_t for uid, and how CPython shows it in its KeyError; KeyError when out of range."""
    if _PY3:
        if isinstance(uid, float) or not hasattr(type(uid), '__index__'):
            raise TypeError('uid should be integer, not %s' % type(uid).__name__)
        import operator
        value = operator.index(uid)
        shown = -1 if value in (-1, 0xFFFFFFFF) else value
    else:
        if isinstance(uid, float):
            raise TypeError('integer argument expected, got float')
        if not isinstance(uid, (int, long)):  # noqa: F821 (Python 2)
            raise TypeError('an integer is required')
        value = uid
        shown = value & 0xFFFFFFFF
    if value < -1 or value > 0xFFFFFFFF:
        raise KeyError('getpwuid(): uid not found')
    return value & 0xFFFFFFFF, shown


def getpwuid(uid):
    """Return the password database entry for the given numeric user ID.

See `help(pwd)` for more on password database entries."""
    value, shown = _uid(uid)
    entry = _entry(_core.byUid(value))
    if entry is None:
        raise KeyError('getpwuid(): uid not found: %d' % shown)
    return entry


def getpwnam(name):
    """Return the password database entry for the given user name.

See `help(pwd)` for more on password database entries."""
    if _PY3:
        if not isinstance(name, str):
            raise TypeError('getpwnam() argument must be str, not %s' % type(name).__name__)
        raw = _os.fsencode(name)
        if b'\0' in raw:
            raise ValueError('embedded null byte')
        shown = repr(name)
    else:
        if isinstance(name, unicode):  # noqa: F821 (Python 2)
            name = name.encode('ascii')
        if not isinstance(name, str):
            raise TypeError('getpwnam() argument 1 must be string, not %s' % type(name).__name__)
        if '\0' in name:
            raise TypeError('getpwnam() argument 1 must be string without null bytes, not str')
        raw = shown = name
    entry = _entry(_core.byName(raw.decode('latin-1')))
    if entry is None:
        raise KeyError('getpwnam(): name not found: %s' % shown)
    return entry


def getpwall():
    """Return a list of all available password database entries, in arbitrary order.

See help(pwd) for more on password database entries."""
    return [_entry(u) for u in _core.all()]


for _name in ('struct_passwd', 'getpwuid', 'getpwnam', 'getpwall'):
    _value = globals()[_name]
    _value.__module__ = 'pwd'
    setattr(_target, _name, _value)
if not _PY3:
    _target.struct_pwent = struct_passwd  # CPython 2 kept this name, defined by mistake
_target.__doc__ = __doc__
del _name, _value
