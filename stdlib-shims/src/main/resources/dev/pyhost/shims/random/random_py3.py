# random overlay (Python 3): _target is the engine's random module. GraalPy's generator draws
# CPython's numbers, but refuses a state of the wrong size or with an index out of range as
# "state vector invalid." where CPython says which: the internal state is checked first, with
# CPython's words, then handed to the engine.
_engine_setstate = _target.Random.setstate
_N = 624


def setstate(self, state):
    version = state[0] if isinstance(state, tuple) and state else None
    if version in (2, 3) and len(state) == 3:
        internal = state[1]
        if isinstance(internal, tuple):
            if len(internal) != _N + 1:
                raise ValueError('state vector is the wrong size')
            index = internal[_N]
            if isinstance(index, int) and not 0 <= index <= _N:
                raise ValueError('invalid state')
    return _engine_setstate(self, state)


setstate.__doc__ = _engine_setstate.__doc__
setstate.__qualname__ = _engine_setstate.__qualname__
setstate.__module__ = _engine_setstate.__module__
_target.Random.setstate = setstate
