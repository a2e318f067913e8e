import signal, time, sys
class Timeout(Exception):
    pass
def handler(signum, frame):
    raise Timeout('took too long')
signal.signal(signal.SIGALRM, handler)
signal.alarm(1)
t = time.time()
try:
    time.sleep(3)
    print('not interrupted')
except Timeout as e:
    print('timeout: %s after %d s' % (e, round(time.time() - t)))
signal.alarm(1)
try:
    while True:
        pass
except Timeout as e:
    print('busy loop interrupted: %s' % e)
