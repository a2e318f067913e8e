# _crypt for Python 3 (GraalPy's raised SystemError: its Java POSIX backend has no crypt), under
# CPython's own crypt.py: libcrypt's crypt_r, made in Java. _core is a
# dev.pyhost.shims.os.CryptCalls, or None.
import os as _os

if _core is None:
    raise ModuleNotFoundError("No module named '_crypt'", name='_crypt')


def _arg(value, position):
    if not isinstance(value, str):
        raise TypeError('crypt() argument %d must be str, not %s' % (position, type(value).__name__))
    raw = value.encode('utf-8')
    if b'\0' in raw:
        raise ValueError('embedded null character')
    return raw.decode('latin-1')


def crypt(word, salt, /):
    """Hash a *word* with the given *salt* and return the hashed password.

*word* will usually be a user's password. *salt* (a 2 or 16 character string, possibly
prefixed with $digit$ for the method) perturbs the hashing."""
    hashed = _core.crypt(_arg(word, 1), _arg(salt, 2))
    if hashed is None:
        errno = int(_core.lastErrno())
        raise OSError(errno, _os.strerror(errno))
    return _os.fsdecode(str(hashed).encode('latin-1'))


crypt.__module__ = '_crypt'
_target.crypt = crypt
_target.__doc__ = None
