# os functions one engine lacks or answers wrongly (ids, priorities, fifos and nodes, device
# numbers, statvfs, process groups, constants): each compared with CPython of the same version.
from __future__ import print_function
import os, sys, signal, stat, tempfile, shutil, subprocess, time
names = ['getresuid', 'getresgid', 'geteuid', 'getegid', 'getgroups', 'nice', 'mkfifo', 'mknod', 'major',
         'minor', 'makedev', 'setpgid', 'killpg', 'statvfs', 'getgrouplist', 'getpriority', 'setpriority', 'sync',
         'EX_USAGE', 'EX_CONFIG', 'NGROUPS_MAX', 'TMP_MAX', 'WUNTRACED', 'WCONTINUED', 'PRIO_USER', 'WNOWAIT', 'ST_RDONLY']
print([n for n in names if hasattr(os, n)])
print(os.getresuid(), os.getresgid(), os.geteuid(), os.getegid(), os.getgroups())
if hasattr(os, 'getgrouplist'):
    print(os.getgrouplist('root', 0), os.getpriority(os.PRIO_PROCESS, 0))
d = tempfile.mkdtemp()
os.mkfifo(os.path.join(d, 'fifo'))
os.mkfifo(os.path.join(d, 'fifo2'), 0o600)
os.mknod(os.path.join(d, 'node'))
os.mknod(os.path.join(d, 'node2'), 0o644 | stat.S_IFREG)
for n in ('fifo', 'fifo2', 'node', 'node2'):
    st = os.stat(os.path.join(d, n))
    print(n, stat.S_ISFIFO(st.st_mode), stat.S_ISREG(st.st_mode), oct(stat.S_IMODE(st.st_mode)))
try:
    os.mkfifo(os.path.join(d, 'fifo'))
except OSError as e:
    print(type(e).__name__, e.errno, e.filename == os.path.join(d, 'fifo'))
here = os.getcwd(); os.chdir(d); os.mkfifo('rel'); print(stat.S_ISFIFO(os.stat(os.path.join(d, 'rel')).st_mode)); os.chdir(here)
shutil.rmtree(d)
dev = 259
print(os.major(dev), os.minor(dev), os.makedev(os.major(dev), os.minor(dev)) == dev, os.major(os.makedev(300, 70000)), os.minor(os.makedev(300, 70000)))
v = os.statvfs('/')
print(type(v).__name__, len(v), v.f_bsize == v[0], v.f_namemax, v.f_blocks > 0)
try:
    os.statvfs('/nonexistent')
except OSError as e:
    print(type(e).__name__, e.errno, e.filename)
p = subprocess.Popen(['sleep', '30'], preexec_fn=os.setpgrp) if sys.version_info[0] == 2 else subprocess.Popen(['sleep', '30'], start_new_session=True)
time.sleep(0.2)
os.killpg(p.pid, signal.SIGTERM)
print(p.wait())
try:
    os.killpg(999999, signal.SIGTERM)
except OSError as e:
    print(type(e).__name__, e.errno)
print(os.nice(0) >= 0)
try:
    os.nice(1.5)
except TypeError as e:
    print('TypeError', e)
print(os.getpgrp() == os.getpgid(0), os.uname()[3] == open('/proc/sys/kernel/version').read().strip())
t = os.times()
print(type(t).__name__ if sys.version_info[0] == 2 else len(t), len(t), t[4] > 1000)
if sys.version_info[0] == 3:
    cpus = os.sched_getaffinity(0)
    print(type(cpus).__name__, len(cpus) == os.cpu_count(), cpus == os.sched_getaffinity(os.getpid()))
    try:
        os.sched_getaffinity(999999)
    except OSError as e:
        print(type(e).__name__, e.errno)
# the set*id family: this suite's host shares its process, so changing an id is refused there;
# bad arguments fail first, as CPython's
for bad in (lambda: os.setuid(-5), lambda: os.setgroups(5), lambda: os.setreuid('x', 0)):
    try:
        bad()
    except (TypeError, OverflowError) as e:
        print(type(e).__name__, e)
# getlogin: the name, or the C library's errno (ENXIO with no controlling terminal); Jython's
# error had its own words and no errno
try:
    print(os.getlogin() == os.getlogin())
except OSError as e:
    print('getlogin', e.errno, e.strerror)
