import signal, time
def h(s, f):
    print("handler %d in %s" % (s, f.f_code.co_name))
signal.signal(signal.SIGALRM, h)
print(signal.alarm(5))
print(1 <= signal.alarm(1) <= 5)
time.sleep(2.5)
print("after", signal.alarm(0))
