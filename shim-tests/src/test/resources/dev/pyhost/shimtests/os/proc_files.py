# /proc files report a size of 0; reading them must still give what they hold (Python 2 and 3)
import os
print(open('/proc/self/stat').read().split()[0] == str(os.getpid()))
with open('/proc/meminfo') as f:
    first = f.readline().split()
print('%s %s' % (first[0], first[2]))
print(len(list(open('/proc/meminfo'))) > 10)
fd = os.open('/proc/version', os.O_RDONLY)
print(os.read(fd, 5) == b'Linux')
print(os.fstat(fd).st_size)
os.close(fd)
with open('/proc/self/status', 'rb') as f:
    data = f.read()
    f.seek(0)
    again = f.read()
print(data[:5] == again[:5] == b'Name:')
print(len(open('/proc/self/cmdline', 'rb').read()) > 0)
