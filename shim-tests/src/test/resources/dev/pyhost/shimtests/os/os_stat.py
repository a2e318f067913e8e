# os.stat and os.lstat: every field CPython gives on Linux (st_blocks, st_blksize, st_rdev too),
# exact times, relative paths from the working directory, errors, read-only fields.
from __future__ import print_function
import os, sys, stat, tempfile, shutil, pickle
d = tempfile.mkdtemp()
f = os.path.join(d, 'f')
with open(f, 'w') as fh:
    fh.write('x' * 10000)
os.utime(f, (1700000000.25, 1700000001.5))
os.symlink(f, os.path.join(d, 'link'))
st = os.stat(f)
lst = os.lstat(os.path.join(d, 'link'))
print(len(st), st[stat.ST_MTIME], st.st_mtime, st.st_atime, st.st_size, st.st_blocks, st.st_blksize, st.st_nlink)
print(stat.S_ISLNK(lst.st_mode), stat.S_ISREG(os.stat(os.path.join(d, 'link')).st_mode))
if sys.version_info[0] == 3:
    print(st.st_mtime_ns, st.st_atime_ns, type(st).__name__, os.stat(f.encode()).st_size, os.stat(__import__('pathlib').Path(f)).st_size)
dev = os.stat('/dev/null')
print(dev.st_rdev, os.major(dev.st_rdev) if hasattr(os, 'major') else None, stat.S_ISCHR(dev.st_mode))
here = os.getcwd(); os.chdir(d); print(os.stat('f').st_size); os.chdir(here)
for bad in ('', os.path.join(d, 'missing'), 'a\0b'):
    try:
        os.stat(bad)
    except Exception as e:
        print(type(e).__name__, getattr(e, 'errno', None), getattr(e, 'filename', None) == bad)
try:
    st.st_size = 3
except (TypeError, AttributeError) as e:
    print(type(e).__name__)
print(repr(st).split('(')[0], st == tuple(st), os.stat_result is type(st))
shutil.rmtree(d)
