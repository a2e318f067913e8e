# psutil glue, Python 3 (GraalPy) prologue: Java arrays arrive as foreign sequences.
_PY3 = True
_int_types = (int,)
_str = str
_VERSION = '5.9.4'


def _ints(values):
    return [int(x) for x in values]


def _strs(values):
    return [str(x) for x in values]
