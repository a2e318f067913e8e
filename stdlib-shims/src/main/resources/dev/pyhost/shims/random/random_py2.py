# _random (Python 2): the generator random.Random builds on, as CPython 2.7's C module has it, on
# _core's MersenneTwister. Jython's own drew other numbers from the same seed (random.seed(5);
# random.random() gave 0.7305... where CPython gives 0.6229...) and kept another state, so
# seeded runs and saved states did not carry over. A seed that is not an int or long goes in as
# CPython 2.7's hash of it: str and unicode hashes are computed here as CPython's (Jython's are
# Java's); other objects use the engine's hash.
import time as _time


def _string_hash(units):
    """CPython 2.7's string hash (64-bit, no randomization) of a sequence of code units."""
    if not units:
        return 0
    x = (units[0] << 7) & 0xffffffffffffffff
    for u in units:
        x = ((1000003 * x) & 0xffffffffffffffff) ^ u
    x ^= len(units)
    if x >= 1 << 63:
        x -= 1 << 64
    return -2 if x == -1 else x


def _seed_hash(obj):
    if isinstance(obj, str):
        return _string_hash(bytearray(obj))
    if isinstance(obj, unicode):
        units = []
        i, n = 0, len(obj)
        while i < n:  # code points, as CPython's wide (UCS4) builds hash them
            c = ord(obj[i])
            if 0xd800 <= c < 0xdc00 and i + 1 < n and 0xdc00 <= ord(obj[i + 1]) < 0xe000:
                c = 0x10000 + ((c - 0xd800) << 10) + (ord(obj[i + 1]) - 0xdc00)
                i += 1
            units.append(c)
            i += 1
        return _string_hash(units)
    return hash(obj)


class Random(object):
    """Random() -> create a random number generator with its own internal state."""

    def __new__(cls, *args, **kwargs):
        if cls is Random and kwargs:
            raise TypeError('Random() does not take keyword arguments')
        self = object.__new__(cls)
        self._generator = generator = _core.newGenerator()
        Random.seed(self, *args)
        if getattr(cls.random, 'im_func', None) is _random_function:
            self.random = generator.random  # the Java method itself: no Python frame per number
        return self

    def seed(self, *args):
        """seed([n]) -> None.  Defaults to current time."""
        if len(args) > 1:
            raise TypeError('seed expected at most 1 arguments, got %d' % len(args))
        n = args[0] if args else None
        if n is None:
            n = long(_time.time())
        elif isinstance(n, (int, long)):
            n = abs(n)
        else:
            n = _seed_hash(n) & 0xffffffffffffffff
        self._generator.seed(long(n))

    def random(self):
        """random() -> x in the interval [0, 1)."""
        return self._generator.random()

    def getrandbits(self, k):
        """getrandbits(k) -> x.  Generates a long int with k random bits."""
        if isinstance(k, float):
            raise TypeError('integer argument expected, got float')
        if not isinstance(k, (int, long)):
            raise TypeError('an integer is required')
        if k <= 0:
            raise ValueError('number of bits must be greater than zero')
        if k <= 32:
            return int(self._generator.bits32(k))
        return long(self._generator.bits(k))

    def getstate(self):
        """getstate() -> tuple containing the current state."""
        state = self._generator.state()
        return tuple(long(word) for word in state)

    def setstate(self, state):
        """setstate(state) -> None.  Restores generator state."""
        if not isinstance(state, tuple):
            raise TypeError('state vector must be a tuple')
        if len(state) != 625:
            raise ValueError('state vector is the wrong size')
        words = []
        for word in state[:624]:
            if not isinstance(word, (int, long)):
                raise TypeError('an integer is required')
            if word < 0:
                raise OverflowError("can't convert negative value to unsigned long")
            words.append(word & 0xffffffff)
        index = state[624]
        if not isinstance(index, (int, long)):
            raise TypeError('an integer is required')
        if index < 0 or index > 624:
            raise ValueError('invalid state')
        self._generator.setState(','.join(str(w) for w in words), index)

    def jumpahead(self, n):
        """jumpahead(int) -> None.  Create new state from existing state and integer."""
        if not isinstance(n, (int, long)):
            raise TypeError("jumpahead requires an integer, not '%s'" % type(n).__name__)
        self._generator.jumpahead(long(n))


_random_function = Random.__dict__['random']
Random.__module__ = '_random'
_target.Random = Random
