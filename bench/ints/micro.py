# Integer costs in the loops admin scripts run: small-int arithmetic, arithmetic on values past
# 2**31 (byte counts, milliseconds: ints in CPython 2.7, longs inside Jython), their repr, and
# hash() of host names. Runs unchanged under CPython 2.7 and pyhost (Jython); prints
# NAME MEDIAN_MICROSECONDS per 1,000 operations (median over rounds, after a warm-up for the JIT).
import sys
import time

rounds = int(sys.argv[1]) if len(sys.argv) > 1 else 7
N = 10000
sizes = [i * 4096 + 2 ** 33 for i in range(N)]
hosts = ['host%d.example.com' % i for i in range(N)]


def small(n):
    for _ in range(n):
        total = 0
        for i in xrange(N):
            total = total + i * 3 - 1


def wide(n):
    for _ in range(n):
        total = 0
        for s in sizes:
            total = total + s * 3 - s


def text(n):
    for _ in range(n):
        repr(sizes)


def hashes(n):
    for _ in range(n):
        for h in hosts:
            hash(h) % 16


for name, fn in (('int arithmetic', small), ('wide arithmetic', wide), ('wide repr', text), ('hash str', hashes)):
    fn(20)  # warm-up
    samples = []
    for _ in range(rounds):
        t = time.time()
        fn(20)
        samples.append((time.time() - t) * 1e6 / (20 * N / 1000.0))
    samples.sort()
    print('%s %.1f' % (name, samples[len(samples) // 2]))
