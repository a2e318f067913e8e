# mmap for Python 2 (Jython has none): CPython 2.7's module over mmap(2), mremap(2), msync(2)
# made in Java (dev.pyhost.shims.mmap) on the system's descriptor behind the file. _core is an
# MmapCore; bytes come and go as strings of one char per byte.
import errno as _errno
import os as _os

PAGESIZE = ALLOCATIONGRANULARITY = int(_core.pageSize())
MAP_SHARED, MAP_PRIVATE = 1, 2
MAP_ANON = MAP_ANONYMOUS = 0x20
MAP_DENYWRITE, MAP_EXECUTABLE = 0x800, 0x1000
PROT_READ, PROT_WRITE, PROT_EXEC = 1, 2, 4
ACCESS_DEFAULT, ACCESS_READ, ACCESS_WRITE, ACCESS_COPY = 0, 1, 2, 3


class error(EnvironmentError):
    pass


error.__module__ = 'mmap'


def _raise(code):
    raise error(code, _os.strerror(code))


def _index(value, message):
    if not isinstance(value, (int, long)):
        try:
            value = value.__index__()
        except AttributeError:
            raise TypeError(message)
    return value


def _bytes(value, what):
    if isinstance(value, str):
        return value
    if isinstance(value, (buffer, bytearray)):
        return str(value)
    raise TypeError('%s must be string or read-only buffer, not %s' % (what, type(value).__name__))


