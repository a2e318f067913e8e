# psutil glue, Python 3 (GraalPy) prologue. A Java array reaches GraalPy as a foreign object
# that converts one interop read per element; the core joins it into one string instead.
_PY3 = True
_int_types = (int,)
_str = str
_VERSION = '5.9.4'


def _ints(values):
    return [int(x) for x in _core.joinLongs(values).split()]


def _floats(values):
    return [float(x) for x in _core.joinDoubles(values).split()]


def _strs(values):
    return _core.joinStrings(values).split('\x00')[:-1]
