# Per-call latency of the psutil calls monitoring scripts make in loops. Runs unchanged under
# CPython 3 with the real psutil and under pyhost (Python 2 or 3); prints one line per case:
# NAME MEDIAN_MICROSECONDS (median over rounds, after WARMUP seconds of calls for the JIT).
from __future__ import print_function
import os
import sys
import time

import psutil

timer = getattr(time, 'perf_counter', time.time)
rounds = int(sys.argv[1]) if len(sys.argv) > 1 else 15
warmup = float(sys.argv[2]) if len(sys.argv) > 2 else 5.0  # seconds per case, for the JIT
pid = os.getpid()


def measure(name, fn, calls, rounds=rounds):
    start = timer()
    end = start + warmup
    done = 0
    while timer() < end:
        for _ in range(calls):
            fn()
        done += calls
    # rounds of at least 20 ms: Jython's clock ticks in milliseconds
    calls = max(calls, int(done * 0.02 / max(timer() - start, 1e-9)))
    samples = []
    for _ in range(rounds):
        t = timer()
        for _ in range(calls):
            fn()
        samples.append((timer() - t) / calls)
    samples.sort()
    print('%-40s %10.1f' % (name, samples[len(samples) // 2] * 1e6))
    sys.stdout.flush()


measure('Process(pid).memory_info()', lambda: psutil.Process(pid).memory_info(), 200)
p = psutil.Process(pid)
measure('p.memory_info()', p.memory_info, 200)
measure('cpu_percent(None)', lambda: psutil.cpu_percent(None), 200)
measure('virtual_memory()', psutil.virtual_memory, 200)
measure('pid_exists(pid)', lambda: psutil.pid_exists(pid), 200)
measure("process_iter(['name','username'])", lambda: list(psutil.process_iter(['name', 'username'])), 1, min(rounds, 7))
