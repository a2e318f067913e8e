# crypt for Python 2 (Jython's returned an array of bytes, NUL included): CPython 2.7's module
# over libcrypt's crypt_r, made in Java. _core is a dev.pyhost.shims.os.CryptCalls, or None.
if _core is None:
    raise ImportError('No module named crypt')


def _arg(value, position):
    if isinstance(value, unicode):  # noqa: F821 (Python 2)
        value = value.encode('ascii')  # the default encoding, as CPython's 's' argument
    elif not isinstance(value, str):
        raise TypeError('crypt() argument %d must be string, not %s' % (position, type(value).__name__))
    if '\0' in value:
        raise TypeError('crypt() argument %d must be string without null bytes, not str' % position)
    return value.decode('latin-1')


def crypt(word, salt):
    """crypt(word, salt) -> string
word will usually be a user's password. salt selects the hashing method and perturbs it: two
characters from [./a-zA-Z0-9] for DES, or $id$... for the others libcrypt offers. Returns the
hashed password, or None where libcrypt gives nothing back."""
    hashed = _core.crypt(_arg(word, 1), _arg(salt, 2))
    if hashed is None:
        return None
    return hashed.encode('latin-1') if isinstance(hashed, unicode) else str(hashed)  # noqa: F821


crypt.__module__ = 'crypt'
_target.crypt = crypt
_target.__doc__ = None
