# Descriptor functions Jython lacked (dup, dup2, fchmod, fchown, fstatvfs, fpathconf, ttyname,
# ctermid, tcgetpgrp, tcsetpgrp, openpty; and its read, write, lseek, close, isatty and fdopen on
# the ints dup answers): results, errno and messages compared with CPython 2.
from __future__ import print_function
import os, re, sys, stat, tempfile, shutil


def t(label, f, *args):
    try:
        r = f(*args)
    except Exception as e:
        print(label, type(e).__name__, e.args, getattr(e, 'filename', None))
    else:
        print(label, repr(r))


d = tempfile.mkdtemp()
p = os.path.join(d, 'f')
fd = os.open(p, os.O_RDWR | os.O_CREAT, 0o600)
os.write(fd, b'hello')
fd2 = os.dup(fd)
print('dup', type(fd2).__name__, fd2 > 2)
t('shared offset', os.lseek, fd2, 0, os.SEEK_CUR)
t('lseek', os.lseek, fd2, 1, os.SEEK_SET)
t('read', os.read, fd2, 3)
t('read past end', os.read, fd2, 100)
t('read at end', os.read, fd2, 100)
t('read negative', os.read, fd2, -1)
t('write', os.write, fd2, b'XY')
t('write bytearray', os.write, fd2, bytearray(b'Z'))
t('size', lambda: os.fstat(fd2).st_size)
t('mode', lambda: stat.S_ISREG(os.fstat(fd2).st_mode))
t('isatty', os.isatty, fd2)
t('fchmod', os.fchmod, fd2, 0o640)
t('mode after fchmod', lambda: oct(stat.S_IMODE(os.stat(p).st_mode)))
t('fchown', os.fchown, fd2, -1, -1)
t('fchown same', os.fchown, fd2, os.getuid(), os.getgid())
t('fstatvfs', lambda: (type(os.fstatvfs(fd2)).__name__, os.fstatvfs(fd2).f_namemax, os.fstatvfs(fd2)[9]))
t('fstatvfs same', lambda: os.fstatvfs(fd2).f_bsize == os.statvfs(d).f_bsize)
t('fpathconf', os.fpathconf, fd2, 'PC_NAME_MAX')
t('fpathconf number', os.fpathconf, fd2, os.pathconf_names['PC_LINK_MAX'])
t('fpathconf bogus', os.fpathconf, fd2, 'PC_BOGUS')
t('ttyname file', os.ttyname, fd2)
t('tcgetpgrp file', os.tcgetpgrp, fd2)
t('tcsetpgrp file', os.tcsetpgrp, fd2, os.getpgrp())
t('fsync', os.fsync, fd2)
t('ftruncate', os.ftruncate, fd2, 4)
t('close', os.close, fd2)
for name in ('close', 'fsync', 'ftruncate', 'fchmod', 'lseek', 'read', 'write', 'isatty', 'ttyname', 'fstatvfs'):
    args = {'ftruncate': (0,), 'fchmod': (0o600,), 'lseek': (0, 0), 'read': (1,), 'write': (b'x',)}.get(name, ())
    t(name + ' closed', getattr(os, name), fd2, *args)

# dup2: the second descriptor now reaches the first one's file
q = os.path.join(d, 'g')
gd = os.open(q, os.O_WRONLY | os.O_CREAT, 0o644)
fd3 = os.dup(gd)
t('dup2', os.dup2, fd, fd3)
os.write(fd3, b'+dup2')
os.close(fd3)
os.close(gd)
with open(p, 'rb') as f:
    print('file', f.read())
with open(q, 'rb') as f:
    print('other', f.read())

# fdopen of a duplicate: a file object; closing it closes the descriptor
fd4 = os.dup(fd)
os.lseek(fd4, 0, os.SEEK_SET)
f = os.fdopen(fd4, 'r+b')
print('fdopen', f.read(), f.name, f.mode)
f.write(b'!')
f.close()
t('closed by file', os.close, fd4)
with open(p, 'rb') as f:
    print('file', f.read())