class mmap(object):
    """Windows: mmap(fileno, length[, tagname[, access[, offset]]])

Maps length bytes from the file specified by the file handle fileno,
and returns a mmap object.  If length is larger than the current size
of the file, the file is extended to contain length bytes.  If length
is 0, the maximum length of the map is the current size of the file,
except that if the file is empty Windows raises an exception (you cannot
create an empty mapping on Windows).

Unix: mmap(fileno, length[, flags[, prot[, access[, offset]]]])

Maps length bytes from the file specified by the file descriptor fileno,
and returns a mmap object.  If length is 0, the maximum length of the map
will be the current size of the file when mmap is called.
flags specifies the nature of the mapping. MAP_PRIVATE creates a
private copy-on-write mapping, so changes to the contents of the mmap
object will be private to this process, and MAP_SHARED creates a mapping
that's shared with all other processes mapping the same areas of the file.
The default value is MAP_SHARED.

To map anonymous memory, pass -1 as the fileno (both versions)."""

    def __init__(self, fileno, length, flags=MAP_SHARED, prot=PROT_WRITE | PROT_READ,
                 access=ACCESS_DEFAULT, offset=0):
        self._map = None
        length = _index(length, 'map size must be an integral value')
        if length < 0:
            raise OverflowError('memory mapped length must be positive')
        offset = _index(offset, 'map offset must be an integral value')
        if offset < 0:
            raise OverflowError('memory mapped offset must be positive')
        if access != ACCESS_DEFAULT and (flags != MAP_SHARED or prot != (PROT_WRITE | PROT_READ)):
            raise ValueError("mmap can't specify both access and flags, prot.")
        if access == ACCESS_READ:
            flags, prot = MAP_SHARED, PROT_READ
        elif access == ACCESS_WRITE:
            flags, prot = MAP_SHARED, PROT_READ | PROT_WRITE
        elif access == ACCESS_COPY:
            flags, prot = MAP_PRIVATE, PROT_READ | PROT_WRITE
        elif access == ACCESS_DEFAULT:
            access = ACCESS_READ if prot == PROT_READ else ACCESS_WRITE
        else:
            raise ValueError('mmap invalid access parameter.')
        if not _core.available():
            raise ImportError('mmap needs Linux and a JDK with the foreign function API')
        fd = int(_core.realFd(fileno))
        if fd == _core.NOT_A_DESCRIPTOR:
            raise TypeError('an integer is required')
        if fd == _core.CLOSED:
            _raise(_errno.EBADF)
        if fd != -1:
            code, regular, size = [int(x) for x in _core.stat(fd)]
            if code == 0 and regular:
                if length == 0:
                    if size == 0:
                        raise ValueError('cannot mmap an empty file')
                    if offset >= size:
                        raise ValueError('mmap offset is greater than file size')
                    length = size - offset
                elif offset > size or size - offset < length:
                    raise ValueError('mmap length is greater than file size')
        else:
            flags |= MAP_ANONYMOUS
        made = _core.map(fd, length, flags, prot, offset)
        if isinstance(made, (int, long)):
            _raise(int(made))
        self._map = made
        self._access = access
        self._pos = 0

    def _valid(self):
        m = self._map
        if m is None or m.closed():
            raise ValueError('mmap closed or invalid')
        return m

    def _writable(self):
        m = self._valid()
        if self._access == ACCESS_READ:
            raise TypeError("mmap can't modify a readonly memory map.")
        return m

    def close(self):
        if self._map is not None:
            self._map.close()

    def __len__(self):
        return int(self._valid().length())

    def size(self):
        size = int(self._valid().fileSize())
        if size < 0:
            _raise(-size)
        return size

    def tell(self):
        self._valid()
        return self._pos

    def seek(self, pos, whence=0):
        size = int(self._valid().length())
        if whence == 0:
            where = pos
        elif whence == 1:
            where = self._pos + pos
        elif whence == 2:
            where = size + pos
        else:
            raise ValueError('unknown seek type')
        if where > size or where < 0:
            raise ValueError('seek out of range')
        self._pos = where

    def read(self, num):
        m = self._valid()
        num = _index(num, 'an integer is required')
        left = int(m.length()) - self._pos
        if num < 0 or num > left:
            num = left
        data = m.read(self._pos, num).encode('latin-1')
        self._pos += num
        return data

    def read_byte(self):
        m = self._valid()
        if self._pos >= int(m.length()):
            raise ValueError('read byte out of range')
        self._pos += 1
        return m.read(self._pos - 1, 1).encode('latin-1')

    def readline(self):
        m = self._valid()
        size = int(m.length())
        end = int(m.find('\n', self._pos, size, False))
        end = size if end < 0 else end + 1
        data = m.read(self._pos, end - self._pos).encode('latin-1')
        self._pos = end
        return data

    def write(self, data):
        data = _bytes(data, 'write() argument 1')
        m = self._writable()
        if self._pos > int(m.length()) or int(m.length()) - self._pos < len(data):
            raise ValueError('data out of range')
        m.write(self._pos, data.decode('latin-1'))
        self._pos += len(data)

    def write_byte(self, byte):
        if not isinstance(byte, str) or len(byte) != 1:
            raise TypeError('write_byte() argument 1 must be char, not %s' % type(byte).__name__)
        m = self._writable()
        if self._pos >= int(m.length()):
            raise ValueError('write byte out of range')
        m.write(self._pos, byte.decode('latin-1'))
        self._pos += 1

    def _find(self, sub, start, end, reverse, name):
        sub = _bytes(sub, '%s() argument 1' % name)
        m = self._valid()
        size = int(m.length())
        start = self._pos if start is None else start
        end = size if end is None else end
        if start < 0:
            start = max(start + size, 0)
        elif start > size:
            start = size
        if end < 0:
            end = max(end + size, 0)
        elif end > size:
            end = size
        return int(m.find(sub.decode('latin-1'), start, end, reverse))

    def find(self, sub, start=None, end=None):
        return self._find(sub, start, end, False, 'find')

    def rfind(self, sub, start=None, end=None):
        return self._find(sub, start, end, True, 'rfind')

    def move(self, dest, src, count):
        m = self._writable()
        size = int(m.length())
        if count < 0 or src < 0 or dest < 0 or src > size or src + count > size or dest > size \
                or dest + count > size:
            raise ValueError('source, destination, or count out of range')
        m.move(dest, src, count)

    def flush(self, offset=0, size=None):
        m = self._valid()
        if size is None:
            size = int(m.length())
        if offset < 0 or size < 0 or offset + size > int(m.length()):
            raise ValueError('flush values out of range')
        if self._access in (ACCESS_READ, ACCESS_COPY):
            return 0
        code = int(m.flush(offset, size))
        if code:
            _raise(code)
        return 0

    def resize(self, newsize):
        m = self._valid()
        if self._access not in (ACCESS_WRITE, ACCESS_DEFAULT):
            raise TypeError("mmap can't resize a readonly or copy-on-write memory map.")
        newsize = _index(newsize, 'an integer is required')
        if newsize < 0:
            raise ValueError('new size out of range')
        code = int(m.resize(newsize))
        if code:
            _raise(code)
        if self._pos > newsize:
            self._pos = newsize

    def __getitem__(self, item):
        m = self._valid()
        size = int(m.length())
        if isinstance(item, slice):
            start, stop, step = item.indices(size)
            if step == 1:
                return m.read(start, max(stop - start, 0)).encode('latin-1') if stop > start else ''
            whole = m.read(0, size).encode('latin-1')
            return whole[start:stop:step]
        i = _index(item, 'mmap indices must be integers')
        if i < 0:
            i += size
        if i < 0 or i >= size:
            raise IndexError('mmap index out of range')
        return m.read(i, 1).encode('latin-1')

    def __getslice__(self, i, j):
        return self.__getitem__(slice(i, j))

    def __setitem__(self, item, value):
        m = self._valid()
        size = int(m.length())
        if isinstance(item, slice):
            start, stop, step = item.indices(size)
            if not isinstance(value, str):
                raise IndexError('mmap slice assignment must be a string')
            count = len(range(start, stop, step))
            if len(value) != count:
                raise IndexError('mmap slice assignment is wrong size')
            self._writable()
            if step == 1:
                m.write(start, value.decode('latin-1'))
            else:
                for k, at in enumerate(range(start, stop, step)):
                    m.write(at, value[k].decode('latin-1'))
            return
        i = _index(item, 'mmap indices must be integer')
        if i < 0:
            i += size
        if i < 0 or i >= size:
            raise IndexError('mmap index out of range')
        if not isinstance(value, str) or len(value) != 1:
            raise IndexError('mmap assignment must be single-character string')
        self._writable()
        m.write(i, value.decode('latin-1'))

    def __setslice__(self, i, j, value):
        self.__setitem__(slice(i, j), value)

    def __delitem__(self, item):
        self._valid()
        raise TypeError("mmap object doesn't support item deletion")

    def __delslice__(self, i, j):
        self.__delitem__(slice(i, j))

    def __del__(self):
        self.close()


mmap.__module__ = 'mmap'

for _name in ('PAGESIZE', 'ALLOCATIONGRANULARITY', 'MAP_SHARED', 'MAP_PRIVATE', 'MAP_ANON', 'MAP_ANONYMOUS',
              'MAP_DENYWRITE', 'MAP_EXECUTABLE', 'PROT_READ', 'PROT_WRITE', 'PROT_EXEC', 'ACCESS_READ',
              'ACCESS_WRITE', 'ACCESS_COPY', 'error', 'mmap'):
    setattr(_target, _name, globals()[_name])
