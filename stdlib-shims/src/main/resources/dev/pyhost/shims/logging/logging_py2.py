# logging overlay for Python 2 (Jython): _target is Jython's logging package.
# findCaller() skips frames whose file is logging's own source, _srcfile. Jython derives it
# from __file__, which names the compiled __init__$py.class, while the frames name __init__.py:
# take it from a code object instead, as CPython 3 does.
import os as _os

_target._srcfile = _os.path.normcase(_target.addLevelName.__code__.co_filename)
