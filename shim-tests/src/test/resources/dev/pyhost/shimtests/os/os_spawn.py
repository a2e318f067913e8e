# os.spawn* (Python 2 and 3): P_WAIT answers the exit code or -signal, P_NOWAIT a pid for os.waitpid;
# whatever makes CPython's forked child fail to exec makes the child exit with 127.
from __future__ import print_function
import os, sys
for mode in (os.P_WAIT, 99, -1):
    print(mode, os.spawnv(mode, '/bin/sh', ['sh', '-c', 'exit 3']))
pid = os.spawnv(os.P_NOWAIT, '/bin/sh', ['sh', '-c', 'exit 4'])
wpid, status = os.waitpid(pid, 0)
print(wpid == pid, status, os.P_WAIT, os.P_NOWAIT, os.P_NOWAITO)
pid = os.spawnvp(os.P_NOWAITO, 'sleep', ['sleep', '5'])
os.kill(pid, 9)
print(os.waitpid(pid, 0)[1])
print(os.spawnv(os.P_WAIT, '/bin/sh', ['sh', '-c', 'kill -TERM $$']))
print(os.spawnv(os.P_WAIT, '/nonexistent', ['x']), os.spawnvp(os.P_WAIT, 'nonexistent-program', ['x']))
pid = os.spawnv(os.P_NOWAIT, '/nonexistent', ['x'])
print(os.waitpid(pid, 0)[1])
print(os.spawnv(os.P_WAIT, 'true', ['true']), os.spawnvp(os.P_WAIT, 'true', ['true']))
print(os.spawnl(os.P_WAIT, '/bin/sh', 'sh', '-c', 'exit 6'))
print(os.spawnle(os.P_WAIT, '/bin/sh', 'sh', '-c', 'exit $X', {'X': '7'}))
print(os.spawnlp(os.P_WAIT, 'sh', 'sh', '-c', 'exit 8'))
print(os.spawnlpe(os.P_WAIT, 'sh', 'sh', '-c', 'exit $X', {'X': '9', 'PATH': '/bin'}))
print(os.spawnvpe(os.P_WAIT, 'sh', ['sh', '-c', 'exit 9'], {'PATH': '/nonexistent'}))
print(os.spawnve(os.P_WAIT, '/bin/sh', ('sh', '-c', 'exit $X'), {'X': '10'}))
os.environ['SPAWN_SEEN'] = '11'
print(os.spawnv(os.P_WAIT, '/bin/sh', ['sh', '-c', 'exit $SPAWN_SEEN']))
del os.environ['SPAWN_SEEN']
sys.stdout.flush()
print(os.spawnve(os.P_WAIT, '/bin/sh', ['sh', '-c', 'echo from the child; [ "$(pwd)" = "$HERE" ] && echo in the same folder'],
                 {'HERE': os.getcwd()}))
for args in ((), [], 'ab', ['', '-c', 'exit 12'], ['sh', 1], ['sh', '-c', 'exit\0 1'], [u'sh', u'-c', u'exit 13']):
    try:
        print(os.spawnv(os.P_WAIT, '/bin/sh', args))
    except Exception as e:
        print(type(e).__name__, e)
for env in (None, {'A=B': 'c'}, {'': 'c'}, {'=A': 'c'}, {'A': 1}, {'A': 'x\0y'}, [('A', 'b')]):
    print(os.spawnve(os.P_WAIT, '/bin/sh', ['sh', '-c', 'exit 0'], env),
          os.spawnvpe(os.P_WAIT, 'sh', ['sh', '-c', 'exit 0'], env))
print(os.spawnv(os.P_WAIT, 123, ['x']))
try:
    os.spawnle(os.P_WAIT, '/bin/sh')
except IndexError as e:
    print(type(e).__name__, e)
print([n for n in os.__all__ if n.startswith('spawn') or n.startswith('P_NO') or n == 'P_WAIT'])
print(os.spawnv.__doc__.splitlines()[0], os.spawnv.__module__)
pid = os.spawnv(os.P_NOWAIT, '/bin/sh', ['sh', '-c', 'exit 5'])
reaped = os.wait()
print(reaped[0] == pid, reaped[1])
try:
    os.wait()
except OSError as e:
    print(type(e).__name__, e)
here, path = os.getcwd(), os.environ['PATH']
os.chdir('/bin')
print(os.spawnv(os.P_WAIT, 'true', ['true']), os.spawnv(os.P_WAIT, './false', ['false']))
os.chdir('/usr')
print(os.spawnv(os.P_WAIT, 'bin/true', ['true']), os.spawnvp(os.P_WAIT, 'false', ['false']))
os.environ['PATH'] = '/nonexistent'
print(os.spawnvp(os.P_WAIT, 'true', ['true']))
os.environ['PATH'] = ''
print(os.spawnvp(os.P_WAIT, 'bin', ['true']))
os.environ['PATH'] = path
os.chdir(here)
if hasattr(os, 'waitstatus_to_exitcode'):  # Python 3.9+
    pid = os.spawnv(os.P_NOWAIT, '/bin/sh', ['sh', '-c', 'kill -KILL $$'])
    print(os.waitstatus_to_exitcode(os.waitpid(pid, 0)[1]))
    for status in (0, 768, 9, 0x137f, 0xffff, 1 << 40, 0.0, '1', -1, 0x8b):
        try:
            print(repr(status), os.waitstatus_to_exitcode(status=status))
        except Exception as e:
            print(repr(status), type(e).__name__, e)
