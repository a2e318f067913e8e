# threading overlay for Python 2 (Jython): _target is Jython's threading module, whose threads
# wrap Java threads and hand back their names as unicode.
from _pyhost import native_str as _str

_JavaThread = _target.JavaThread


def getName(self):
    return _str(self._thread.getName())


_JavaThread.getName = getName
_JavaThread.name = property(getName, _JavaThread.setName)
