from __future__ import print_function
import os, sys, errno, tempfile, shutil, stat
def err(f, *a, **k):
    try:
        r = f(*a, **k)
        return 'ok %r' % (r,)
    except Exception as e:
        return '%s %s %s %s' % (type(e).__name__, getattr(e, 'errno', None), getattr(e, 'strerror', None),
                                str(getattr(e, 'filename', None)).replace(tmp, 'TMP'))
tmp = os.path.realpath(tempfile.mkdtemp())
start = os.getcwd()
try:
    print(os.name, os.sep, repr(os.linesep), os.devnull, os.curdir, os.pardir, os.extsep, os.pathsep)
    print(err(os.chdir, os.path.join(tmp, 'nope')))
    f = os.path.join(tmp, 'file')
    open(f, 'w').close()
    print(err(os.chdir, f))
    os.chdir(tmp)
    print(os.getcwd() == tmp)
    print(err(os.mkdir, 'd'), err(os.mkdir, 'd'), err(os.makedirs, 'd/e/f'), err(os.makedirs, 'd/e/f'))
    if sys.version_info[0] == 3:
        print(err(os.makedirs, 'd/e/f', exist_ok=True))
    print(sorted(os.listdir('.')), err(os.listdir, 'nope'))
    print(err(os.rmdir, 'd'), err(os.remove, 'nope'), err(os.unlink, 'd'), err(os.rmdir, 'file'))
    print(err(os.rename, 'nope', 'x'), err(os.rename, 'file', 'file2'), sorted(os.listdir('.')))
    if hasattr(os, 'replace'):
        open('file3', 'w').close()
        print(err(os.replace, 'file3', 'file2'))
    print(err(os.removedirs, 'd/e/f'), sorted(os.listdir('.')))
    with open('file2', 'w') as h:
        h.write('12345')
    st = os.stat('file2')
    print(st.st_size, stat.S_ISREG(st.st_mode), stat.S_ISDIR(os.stat('.').st_mode), st[stat.ST_SIZE], len(tuple(st)))
    os.chmod('file2', 0o640)
    print(oct(stat.S_IMODE(os.stat('file2').st_mode)), err(os.chmod, 'nope', 0o600))
    os.utime('file2', (1000000000, 1200000000))
    st = os.stat('file2')
    print(int(st.st_atime), int(st.st_mtime), err(os.utime, 'nope', None))
    print(os.access('file2', os.R_OK), os.access('nope', os.F_OK), os.access('file2', os.X_OK))
    os.symlink('file2', 'link')
    print(os.path.islink('link'), stat.S_ISLNK(os.lstat('link').st_mode), os.readlink('link'), err(os.lstat, 'nope'))
    os.makedirs('w/a/b')
    open('w/a/x.txt', 'w').close()
    print([(p.replace(tmp, 'TMP'), sorted(d), sorted(fs)) for p, d, fs in os.walk('w')])
    print([(p, sorted(d), sorted(fs)) for p, d, fs in os.walk('w', topdown=False)])
    print(os.path.abspath('w').replace(tmp, 'TMP'), os.path.relpath(os.path.join(tmp, 'w/a'), tmp), os.path.exists('w'), os.path.isdir('w'), os.path.isfile('file2'))
    print(os.path.getsize('file2'), os.path.split('/a/b/c.txt'), os.path.splitext('x.tar.gz'), os.path.normpath('a//b/../c'), os.path.join('a', '/b', 'c'))
    print(os.path.expanduser('~') == os.environ.get('HOME'), os.path.basename('/x/y/'), os.path.dirname('/x/y'), os.path.commonprefix(['/ab', '/ac']))
    print(len(os.urandom(16)), type(os.urandom(4)).__name__, os.cpu_count() > 0 if hasattr(os, 'cpu_count') else 'n/a')
    os.environ['PYHOST_X'] = 'y'
    print(os.getenv('PYHOST_X'), os.environ.get('PYHOST_X'), 'PYHOST_X' in os.environ)
    del os.environ['PYHOST_X']
    print(os.getenv('PYHOST_X', 'dflt'), err(os.environ.__getitem__, 'PYHOST_X'))
    if hasattr(os, 'unsetenv'):
        os.putenv('PYHOST_Y', '1'); os.unsetenv('PYHOST_Y')
    print(os.system('test -f file2'), os.popen('ls file2').read())
    print(os.getpid() > 0, os.getppid() > 0, os.WNOHANG)
    print(err(os.kill, 999999, 0), err(os.waitpid, 999999, 0))
    print(os.path.realpath('link') == os.path.join(tmp, 'file2'), os.path.samefile('link', 'file2'))
    print(err(open, 'nope'), err(os.stat, 'nope'), err(os.open, 'nope', os.O_RDONLY))
finally:
    os.chdir(start)
    shutil.rmtree(tmp)
