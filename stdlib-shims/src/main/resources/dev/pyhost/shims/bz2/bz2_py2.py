__doc__ = """The python bz2 module provides a comprehensive interface for
the bz2 compression library. It implements a complete file
interface, one shot (de)compression functions, and types for
sequential (de)compression.
"""
# bz2 for Python 2 (Jython): CPython 2.7's C module over the system's libbz2, the library
# CPython drives, through _core, a dev.pyhost.shims.os.Bzip2Calls (None where the foreign function
# API or libbz2 is missing). Jython's own wrote other bytes than CPython's, worded its errors its
# own way, and let a Java IllegalArgumentException out of BZ2Compressor(0) that no except clause
# caught. Bytes cross to Java as text of one char per byte.
import sys as _sys
import thread as _thread

if _core is None:
    raise ImportError('No module named bz2')

_CHUNK = 8192            # compressed bytes read from the file at a time
_READAHEAD = 8192        # what iteration reads ahead, as CPython's file iteration does
_CLOSED, _READ, _READ_EOF, _WRITE = range(4)

_ERRORS = {
    -9: (SystemError, 'the bz2 library was not compiled correctly'),
    -2: (ValueError, 'the bz2 library has received wrong parameters'),
    -3: (MemoryError, None),
    -4: (IOError, 'invalid data stream'),
    -5: (IOError, 'invalid data stream'),
    -6: (IOError, 'unknown IO error'),
    -7: (EOFError, 'compressed file ended before the logical end-of-stream was detected'),
    -1: (RuntimeError, 'wrong sequence of bz2 library commands used'),
}


def _raise(code):
    kind, message = _ERRORS.get(code, (IOError, 'unknown bz2 error'))
    raise (kind() if message is None else kind(message))


# a Java String back from the core (one char per byte) as str, sharing its text
_bytes = __import__('_pyhost').jython_bytes.str_of


def _data(obj, where=''):
    # what CPython's "s*" takes: a string, a unicode string in the default encoding, a buffer
    if isinstance(obj, str):
        return obj
    if isinstance(obj, unicode):
        return obj.encode(_sys.getdefaultencoding())
    if isinstance(obj, (bytearray, buffer)):
        return str(obj)
    if isinstance(obj, memoryview):
        return obj.tobytes()
    raise TypeError('%sargument 1 must be string or buffer, not %s' % (where, type(obj).__name__))


def _int(value):
    if isinstance(value, bool) or not isinstance(value, (int, long, float)):
        raise TypeError('an integer is required')
    return int(value)


def _level(compresslevel):
    compresslevel = _int(compresslevel)
    if not 1 <= compresslevel <= 9:
        raise ValueError('compresslevel must be between 1 and 9')
    return compresslevel


def _compressor(level):
    stream = _core.compressor(level)
    if stream is None:
        _raise(_core.lastError())
    return stream


def _decompressor():
    stream = _core.decompressor()
    if stream is None:
        _raise(_core.lastError())
    return stream


class _BuiltinType(type):
    """CPython 2 names its C types types: <type 'bz2.BZ2File'>."""

    def __repr__(cls):
        return "<type '%s.%s'>" % (cls.__module__, cls.__name__)


_BuiltinType.__name__ = 'type'


def _dir(self):
    # what dir() shows of CPython's C type: its methods and attributes, not this glue's helpers
    cls = type(self)
    return sorted(set(dir(object)) | set(n for k in cls.__mro__ for n in vars(k)
                                         if not n.startswith('_') or n.endswith('__')) - set(['__slots__']))


_Base = _BuiltinType('_Base', (object,), {'__slots__': (), '__dir__': _dir})


def compress(data, compresslevel=9):
    """compress(data [, compresslevel=9]) -> string

Compress data in one shot. If you want to compress data sequentially,
use an instance of BZ2Compressor instead. The compresslevel parameter, if
given, must be a number between 1 and 9.
"""
    data = _data(data)
    stream = _compressor(_level(compresslevel))
    try:
        head = stream.compress(data)
        if head is None:
            _raise(stream.error())
        tail = stream.finish()
        if tail is None:
            _raise(stream.error())
        return _bytes(head) + _bytes(tail)
    finally:
        stream.end()


