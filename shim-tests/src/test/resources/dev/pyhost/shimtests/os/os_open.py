# os.open: flags as open(2) takes them (O_RDWR and O_WRONLY do not truncate), the mode a new file
# gets, and the errors (run by OsOpenContract)
import os, tempfile
d = tempfile.mkdtemp(); os.chdir(d)
f = open('a', 'w'); f.write('hello world'); f.close()
for flags in (os.O_RDWR, os.O_WRONLY, os.O_RDWR | os.O_CREAT, os.O_WRONLY | os.O_APPEND, os.O_RDONLY):
    fd = os.open('a', flags)
    print(os.path.getsize('a'))
    if flags & (os.O_RDWR | os.O_WRONLY):
        os.write(fd, b'J')
    os.close(fd)
    print(open('a').read())
fd = os.open('a', os.O_RDWR); print(os.read(fd, 5)); os.lseek(fd, 0, 0); os.write(fd, b'XY'); os.close(fd); print(open('a').read())
fd = os.open('new', os.O_RDWR | os.O_CREAT, 0o600); os.write(fd, b'n'); os.close(fd); print(open('new').read(), oct(os.stat('new').st_mode & 0o777))
for args in (('missing', os.O_RDWR), ('a', os.O_RDWR | os.O_CREAT | os.O_EXCL), (d, os.O_RDWR)):
    try:
        os.open(*args)
    except OSError as e:
        print(e.errno, e.strerror, e.filename == args[0])
fd = os.open('a', os.O_RDWR | os.O_TRUNC); os.close(fd); print(os.path.getsize('a'))
# creating a file where a folder on the path is missing, or is a file (Jython said EACCES), by
# os.open, open() and io.open
import io
for path in (os.path.join('no', 'such', 'x'), os.path.join('a', 'x'), os.path.join(d, 'no', 'x')):
    try:
        os.open(path, os.O_WRONLY | os.O_CREAT)
    except OSError as e:
        print(type(e).__name__, e.errno, e.strerror, e.filename == path)
    for opener in (open, io.open):
        for mode in ('w', 'a', 'r+'):
            try:
                opener(path, mode)
            except (IOError, OSError) as e:
                print(e.errno, e.strerror, e.filename == path)
