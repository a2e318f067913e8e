# signal.pause() returns once a handler has run; a handler's exception leaves it
import os, signal, sys, threading, time
got = []
def h(s, f):
    got.append(s)
signal.signal(signal.SIGUSR1, h)
print(signal.getsignal(signal.SIGUSR1) is h)
threading.Timer(0.3, lambda: os.kill(os.getpid(), signal.SIGUSR1)).start()
t = time.time()
print(signal.pause(), got, time.time() - t < 5)
def stop(s, f):
    raise SystemExit('stopped by %d' % s)
signal.signal(signal.SIGUSR2, stop)
threading.Timer(0.3, lambda: os.kill(os.getpid(), signal.SIGUSR2)).start()
signal.pause()
print('not reached')
