# _thread overlay for Python 3 (GraalPy): _target is GraalPy's _thread module. GraalPy readies its
# native-call support (NFI), which every C extension needs, on first use, by a handshake with each
# thread of the context; a thread blocked in a socket call never answers it, and the process hung
# (an HTTPS client's idna codec imports unicodedata.ucd_3_2_0, a C extension, while the server's
# thread waits on its socket). Importing _ctypes readies it; that is done here before the session's
# first new thread starts, when the starting thread is the only one.
import sys as _sys

_engine_start_new_thread = _target.start_new_thread
_native_ready = []


def _ready_native_calls():
    if not _native_ready:
        _native_ready.append(True)
        try:
            import _ctypes  # noqa: F401
        except Exception:
            pass


def start_new_thread(function, args, *kwargs):
    _ready_native_calls()
    return _engine_start_new_thread(function, args, *kwargs)


start_new_thread.__doc__ = _engine_start_new_thread.__doc__
start_new_thread.__module__ = _target.__name__
_target.start_new_thread = start_new_thread
if hasattr(_target, "start_new"):
    _target.start_new = start_new_thread
_threading = _sys.modules.get('threading')
if _threading is not None and getattr(_threading, '_start_new_thread', None) is _engine_start_new_thread:
    _threading._start_new_thread = start_new_thread
