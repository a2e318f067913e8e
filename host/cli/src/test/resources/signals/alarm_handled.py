import signal, time
def h(s, f):
    print("handler %d in %s" % (s, f.f_code.co_name))
signal.signal(signal.SIGALRM, h)
print(signal.alarm(5))
print(signal.alarm(1) in (4, 5))
time.sleep(2.5)
print("after", signal.alarm(0))
