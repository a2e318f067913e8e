# Measures, on whatever runs it (CPython 2/3 or pyhost), and prints one "name value" per line:
#   threads_x   work per second of 2 threads / 1 thread on a CPU-bound loop
#   pool_x      work per second of a 2-worker Pool / a 1-worker Pool (pools started beforehand)
#   start_ms    median Process start()+join() of a child that does nothing, in milliseconds
#   queue_rt    Queue round trips per second between the parent and one child
#   child_log   how much longer a child's logging call takes than the parent's, to the same
#               FileHandler (a ratio: pyhost's child hands each record to its parent)
# Written in the common subset of Python 2.7 and 3.
from __future__ import print_function
import multiprocessing as mp
import sys
import threading
import time

clock = getattr(time, 'perf_counter', time.time)
try:
    range = xrange  # noqa: F821 (Python 2: no list of n ints)
except NameError:
    pass


def burn(n):
    x = 0
    for i in range(n):
        x += i * i % 7
    return x


def noop():
    pass


def echo(inbox, outbox):
    while True:
        item = inbox.get()
        if item is None:
            break
        outbox.put(item)


def median(values):
    values = sorted(values)
    return values[len(values) // 2]


def timed(fn):
    t = clock()
    fn()
    return clock() - t


def threads_x(n):
    def run(k):
        ts = [threading.Thread(target=burn, args=(n,)) for _ in range(k)]
        [t.start() for t in ts]
        [t.join() for t in ts]
    run(1)  # warm-up
    one = median([timed(lambda: run(1)) for _ in range(3)])
    two = median([timed(lambda: run(2)) for _ in range(3)])
    return 2 * one / two


def pool_x(n):
    one, two = mp.Pool(1), mp.Pool(2)
    try:
        for p in (one, two):
            p.map(burn, [1000, 1000])  # workers up and warm
            p.map(burn, [n // 4] * 4)
        t1 = median([timed(lambda: one.map(burn, [n] * 4, 1)) for _ in range(3)])
        t2 = median([timed(lambda: two.map(burn, [n] * 4, 1)) for _ in range(3)])
    finally:
        one.terminate()
        two.terminate()
    return t1 / t2


def start_ms(runs):
    def once():
        p = mp.Process(target=noop)
        p.start()
        p.join()
    once()
    return 1000 * median([timed(once) for _ in range(runs)])


def queue_rt(items):
    inbox, outbox = mp.Queue(), mp.Queue()
    p = mp.Process(target=echo, args=(inbox, outbox))
    p.start()
    inbox.put(0)
    outbox.get()  # the child is up
    t = clock()
    for i in range(items):
        inbox.put(i)
        outbox.get()
    elapsed = clock() - t
    inbox.put(None)
    p.join()
    return items / elapsed


def log_many(n, done):
    import logging
    log = logging.getLogger('bench')
    t = clock()
    for i in range(n):
        log.info('record %d of %s', i, 'the run')
    done.put(clock() - t)


def child_log(records):
    import logging
    import os
    import tempfile
    folder = tempfile.mkdtemp()
    path = os.path.join(folder, 'bench.log')
    logging.basicConfig(filename=path, level=logging.INFO, format='%(asctime)s %(process)d %(message)s')
    done = mp.Queue()
    log_many(records, done)
    parent = done.get()
    p = mp.Process(target=log_many, args=(records, done))
    p.start()
    child = done.get()
    p.join()
    logging.shutdown()
    lines = sum(1 for _ in open(path))
    os.remove(path)
    os.rmdir(folder)
    assert lines == 2 * records, lines
    return child / parent


if __name__ == '__main__':
    which = sys.argv[1:] or ['threads_x', 'pool_x', 'start_ms', 'queue_rt', 'child_log']
    n = 2000000
    for name in which:
        if name == 'threads_x':
            value = threads_x(n)
        elif name == 'pool_x':
            value = pool_x(n)
        elif name == 'start_ms':
            value = start_ms(5)
        elif name == 'child_log':
            value = child_log(5000)
        else:
            value = queue_rt(500)
        print(name, '%.2f' % value)
        sys.stdout.flush()
