# setitimer/getitimer: a repeating ITIMER_REAL, the values read back, an error, and no handler
import signal, time, sys
got = []
def h(s, f):
    got.append(s)
signal.signal(signal.SIGALRM, h)
print(signal.setitimer(signal.ITIMER_REAL, 0.2, 0.1))
d, i = signal.getitimer(signal.ITIMER_REAL)
print(0 < d <= 0.2, abs(i - 0.1) < 1e-6)
t = time.time()
while len(got) < 3 and time.time() - t < 5:
    time.sleep(0.05)
print(got[:3])
print(signal.setitimer(signal.ITIMER_REAL, 0)[1] > 0, signal.getitimer(signal.ITIMER_REAL))
try:
    signal.setitimer(signal.ITIMER_REAL, -1)
except signal.ItimerError as e:
    print('ItimerError', e.errno, isinstance(e, (IOError, OSError)))
print(signal.ITIMER_REAL, signal.ITIMER_VIRTUAL, signal.ITIMER_PROF)
signal.signal(signal.SIGALRM, signal.SIG_DFL)
signal.setitimer(signal.ITIMER_REAL, 0.3)
time.sleep(2)
print('not reached')
