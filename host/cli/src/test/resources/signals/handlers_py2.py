import signal, time, os, threading, sys
got = []
def h(sig, frame):
    got.append((sig, frame is not None and frame.f_code.co_name))
signal.signal(signal.SIGUSR1, h)
print signal.getsignal(signal.SIGUSR1) is h
os.kill(os.getpid(), signal.SIGUSR1)
time.sleep(0.2)
print got
signal.signal(signal.SIGALRM, h)
signal.alarm(1)
t = time.time()
time.sleep(3)
print "sleep cut short", time.time() - t < 2.5, got[-1]
signal.alarm(1)
signal.pause()
print 'pause returned', got[-1]
def worker():
    time.sleep(0.3)
    res.append('worker slept')
res = []
th = threading.Thread(target=worker); th.start()
os.kill(os.getpid(), signal.SIGUSR1)
th.join()
print res, len(got)
for a in (-1, 'x', None, float('nan')):
    try:
        time.sleep(a)
    except Exception as e:
        print type(e).__name__, e
print signal.signal(signal.SIGUSR1, signal.SIG_DFL) is h, signal.getsignal(signal.SIGUSR1) == signal.SIG_DFL
def inner():
    while True:
        pass
def stop(sig, frame):
    raise SystemExit('stopped in %s' % frame.f_code.co_name)
signal.signal(signal.SIGALRM, stop)
signal.alarm(1)
inner()
