# io overlay: _target is the engine's io module. io.open (which is the builtin open on Python 3,
# apart from the builtins overlay) flushes the files open() remembers as written before it
# opens, and remembers those it opens for writing, so that open(p, 'w').write(data) followed by
# io.open(p).read() reads the data, as under CPython. Valid Python 2 and 3.
import sys as _sys

from _pyhost import BuiltinFunction as _BuiltinFunction

_engine_io_open = _target.open
_builtins = _sys.modules['builtins' if _sys.version_info[0] >= 3 else '__builtin__']


def _open(*args, **kwargs):
    flushed_open = getattr(_builtins.open, '_pyhost_flushed_open', None)  # absent where a script replaced open
    if flushed_open is None:
        return _engine_io_open(*args, **kwargs)
    return flushed_open(_engine_io_open, args, kwargs)


# called as a built-in is: not bound as a method when a class keeps it (class C: open = io.open)
open = _BuiltinFunction(_open, 'open', _engine_io_open.__doc__, getattr(_engine_io_open, '__module__', None))
_target.open = open
