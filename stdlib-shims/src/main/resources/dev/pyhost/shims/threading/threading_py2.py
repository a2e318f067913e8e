# threading overlay for Python 2 (Jython): _target is Jython's threading module, whose threads
# wrap Java threads and hand back their names as unicode.
from _pyhost import native_str as _str

_JavaThread = _target.JavaThread


def getName(self):
    return _str(self._thread.getName())


_JavaThread.getName = getName
_JavaThread.name = property(getName, _JavaThread.setName)


# An exception that ends a thread is reported as CPython 2.7 reports it: Jython's thread writes
# "Exception in thread NAME:" and then the traceback on the same line, where CPython's prints
# "Exception in thread NAME:\n" + the traceback + "\n" (a blank line after it).
def _print_exc(limit=None, file=None):
    import traceback
    if file is None:
        import sys
        file = sys.stderr
    file.write('\n' + traceback.format_exc(limit) + '\n')


_target._print_exc = _print_exc
