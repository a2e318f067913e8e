# no handler for SIGALRM: the process dies of it, as CPython's does
import signal, time
signal.alarm(1)
time.sleep(5)
print("not reached")
