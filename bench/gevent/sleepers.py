# 10,000 greenlets each sleeping 1 s: wall time of the joinall and the peak resident memory.
# Python 2 and 3 alike (runs on CPython + real gevent, and on pyhost's Jython and GraalPy).
import sys
import time
import gevent


def peak_kb():
    try:
        for line in open('/proc/self/status'):
            if line.startswith('VmHWM:'):
                return int(line.split()[1])
    except IOError:
        pass
    return -1


n = int(sys.argv[1]) if len(sys.argv) > 1 else 10000
start = time.time()
greenlets = [gevent.spawn(gevent.sleep, 1) for _ in range(n)]
gevent.joinall(greenlets, timeout=60)
elapsed = time.time() - start
print('sleepers %d done %d elapsed %.3f peak_kb %d' % (
    n, sum(1 for g in greenlets if g.successful()), elapsed, peak_kb()))
