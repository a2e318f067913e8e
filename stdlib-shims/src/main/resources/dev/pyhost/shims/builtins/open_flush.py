# builtins overlay (__builtin__ on Python 2): _target is the builtins module. Files opened for
# writing are remembered weakly and flushed before the next open(), as CPython's reference
# counting would have closed the ones nothing refers to any more
# (open(p, 'w').write(data), then open(p).read()). io.open does the same through the io
# overlay, which finds _flushed_open on this open. Valid Python 2 and 3.
import sys as _sys
import weakref as _weakref

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
        # Jython's EACCES or ENOENT where a folder on the path is missing or is a file: open(2)'s
        # errno, from the os overlay
        fix = getattr(_sys.modules.get('os'), '_pyhost_open_errno', None)
        code = fix(e.filename, e.errno) if fix is not None and str is bytes else e.errno
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


def open(*args, **kwargs):
    return _flushed_open(_engine_open, args, kwargs)


open.__doc__ = _engine_open.__doc__
open._pyhost_flushed_open = _flushed_open
_target.open = open
