# siginterrupt: accepted with its arguments checked as CPython 2.7 checks them
import signal
print signal.siginterrupt(signal.SIGALRM, False), signal.siginterrupt(signal.SIGALRM, 1)
for a in ((0, 1), (99, 1), ("x", 1)):
    try:
        signal.siginterrupt(*a)
    except Exception as e:
        print type(e).__name__, e
