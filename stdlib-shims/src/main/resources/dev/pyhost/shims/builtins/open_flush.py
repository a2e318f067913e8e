# builtins overlay (__builtin__ on Python 2): _target is the builtins module. Files opened for
# writing are remembered weakly and flushed before the next open(), as CPython's reference
# counting would have closed the ones nothing refers to any more
# (open(p, 'w').write(data), then open(p).read()). io.open does the same through the io
# overlay, which finds _flushed_open on this open. Valid Python 2 and 3.
import sys as _sys
import weakref as _weakref

from _pyhost import BuiltinFunction as _BuiltinFunction

_engine_open = _target.open
_writers = _weakref.WeakSet()


def _flushed_open(engine_open, args, kwargs):
    for f in list(_writers):
        try:
            if not f.closed:
                f.flush()
        except Exception:
            pass
    try:
        f = engine_open(*args, **kwargs)
    except IOError as e:
        if str is not bytes:
            raise
        name = args[0] if args else kwargs.get('name', kwargs.get('file'))
        if e.errno == 21 and name is not None and not name and isinstance(name, basestring):  # noqa: F821
            # Jython opens '' as the working directory
            raise IOError(2, 'No such file or directory', name)
        # Jython's EACCES or ENOENT where a folder on the path is missing or is a file: open(2)'s
        # errno, from the os overlay
        fix = getattr(_sys.modules.get('os'), '_pyhost_open_errno', None)
        code = fix(e.filename, e.errno) if fix is not None else e.errno
        if code == e.errno:
            raise
        raise IOError(code, _sys.modules['os'].strerror(code), e.filename)
    mode = args[1] if len(args) > 1 else kwargs.get('mode', 'r')
    if isinstance(mode, str) and (mode[:1] in ('w', 'a', 'x') or '+' in mode):
        try:
            _writers.add(f)
        except TypeError:
            pass  # an object that takes no weak reference: left to the engine
    return f


# Python 2: open() is file(), as CPython 2's builtin open calls its file type: the arguments are
# then checked by the file type's rules and messages (the engine's file type does, as CPython's),
# not by Jython's own open()
_opener = _target.file if str is bytes else _engine_open


def _open(*args, **kwargs):
    return _flushed_open(_opener, args, kwargs)


# called as a built-in is: not bound as a method when a class keeps it (class C: opener = open)
open = _BuiltinFunction(_open, 'open', _engine_open.__doc__, getattr(_engine_open, '__module__', None))
open._pyhost_flushed_open = _flushed_open
_target.open = open