def decompress(data):
    """decompress(data) -> decompressed data

Decompress data in one shot. If you want to decompress data sequentially,
use an instance of BZ2Decompressor instead.
"""
    data = _data(data)
    if not data:
        return ''
    stream = _decompressor()
    try:
        out = stream.decompress(data, -1)
        if out is None:
            _raise(stream.error())
        if not stream.eof():
            raise ValueError("couldn't find end of stream")
        return _bytes(out)
    finally:
        stream.end()


class BZ2Compressor(_Base):
    """BZ2Compressor([compresslevel=9]) -> compressor object

Create a new compressor object. This object may be used to compress
data sequentially. If you want to compress data in one shot, use the
compress() function instead. The compresslevel parameter, if given,
must be a number between 1 and 9.
"""
    __slots__ = ('_stream', '_flushed', '_lock')

    def __init__(self, compresslevel=9):
        self._stream = _compressor(_level(compresslevel))
        self._flushed = False
        self._lock = _thread.allocate_lock()

    def compress(self, data):
        """compress(data) -> string

Provide more data to the compressor object. It will return chunks of
compressed data whenever possible. When you've finished providing data
to compress, call the flush() method to finish the compression process,
and return what is left in the internal buffers.
"""
        data = _data(data)
        with self._lock:
            if self._flushed:
                raise ValueError('this object was already flushed')
            out = self._stream.compress(data)
            if out is None:
                _raise(self._stream.error())
            return _bytes(out)

    def flush(self):
        """flush() -> string

Finish the compression process and return what is left in internal buffers.
You must not use the compressor object after calling this method.
"""
        with self._lock:
            if self._flushed:
                raise ValueError('object was already flushed')
            self._flushed = True
            out = self._stream.finish()
            if out is None:
                _raise(self._stream.error())
            return _bytes(out)


class BZ2Decompressor(_Base):
    """BZ2Decompressor() -> decompressor object

Create a new decompressor object. This object may be used to decompress
data sequentially. If you want to decompress data in one shot, use the
decompress() function instead.
"""
    __slots__ = ('_stream', '_lock')

    def __init__(self, *args):
        if args:
            raise TypeError('BZ2Decompressor() takes exactly 0 arguments (%d given)' % len(args))
        self._stream = _decompressor()
        self._lock = _thread.allocate_lock()

    def decompress(self, data):
        """decompress(data) -> string

Provide more data to the decompressor object. It will return chunks
of decompressed data whenever possible. If you try to decompress data
after the end of stream is found, EOFError will be raised. If any data
was found after the end of stream, it'll be ignored and saved in
unused_data attribute.
"""
        data = _data(data)
        with self._lock:
            stream = self._stream
            if stream.eof():
                raise EOFError('end of stream was already found')
            out = stream.decompress(data, -1)
            if out is None:
                _raise(stream.error())
            return _bytes(out)

    def _unused_data(self):
        return _bytes(self._stream.pendingInput()) if self._stream.eof() else ''

    def _readonly(self, value):
        raise TypeError('readonly attribute')

    unused_data = property(_unused_data, _readonly, doc='Data found after the end of the compressed stream.')


def _locked(method):
    def call(self, *args):
        with self._lock:
            return method(self, *args)
    call.__name__ = method.__name__
    call.__doc__ = method.__doc__
    return call


