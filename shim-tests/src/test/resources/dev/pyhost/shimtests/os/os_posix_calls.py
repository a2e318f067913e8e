# link, mkdir, utime, times, closerange, device_encoding and calls on a closed descriptor, as CPython 3
# (run by OsPosixCallsContract)
import os, tempfile
os.chdir(tempfile.mkdtemp())
open('a','w').close()
try: os.link('a', 'b')
except OSError as e: print(type(e).__name__, e)
print(sorted(os.listdir('.')))
os.mkdir('m', 0o555); print(oct(os.stat('m').st_mode & 0o777)); os.rmdir('m')
os.makedirs('m2/x', 0o555); print(oct(os.stat('m2/x').st_mode & 0o777), oct(os.stat('m2').st_mode & 0o777))
os.utime('a', ns=(1002003000, 1002003000)); print(os.stat('a').st_mtime_ns, os.stat('a').st_atime_ns)
os.utime('a', (1.5, 2.25)); print(os.stat('a').st_mtime, os.stat('a').st_atime)
print(os.mkdir in os.supports_dir_fd, os.utime in os.supports_fd, os.link in os.supports_follow_symlinks, os.chown in os.supports_follow_symlinks)
t = os.times(); print(type(t).__name__, len(t), all(isinstance(x, float) for x in t), t.elapsed > 0)
print(os.device_encoding(999), os.device_encoding(os.open('/dev/null', 0)))
r, w = os.pipe(); os.closerange(r, w + 1)
for f in (lambda: os.dup(w), lambda: os.dup2(w, 100), lambda: os.get_inheritable(w), lambda: os.get_blocking(w), lambda: os.set_blocking(w, True)):
    try: f(); print('ok')
    except OSError as e: print(type(e).__name__, e)
try: os.link('nope', 'x')
except OSError as e: print(type(e).__name__, e, e.filename, e.filename2)
try: os.mkdir('/proc/x')
except OSError as e: print(type(e).__name__, e, e.filename)
for a in (dict(times=(1, 2), ns=(1, 2)), dict(times=1), dict(ns=(1,))):
    try: os.utime('/tmp', **a)
    except Exception as e: print(type(e).__name__, e)

# umask: the previous mask comes back, mkdir and makedirs apply the current one
old = os.umask(0o002)
os.makedirs('um/c', 0o555)
print(oct(os.stat('um').st_mode & 0o777), oct(os.stat('um/c').st_mode & 0o777))
os.umask(0o077); os.mkdir('um2'); print(oct(os.stat('um2').st_mode & 0o777))

print(os.umask(0o022) == 0o077 or os.umask(0o022), os.umask(0o022))
# files made by open(), io.open, os.open and pathlib get the current mask too, stricter or looser
# than the process's (a private file stays private)
import io, pathlib
for mask in (0o077, 0o000, 0o027):
    os.umask(mask)
    d = tempfile.mkdtemp()
    open(os.path.join(d, 'a'), 'w').close()
    with io.open(os.path.join(d, 'b'), 'wb') as f: f.write(b'x')
    open(os.path.join(d, 'c'), 'x').close()
    os.close(os.open(os.path.join(d, 'd'), os.O_CREAT | os.O_WRONLY, 0o666))
    os.close(os.open(os.path.join(d, 'e'), os.O_CREAT | os.O_EXCL | os.O_WRONLY, 0o640))
    pathlib.Path(d, 'f').write_text('x'); pathlib.Path(d, 'g').touch()
    os.chmod(os.path.join(d, 'a'), 0o600); open(os.path.join(d, 'a'), 'w').close()  # not created: kept
    print(oct(mask), [(n, oct(os.stat(os.path.join(d, n)).st_mode & 0o777)) for n in sorted(os.listdir(d))])
os.umask(old)

# readlink of any name, UTF-8 or not: the link's text or CPython's error
os.chdir(tempfile.mkdtemp())
os.symlink('target', 'ln'); open('f', 'w').close()
for n in ('ln', b'ln', 'f', 'missing', b'@test_\xff', '@test_\udcff'):
    try: print(repr(os.readlink(n)))
    except OSError as e: print(type(e).__name__, e.errno, e.filename == n)
