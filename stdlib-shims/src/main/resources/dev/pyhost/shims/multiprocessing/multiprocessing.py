# multiprocessing glue: runs multiprocessing_impl.py (the module's body) with _core and _target
# bound. Every child process imports this module, so on Jython, where compiling to Java bytecode
# is costly and a code object serves any interpreter state, the body is compiled once per JVM.
# (GraalPy's code objects belong to one context: it compiles per session.)
import sys as _sys

_jython = _sys.version_info[0] == 2  # pyhost runs Python 2 on Jython, 3 on GraalPy
_filename = '<pyhost shim multiprocessing_impl>'
_code = _core.cachedCode('multiprocessing') if _jython else None
if _code is None:
    _code = compile(_core.implSource(), _filename, 'exec')
    if _jython:
        _core.cacheCode('multiprocessing', _code)
_runtime = _sys.modules['_pyhost']
_runtime.remember_source(_filename, _runtime.native_str(_core.implSource()))
exec(_code, globals())
