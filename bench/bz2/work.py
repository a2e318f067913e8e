# bz2 work for bench/bz2/run: write a log through BZ2File, read it back line by line, and
# compress and decompress it in one shot; prints "task seconds" per task (the median of the rounds).
# Python 2 (CPython 2.7, stock Jython, pyhost on Jython).
import bz2, os, sys, tempfile, time

rounds = int(sys.argv[1]) if len(sys.argv) > 1 else 5
data = ''.join('2026-12-01 12:00:%02d host%d app[%d]: line %d of the log\n' % (i % 60, i % 7, i, i)
               for i in range(100000))
path = os.path.join(tempfile.mkdtemp(), 'log.bz2')


def write():
    f = bz2.BZ2File(path, 'w')
    f.write(data)
    f.close()


def iterate():
    n = 0
    for _ in bz2.BZ2File(path):
        n += 1
    assert n == 100000


def oneshot():
    assert bz2.decompress(bz2.compress(data)) == data


times = {}
for _ in range(rounds):
    for name, task in (('write', write), ('iterate', iterate), ('oneshot', oneshot)):
        start = time.time()
        task()
        times.setdefault(name, []).append(time.time() - start)
os.remove(path)
for name in ('write', 'iterate', 'oneshot'):
    t = sorted(times[name])
    print('%s %.4f' % (name, t[len(t) // 2]))