fd5 = os.dup(fd)
t('fdopen w', lambda: os.fdopen(fd5, 'a').write('tail'))
t('fdopen bad mode', os.fdopen, os.dup(fd), 'x')
ro = os.open(os.devnull, os.O_RDONLY)
t('fdopen wrong way', lambda: os.fdopen(os.dup(ro), 'w'))
t('fdopen bad', os.fdopen, 999)

# os.devnull opened for writing (what daemons put on their standard streams), duplicated
for flags in (os.O_WRONLY, os.O_RDWR, os.O_RDWR | os.O_NOCTTY):
    nfd = os.open(os.devnull, flags)
    t('devnull write', os.write, nfd, b'x')
    t('devnull read', os.read, nfd, 1)
    t('devnull isatty', os.isatty, nfd)
    ndup = os.dup(nfd)
    t('devnull dup', lambda: stat.S_ISCHR(os.fstat(ndup).st_mode))
    os.close(ndup)
    os.close(nfd)

t('devnull exclusive', os.open, os.devnull, os.O_WRONLY | os.O_CREAT | os.O_EXCL)
fifo = os.path.join(d, 'fifo')
os.mkfifo(fifo)
ffd = os.open(fifo, os.O_RDWR)  # Linux opens a fifo for both ends without waiting
os.write(ffd, b'through a fifo')
t('fifo', os.read, ffd, 100)
os.close(ffd)

# a pipe's end, duplicated
r, w = os.pipe()
w2 = os.dup(w)
os.write(w2, b'through the duplicate\n')
os.close(w2)
os.close(w)
t('pipe', os.read, r, 100)
t('pipe eof', os.read, r, 100)
t('pipe fstat', lambda: stat.S_ISFIFO(os.fstat(r).st_mode))
os.close(r)

# bad descriptors and arguments
for args in [(999,), (-1,), (1.5,), ('x',)]:
    t('dup%r' % (args,), os.dup, *args)
t('dup2 bad', os.dup2, 999, 1000)
t('dup2 negative', os.dup2, fd, -1)
t('dup2 str', os.dup2, fd, 'x')
for name, args in [('fchmod', (0o644,)), ('ttyname', ()), ('tcgetpgrp', ()), ('tcsetpgrp', (1,)), ('write', (b'x',)),
                   ('read', (1,)), ('fchown', (-1, -1)), ('fstatvfs', ()), ('fpathconf', ('PC_NAME_MAX',))]:
    t(name + ' bad', getattr(os, name), 999, *args)
t('isatty bad', os.isatty, 999)
t('ttyname str', os.ttyname, 'x')
t('ctermid', os.ctermid)


# a pseudo-terminal: its slave end is a terminal with a name
m, s = os.openpty()
print('openpty', type(m).__name__, type(s).__name__, os.isatty(m), os.isatty(s))
name = os.ttyname(s)
print('ttyname', name.startswith('/dev/pts/'), os.path.exists(name), os.ttyname(m))
print('same device', os.stat(name).st_rdev == os.fstat(s).st_rdev)
t('tcgetpgrp pty', os.tcgetpgrp, s)
os.write(m, b'typed\n')
t('read slave', os.read, s, 100)
fdup = os.dup(s)
t('ttyname dup', lambda: os.ttyname(fdup) == name)
for x in (m, s, fdup):
    os.close(x)
os.close(fd)
os.close(ro)
shutil.rmtree(d)

# a file without a name
tf = os.tmpfile()
print('tmpfile', re.sub(' at 0x[0-9a-f]+', '', repr(tf)), tf.name, tf.mode, type(tf).__name__)
tf.write(b'abc')
tf.seek(0)
print('tmpfile', tf.read(), os.fstat(tf.fileno()).st_nlink, oct(stat.S_IMODE(os.fstat(tf.fileno()).st_mode)))
tf.close()