class BZ2File(_Base):
    """BZ2File(name [, mode='r', buffering=0, compresslevel=9]) -> file object

Open a bz2 file. The mode can be 'r' or 'w', for reading (default) or
writing. When opened for writing, the file will be created if it doesn't
exist, and truncated otherwise. If the buffering argument is given, 0 means
unbuffered, and larger numbers specify the buffer size. If compresslevel
is given, must be a number between 1 and 9.

Add a 'U' to mode to open the file for input with universal newline
support. Any line ending in the input file will be seen as a '\\n' in
Python. Also, a file so opened gains the attribute 'newlines'; the value
for this attribute is one of None (no newline read yet), '\\r', '\\n',
'\\r\\n' or a tuple containing all the newline types seen. Universal
newlines are available only when reading.
"""
    __slots__ = ('_lock', '_fp', '_stream', '_mode', '_pos', '_size', '_dec', '_doff', '_lines', '_li', '_ahead', '_univ',
                 '_skiplf', '_seen', 'name', 'mode', 'softspace', '__weakref__')

    def __init__(self, filename, mode='r', buffering=0, compresslevel=9):
        if not hasattr(self, '_lock'):
            self._lock = _thread.allocate_lock()
            self._fp = None
            self._stream = None
            self._mode = _CLOSED
        with self._lock:
            self._close()
            compresslevel = _level(compresslevel)
            buffering = _int(buffering)
            kind = None
            univ = False
            for c in mode or '\0':
                if c in 'rw' and kind is None:
                    kind = c
                elif c == 'b':
                    pass
                elif c == 'U':
                    univ = True
                else:
                    raise ValueError('invalid mode char %s' % c)
            self.mode = 'wb' if kind == 'w' else 'rb'
            self.name = filename
            self.softspace = 0
            self._univ = univ
            self._fp = open(filename, self.mode, buffering)
            self._pos = 0
            self._size = None
            self._dec = ''
            self._doff = 0
            self._lines = []
            self._li = 0
            self._ahead = ''
            self._skiplf = False
            self._seen = 0
            if kind == 'w':
                self._stream = _compressor(compresslevel)
                self._mode = _WRITE
            else:
                self._stream = _decompressor()
                self._mode = _READ

    # -- the decompressed bytes ------------------------------------------------------------------

    def _more(self):
        """Decompresses more of the file: the next bytes ('U': translated), '' at the end of the stream."""
        stream = self._stream
        starved = False
        while True:
            if stream.eof():
                return ''
            raw = ''
            fed = starved or not stream.pendingInput()
            if fed:
                raw = self._fp.read(_CHUNK)
            out = stream.decompress(raw, 65536)
            if out is None:
                _raise(stream.error())
            if out:
                data = self._take_in(_bytes(out))
                if data:
                    return data
                continue  # ('U') a lone \n that ended a \r\n begun in the last block
            if fed and not raw and not stream.eof():
                _raise(-7)  # the file ended inside the stream
            starved = True

    def _take_in(self, data):
        if not self._univ:
            return data
        if self._skiplf:  # a \r ended the last block: \r\n or \r alone, as this one begins
            self._skiplf = False
            if data.startswith('\n'):
                self._seen |= 4
                data = data[1:]
            else:
                self._seen |= 1
        return self._translate(data)

    def _append(self, data):
        if self._doff:
            self._dec = self._dec[self._doff:]
            self._doff = 0
        self._dec += data

    def _translate(self, data):
        if '\r' not in data:
            if '\n' in data:
                self._seen |= 2
            return data
        out = []
        i = 0
        n = len(data)
        while i < n:
            j = data.find('\r', i)
            if j < 0:
                chunk = data[i:]
                if '\n' in chunk:
                    self._seen |= 2
                out.append(chunk)
                break
            chunk = data[i:j]
            if '\n' in chunk:
                self._seen |= 2
            out.append(chunk)
            out.append('\n')
            if j + 1 < n:
                if data[j + 1] == '\n':
                    self._seen |= 4
                    i = j + 2
                else:
                    self._seen |= 1
                    i = j + 1
            else:
                self._skiplf = True
                i = n
        return ''.join(out)

    def _held(self):
        """The decompressed bytes not given out yet (self._dec from self._doff on)."""
        return len(self._dec) - self._doff

    def _fill(self, n):
        """Decompresses until n bytes are held (all when n is None) or the stream ends."""
        held = self._held()
        pieces = []
        while n is None or held < n:
            data = self._more()
            if not data:
                break
            pieces.append(data)
            held += len(data)
        if pieces:
            self._append(''.join(pieces))

    def _give(self, n):
        start = self._doff
        data = self._dec[start:start + n]
        self._doff = start + len(data)
        self._pos += len(data)
        if self._doff == len(self._dec):
            self._dec = ''
            self._doff = 0
            if self._stream.eof():
                self._mode = _READ_EOF
        return data

    def _line(self, limit):
        start = 0
        while True:
            i = self._dec.find('\n', self._doff + start)
            if i >= 0:
                end = i + 1 - self._doff
                break
            if limit >= 0 and self._held() >= limit:
                end = limit
                break
            start = self._held()
            data = self._more()
            if not data:
                end = self._held()
                break
            self._append(data)
        if 0 <= limit < end:
            end = limit
        return self._give(end)

    def _check_readable(self):
        if self._mode == _CLOSED:
            raise ValueError('I/O operation on closed file')
        if self._mode == _WRITE:
            raise IOError('file is not ready for reading')

    def _check_not_iterating(self):
        if self._ahead or self._li < len(self._lines):
            raise ValueError('Mixing iteration and read methods would lose data')

    # -- reading -------------------------------------------------------------------------------

    @_locked
    def read(self, size=-1):
        """read([size]) -> string

Read at most size uncompressed bytes, returned as a string. If the size
argument is negative or omitted, read until EOF is reached.
"""
        size = _int(size)
        self._check_readable()
        if self._mode == _READ_EOF:
            return ''
        self._check_not_iterating()
        if size < 0:
            self._fill(None)
            return self._give(self._held())
        self._fill(size)
        return self._give(size)

    @_locked
    def readline(self, size=-1):
        """readline([size]) -> string

Return the next line from the file, as a string, retaining newline.
A non-negative size argument will limit the maximum number of bytes to
return (an incomplete line may be returned then). Return an empty
string at EOF.
"""
        size = _int(size)
        self._check_readable()
        if self._mode == _READ_EOF:
            return ''
        self._check_not_iterating()
        if size == 0:
            return ''
        return self._line(size)

    @_locked
    def readlines(self, sizehint=0):
        """readlines([size]) -> list

Call readline() repeatedly and return a list of lines read.
The optional size argument, if given, is an approximate bound on the
total number of bytes in the lines returned.
"""
        sizehint = _int(sizehint)
        self._check_readable()
        if self._mode == _READ_EOF:
            return []
        self._check_not_iterating()
        lines = []
        total = 0
        while True:
            line = self._line(-1)
            if not line:
                break
            lines.append(line)
            total += len(line)
            if 0 < sizehint <= total:
                break
        return lines

    def xreadlines(self):
        """xreadlines() -> self

For backward compatibility. BZ2File objects now include the performance
optimizations previously implemented in the xreadlines module.
"""
        if self._mode == _CLOSED:
            raise ValueError('I/O operation on closed file')
        return self

    def __iter__(self):
        if self._mode == _CLOSED:
            raise ValueError('I/O operation on closed file')
        return self

    def next(self):
        """x.next() -> the next value, or raise StopIteration"""
        with self._lock:
            # the common case first, written out: a line already read ahead
            i = self._li
            if i < len(self._lines) and self._mode != _CLOSED:
                self._li = i + 1
                return self._lines[i]
            return self._next()

    def _next(self):
        if self._mode == _CLOSED:
            raise ValueError('I/O operation on closed file')
        if self._mode == _WRITE:
            _raise(-1)
        while self._li >= len(self._lines):
            if self._mode == _READ_EOF:
                break
            self._fill(_READAHEAD)
            block = self._give(_READAHEAD)
            if not block:
                break
            block = self._ahead + block
            if '\r' in block:  # str.splitlines would end lines at \r too
                parts = block.split('\n')
                lines = [part + '\n' for part in parts[:-1]]
                tail = parts[-1]
            else:
                lines = block.splitlines(True)
                tail = lines.pop() if lines and not lines[-1].endswith('\n') else ''
            self._lines, self._li, self._ahead = lines, 0, tail
        if self._li < len(self._lines):
            self._li += 1
            return self._lines[self._li - 1]
        line = self._ahead
        self._ahead = ''
        if not line:
            raise StopIteration
        return line

    # -- writing -------------------------------------------------------------------------------

    def _check_writable(self):
        if self._mode == _CLOSED:
            raise ValueError('I/O operation on closed file')
        if self._mode != _WRITE:
            raise IOError('file is not ready for writing')

    def _write(self, data):
        out = self._stream.compress(data)
        if out is None:
            _raise(self._stream.error())
        if out:
            self._fp.write(_bytes(out))
        self._pos += len(data)

    @_locked
    def write(self, data):
        """write(data) -> None

Write the 'data' string to file. Note that due to buffering, close() may
be needed before the file on disk reflects the data written.
"""
        data = _data(data, 'write() ')
        self._check_writable()
        self._write(data)

    @_locked
    def writelines(self, sequence_of_strings):
        """writelines(sequence_of_strings) -> None

Write the sequence of strings to the file. Note that newlines are not
added. The sequence can be any iterable object producing strings. This is
equivalent to calling write() for each string.
"""
        try:
            items = iter(sequence_of_strings)
        except TypeError:
            raise TypeError('writelines() requires an iterable argument')
        self._check_writable()
        for item in items:
            if isinstance(item, unicode):
                item = item.encode(_sys.getdefaultencoding())
            elif not isinstance(item, (str, bytearray, buffer)):
                raise TypeError('writelines() argument must be a sequence of strings')
            # CPython 2.7 leaves the position tell() gives where it was: so does this
            pos = self._pos
            self._write(str(item))
            self._pos = pos

    # -- position ------------------------------------------------------------------------------

    @_locked
    def seek(self, offset, whence=0):
        """seek(offset [, whence]) -> None

Move to new file position. Argument offset is a byte count. Optional
argument whence defaults to 0 (offset from start of file, offset
should be >= 0); other values are 1 (move relative to current position,
positive or negative), and 2 (move relative to end of file, usually
negative, although many platforms allow seeking beyond the end of a file).

Note that seeking of bz2 files is emulated, and depending on the parameters
the operation may be extremely slow.
"""
        offset = _int(offset)
        whence = _int(whence)
        if self._mode == _CLOSED:
            raise ValueError('I/O operation on closed file')
        if self._mode == _WRITE:
            raise IOError('seek works only while reading')
        self._lines = []
        self._li = 0
        self._ahead = ''
        if whence == 2:
            if self._size is None:
                while self._mode != _READ_EOF:
                    self._fill(65536)
                    self._give(self._held())
                    if not self._held() and self._stream.eof():
                        self._mode = _READ_EOF
                self._size = self._pos
            offset += self._size
        elif whence == 1:
            offset += self._pos
        if offset < 0:
            offset = 0
        if offset < self._pos:
            self._fp.seek(0)
            self._stream.end()
            self._stream = _decompressor()
            self._mode = _READ
            self._pos = 0
            self._dec = ''
            self._doff = 0
            self._skiplf = False
        while self._pos < offset and self._mode != _READ_EOF:
            self._fill(min(offset - self._pos, 65536))
            if not self._give(offset - self._pos) and self._stream.eof():
                self._mode = _READ_EOF

    @_locked
    def tell(self):
        """tell() -> int

Return the current file position, an integer (may be a long integer).
"""
        if self._mode == _CLOSED:
            raise ValueError('I/O operation on closed file')
        return self._pos

    # -- closing -------------------------------------------------------------------------------

    def _close(self):
        fp, stream, mode = self._fp, self._stream, self._mode
        self._mode = _CLOSED
        self._fp = self._stream = None
        self._ahead = self._dec = ''
        self._lines = []
        self._li = self._doff = 0
        try:
            if mode == _WRITE:
                out = stream.finish()
                if out is None:
                    _raise(stream.error())
                fp.write(_bytes(out))
        finally:
            if stream is not None:
                stream.end()
            if fp is not None:
                fp.close()

    @_locked
    def close(self):
        """close() -> None or (perhaps) an integer

Close the file. Sets data attribute .closed to true. A closed file
cannot be used for further I/O operations. close() may be called more
than once without error.
"""
        self._close()

    def __enter__(self):
        if self._mode == _CLOSED:
            raise ValueError('I/O operation on closed file')
        return self

    def __exit__(self, *exc_info):
        self.close()

    def __del__(self):
        try:
            self._close()
        except Exception:
            pass

    @property
    def closed(self):
        """True if the file is closed"""
        return 1 if self._mode == _CLOSED else 0

    @property
    def newlines(self):
        """end-of-line convention used in this file"""
        seen = self._seen
        if self._skiplf and self._stream is not None and self._stream.eof():
            seen |= 1
        kinds = [nl for bit, nl in ((1, '\r'), (2, '\n'), (4, '\r\n')) if seen & bit]
        if not kinds:
            return None
        return kinds[0] if len(kinds) == 1 else tuple(kinds)


for _type in (BZ2Compressor, BZ2Decompressor, BZ2File):
    _type.__module__ = 'bz2'
for _name in ('compress', 'decompress', 'BZ2Compressor', 'BZ2Decompressor', 'BZ2File'):
    setattr(_target, _name, globals()[_name])
_target.__doc__ = __doc__
