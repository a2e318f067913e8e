package dev.pyhost.shimtests.random;

import dev.pyhost.shimtests.ShimContract;
import org.junit.jupiter.api.Test;

/**
 * A seeded generator draws CPython's numbers: the seeds of every kind a script uses (ints,
 * negative and beyond 64 bits, strings, unicode), random(), getrandbits() of every width, the
 * functions built on them, saved and restored states, jumpahead() on Python 2, and the errors.
 */
abstract class RandomContract extends ShimContract {

    @Test
    void seededRunsDrawCPythonsNumbers() {
        assertSameAsCPython("""
                from __future__ import print_function
                import random, pickle, sys
                for seed in (0, 1, 5, -5, 12345678901234567890123, 2 ** 32, 2 ** 64 - 1, 'abc', u'abc', '', 'a longer seed text', True):
                    random.seed(seed)
                    print(repr(seed) if isinstance(seed, (str, type(u''))) else str(seed), repr(random.random()), random.getrandbits(1), random.getrandbits(31),
                          random.getrandbits(32), random.getrandbits(33), random.getrandbits(100))
                r = random.Random(42)
                print([r.randint(1, 6) for _ in range(10)], r.choice('abcdef'), r.sample(range(1000), 5),
                      repr(r.uniform(1, 2)), repr(r.gauss(0, 1)), repr(r.expovariate(2)), r.randrange(0, 2 ** 70, 3))
                items = list(range(20)); r.shuffle(items); print(items)
                state = r.getstate()
                print(state[0], state[1][:4], state[1][-1], len(state[1]), state[2])
                after = [r.random() for _ in range(3)]
                r.setstate(state)
                print(after == [r.random() for _ in range(3)], pickle.loads(pickle.dumps(r)).random() == r.random())
                for _ in range(700):
                    r.random()
                print(repr(r.random()), r.getstate()[1][-1])
                if hasattr(r, 'jumpahead'):
                    r.jumpahead(10)
                    print(repr(r.random()), r.getstate()[1][:2])
                for bad in (lambda: r.getrandbits(0), lambda: r.getrandbits(-1), lambda: r.getrandbits(2.5),
                            lambda: r.setstate((3, (1, 2), None)), lambda: r.setstate((3, tuple(range(624)) + (625,), None)),
                            lambda: random.Random.setstate(r, [0] * 625)):
                    try:
                        bad()
                    except Exception as e:
                        print(type(e).__name__, e)
                class Half(random.Random):
                    def random(self):
                        return 0.5
                print(Half(1).choice('abcd'), Half(1).random())
                if sys.version_info[0] == 2:  # (GraalPy words this error as no CPython 3 does)
                    try:
                        random.Random(1, 2)
                    except TypeError as e:
                        print(e)
                """);
    }
}
