# psutil glue, Python 2 (Jython) prologue: how Java values become CPython 2's types. Java strings
# arrive as unicode (CPython 2's psutil gives str) and Java longs as long (psutil gives int).
from _pyhost import native_str as _str

_PY3 = False
_int_types = (int, long)  # noqa: F821
_VERSION = '5.9.8'


def _ints(values):
    return [int(x) for x in values]


def _strs(values):
    return [_str(x) for x in values]


def _floats(values):
    # list() turns a Java double[] into Python floats several times faster than float() per item
    return list(values)
