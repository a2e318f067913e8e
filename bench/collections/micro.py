# dict and set costs in the loops admin scripts run: building a dict of new string keys, counting
# into one, iterating its items, copying it, and building, combining and iterating sets. Runs
# unchanged under CPython 2.7 and pyhost (Jython); prints NAME MEDIAN_MICROSECONDS per 1,000 keys
# (median over rounds, after a warm-up for the JIT).
import sys
import time

rounds = int(sys.argv[1]) if len(sys.argv) > 1 else 7
keys = ['host%d.example.com' % i for i in range(2000)]
more = ['host%d.example.com' % i for i in range(1000, 3000)]


def build(n):
    for _ in range(n):
        d = {}
        for k in keys:
            d[k] = 1


def count(n):
    d = dict.fromkeys(keys, 0)
    for _ in range(n):
        for k in keys:
            d[k] += 1


def iterate(n):
    d = dict.fromkeys(keys, 0)
    for _ in range(n):
        for k, v in d.iteritems():
            pass


def copy(n):
    d = dict.fromkeys(keys, 0)
    for _ in range(n):
        d.copy()


def sets(n):
    for _ in range(n):
        a = set(keys)
        b = set(more)
        for k in (a | b) - (a & b):
            pass


for name, fn in (('dict build', build), ('dict count', count), ('dict iterate', iterate),
                 ('dict copy', copy), ('set ops', sets)):
    fn(100)  # warm-up
    samples = []
    for _ in range(rounds):
        t = time.time()
        fn(100)
        samples.append((time.time() - t) * 1e6 / (100 * len(keys) / 1000.0))
    samples.sort()
    print('%s %.1f' % (name, samples[len(samples) // 2]))
