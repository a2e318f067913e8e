# A for loop over a file opened for writing only: CPython 2.7's IOError, not EBADF.
import os
import tempfile

fd, path = tempfile.mkstemp()
os.write(fd, 'one\ntwo\n')
os.close(fd)
writing = open(path, 'a')
try:
    for line in writing:
        print 'read', line
except IOError as e:
    print 'for', e.args, e.errno, str(e)
writing.close()
try:
    for line in writing:
        print 'read', line
except ValueError as e:
    print 'for closed', e
print [line for line in open(path, 'r+')], [line for line in open(path, 'rU')], list(open(path))
os.remove(path)
