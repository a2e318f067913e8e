# os.wait3 and os.wait4, which GraalPy lacked: pid, wait status and the child's resource usage
# (whose counts vary from run to run, so their kinds are compared), errors as CPython's.
import os, subprocess, resource


def t(label, f, *args):
    try:
        r = f(*args)
    except Exception as e:
        print(label, type(e).__name__, e.args)
    else:
        print(label, repr(r))


def usage(ru):
    return (type(ru).__name__, len(ru), type(ru.ru_utime).__name__, type(ru.ru_stime).__name__,
            ru.ru_utime >= 0, ru.ru_maxrss > 0, ru.ru_minflt > 0, ru[2] == ru.ru_maxrss,
            all(isinstance(x, int) for x in ru[2:]))


p = subprocess.Popen(['sh', '-c', 'exit 3'])
pid, status, ru = os.wait4(p.pid, 0)
print('wait4', pid == p.pid, status, os.WIFEXITED(status), os.WEXITSTATUS(status), usage(ru))
t('wait4 again', os.wait4, p.pid, 0)
p = subprocess.Popen(['sleep', '1'])
pid, status, ru = os.wait4(p.pid, os.WNOHANG)
print('running', pid, status, type(ru).__name__)
pid, status, ru = os.wait4(p.pid, 0)
print('ended', pid == p.pid, status, usage(ru))
q = subprocess.Popen(['sh', '-c', 'kill -9 $$'])
pid, status, ru = os.wait3(0)
print('wait3', pid == q.pid, os.WIFSIGNALED(status), os.WTERMSIG(status), usage(ru))
t('wait3 none', os.wait3, 0)
t('wait3 none nohang', os.wait3, os.WNOHANG)
t('wait4 none', os.wait4, 999999, 0)
t('wait4 str', os.wait4, 'x', 0)
t('wait4 float', os.wait4, p.pid, 1.5)
print(os.wait4.__doc__.splitlines()[0], os.wait3.__doc__.splitlines()[0])
