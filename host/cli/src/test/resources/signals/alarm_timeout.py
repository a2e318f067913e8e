# The timeout idiom: a handler raising out of sleep and out of a busy loop (the alarm is set
# inside the try, so that a loaded machine cannot let it fire before)
import signal, time, sys
class Timeout(Exception):
    pass
def handler(signum, frame):
    raise Timeout('took too long')
signal.signal(signal.SIGALRM, handler)
t = time.time()
try:
    signal.alarm(1)
    time.sleep(3)
    print('not interrupted')
except Timeout as e:
    print('timeout: %s, within the sleep: %s' % (e, time.time() - t < 2.9))
try:
    signal.alarm(1)
    while True:
        pass
except Timeout as e:
    print('busy loop interrupted: %s' % e)
