# putenv, unsetenv and os.environ with invalid names or values, fsync/fdatasync of a closed file:
# CPython's errors (run by OsBadArgumentsContract)
import os, tempfile
for k in ('key=', '', 'nokey_zz'):
    try: del os.environ[k]
    except Exception as e: print(type(e).__name__, e)
    try: os.unsetenv(k); print('ok')
    except Exception as e: print(type(e).__name__, e)
f = open(tempfile.mktemp(), 'w'); fd = f.fileno(); f.close()
for fn in (os.fsync, os.fdatasync):
    try: fn(fd)
    except Exception as e: print(type(e).__name__, e)
f = open(tempfile.mktemp(), 'w'); f.write('x'); print(os.fsync(f.fileno()), os.fdatasync(f.fileno())); f.close()
for n in ('', '=name', 'na=me', 'name\0', 'key=', b'', b'a=b'):
    for f in (lambda: os.putenv(n, 'v' if isinstance(n, str) else b'v'), lambda: os.unsetenv(n)):
        try: f(); print('ok')
        except Exception as e: print(type(e).__name__, e)
try: os.putenv('x', 'a\0b')
except Exception as e: print(type(e).__name__, e)
os.environ['PYHOST_ZZ'] = '1'; del os.environ['PYHOST_ZZ']; print('PYHOST_ZZ' in os.environ)
for k, v in (('a=b', 'x'), ('', 'x'), ('ok', 'x')):
    try: os.environ[k] = v; print(os.environ[k])
    except Exception as e: print(type(e).__name__, e)
