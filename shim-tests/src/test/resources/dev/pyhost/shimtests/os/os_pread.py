# os.pread and os.pwrite, which GraalPy lacked: data at an offset, the descriptor's own offset left
# where it was, errors as CPython's; concurrent preads on one descriptor each get their own bytes.
import os, tempfile, shutil, threading


def t(label, f, *args):
    try:
        r = f(*args)
    except Exception as e:
        print(label, type(e).__name__, e.args)
    else:
        print(label, repr(r))


d = tempfile.mkdtemp()
p = os.path.join(d, 'f')
fd = os.open(p, os.O_RDWR | os.O_CREAT | os.O_TRUNC, 0o600)
os.write(fd, b'0123456789')
t('pread', os.pread, fd, 4, 2)
t('offset kept', os.lseek, fd, 0, os.SEEK_CUR)
t('pread past end', os.pread, fd, 4, 100)
t('pread zero', os.pread, fd, 0, 0)
t('pread negative length', os.pread, fd, -1, 0)
t('pread negative offset', os.pread, fd, 1, -1)
t('pread bad', os.pread, 999, 1, 0)
t('pread str', os.pread, fd, 'x', 0)
t('pwrite', os.pwrite, fd, b'AB', 3)
t('pwrite bytearray', os.pwrite, fd, bytearray(b'C'), 5)
t('pwrite memoryview', os.pwrite, fd, memoryview(b'Q'), 0)
t('pwrite negative offset', os.pwrite, fd, b'Z', -1)
t('pwrite str', os.pwrite, fd, 'Z', 0)
t('pwrite bad', os.pwrite, 999, b'Z', 0)
t('offset kept', os.lseek, fd, 0, os.SEEK_CUR)
t('content', os.pread, fd, 100, 0)
t('pwrite empty past end', os.pwrite, fd, b'', 20)
t('size', lambda: os.fstat(fd).st_size)
t('pwrite past end', os.pwrite, fd, b'END', 13)
t('offset kept', os.lseek, fd, 0, os.SEEK_CUR)
t('content', os.pread, fd, 100, 0)
os.lseek(fd, 4, os.SEEK_SET)
t('read after', os.read, fd, 3)
r, w = os.pipe()
t('pread pipe', os.pread, r, 1, 0)
t('pwrite pipe', os.pwrite, w, b'x', 0)
os.close(r)
os.close(w)
ro = os.open(p, os.O_RDONLY)
t('pwrite read-only', os.pwrite, ro, b'x', 0)
wo = os.open(p, os.O_WRONLY)
t('pread write-only', os.pread, wo, 1, 0)
os.close(ro)
os.close(wo)
os.close(fd)
t('pread closed', os.pread, fd, 1, 0)

big = os.path.join(d, 'big')
with open(big, 'wb') as f:
    f.write(bytes(bytearray(range(256))) * 64)
fd = os.open(big, os.O_RDONLY)
wrong = []


def reader(k):
    for i in range(200):
        at = (k * 37 + i * 11) % 16000
        got = os.pread(fd, 16, at)
        if got != bytes(bytearray((at + j) % 256 for j in range(16))):
            wrong.append(at)


threads = [threading.Thread(target=reader, args=(k,)) for k in range(4)]
for th in threads:
    th.start()
for th in threads:
    th.join()
print('concurrent preads wrong', len(wrong), 'offset', os.lseek(fd, 0, os.SEEK_CUR))
os.close(fd)
shutil.rmtree(d)
