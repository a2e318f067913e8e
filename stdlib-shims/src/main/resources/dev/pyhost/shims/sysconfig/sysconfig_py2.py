# sysconfig overlay for Python 2 (Jython): _target is Jython's sysconfig. It tells Jython from
# CPython by os.name == 'java', which the os shim answers 'posix' as CPython does; the module gets
# an os of its own that still answers Jython's name (the rest is the os module itself).
import os as _os
from org.python.core import PyShadowString as _ShadowString


class _JythonOs(object):
    name = _ShadowString('java', _os._name)

    def __getattr__(self, attr):
        return getattr(_os, attr)


_target.os = _JythonOs()
