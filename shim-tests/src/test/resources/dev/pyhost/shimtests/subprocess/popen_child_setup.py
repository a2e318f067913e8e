# Popen's pass_fds, start_new_session, process_group, preexec_fn=os.setsid/os.setpgrp, user and
# groups (Python 3): the child lists the descriptors it has from 3 on, writes through the ones
# passed, and tells its session and group; then the errors CPython gives for bad values. Run by
# GraalPyPopenChildSetupTest.
import os, sys, subprocess
from subprocess import PIPE
CHILD = '''
import os, sys
passed = [int(a) for a in sys.argv[1:]]
open_fds = []
for fd in range(3, 1024):
    try:
        os.fstat(fd)
    except OSError:
        continue
    open_fds.append('passed' if fd in passed else 'leaked')
print(open_fds, [os.get_inheritable(fd) for fd in passed])
for fd in passed:
    os.write(fd, b'through %d' % passed.index(fd))
print(os.getsid(0) == os.getpid(), os.getpgid(0) == os.getpid(), os.getsid(0) == os.getsid(os.getppid()))
'''
def run(**kw):
    extra = kw.pop('extra', [])
    p = subprocess.Popen(['/usr/bin/python3', '-c', CHILD] + [str(f) for f in extra], stdout=PIPE, **kw)
    out = p.communicate()[0]
    sys.stdout.write(out.decode())
    return p
r1, w1 = os.pipe()
r2, w2 = os.pipe()
run(pass_fds=[w1, w2], extra=[w1, w2])
os.close(w1); os.close(w2)
print(os.read(r1, 100), os.read(r2, 100))
os.close(r1); os.close(r2)
r, w = os.pipe()
print(os.get_inheritable(w))
run(pass_fds=(w,), close_fds=False, extra=[w])
os.close(w)
print(os.read(r, 100))
run()
run(extra=[])
p = run(start_new_session=True)
p = run(process_group=0)
leader = subprocess.Popen(['sleep', '5'], process_group=0)
p = subprocess.Popen(['/usr/bin/python3', '-c', 'import os; print(os.getpgid(0) == int(os.environ["L"]), os.getsid(0) == os.getsid(os.getppid()))'],
                     process_group=leader.pid, env=dict(os.environ, L=str(leader.pid)), stdout=PIPE)
print(p.communicate()[0])
leader.kill(); leader.wait()
p = subprocess.Popen(['sleep', '0.2'], start_new_session=True)
print(os.getsid(p.pid) == p.pid, os.getpgid(p.pid) == p.pid)
p.wait()
p = subprocess.Popen(['sleep', '0.2'], preexec_fn=os.setsid)
print(os.getsid(p.pid) == p.pid, os.getpgid(p.pid) == p.pid)
p.wait()
try:
    os.getsid(p.pid)
except OSError as e:
    print(repr(e))
p = subprocess.Popen(['sleep', '0.2'], preexec_fn=os.setpgrp)
print(os.getpgid(p.pid) == p.pid, os.getsid(p.pid) == os.getsid(0))
p.wait()
p = subprocess.Popen(['sleep', '0.2'], process_group=0)
print(os.getsid(p.pid) == os.getsid(0), os.getpgid(p.pid) == p.pid)
p.wait()
for kw in (dict(pass_fds=[-1]), dict(pass_fds=['a']), dict(pass_fds=[987]), dict(pass_fds=[0, 1, 2]), dict(process_group=-5),
           dict(process_group='x'), dict(process_group=1.5), dict(process_group=2**40), dict(process_group=999999),
           dict(start_new_session=True, process_group=0), dict(pass_fds=[987], executable='/nonexistent')):
    try:
        p = subprocess.Popen(['true'], **kw)
        print(kw, p.wait())
    except Exception as e:
        print(kw, repr(e), str(e))
import pwd
me = pwd.getpwuid(os.getuid()).pw_name
for kw in (dict(user=os.getuid()), dict(user=me), dict(group=os.getgid()), dict(extra_groups=os.getgroups()),
           dict(user=os.getuid(), group=os.getgid()), dict(user='no-such-user-x'), dict(user=-1), dict(user=1.5),
           dict(group='no-such-group-x'), dict(group=-2), dict(group=[1]), dict(extra_groups='abc'),
           dict(extra_groups=[1.5]), dict(extra_groups=[-3]), dict(extra_groups=['no-such-group-x'])):
    try:
        out = subprocess.run(['id', '-u'], stdout=PIPE, **kw).stdout
        print(sorted(kw), out == subprocess.run(['id', '-u'], stdout=PIPE).stdout)
    except Exception as e:
        print(sorted(kw), repr(e))
