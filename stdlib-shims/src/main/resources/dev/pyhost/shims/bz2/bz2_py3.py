# _bz2 for Python 3, under CPython's own bz2.py (GraalPy's raised SystemError: its embedded Java
# backend has no bzip2). The system's libbz2, driven as CPython's Modules/_bz2module.c drives it;
# _core is a dev.pyhost.shims.os.Bzip2Calls, or None. Bytes cross as latin-1 text.
import operator as _operator

if _core is None:
    raise ModuleNotFoundError("No module named '_bz2'", name='_bz2')

_ERRORS = {
    -9: (SystemError, 'libbzip2 was not compiled correctly'),
    -2: (ValueError, 'Internal error - invalid parameters passed to libbzip2'),
    -3: (MemoryError, None),
    -4: (OSError, 'Invalid data stream'),
    -5: (OSError, 'Invalid data stream'),
    -6: (OSError, 'Unknown I/O error'),
    -7: (EOFError, 'Compressed file ended before the logical end-of-stream was detected'),
    -1: (RuntimeError, 'Internal error - Invalid sequence of commands sent to libbzip2'),
}


def _raise(code):
    kind, message = _ERRORS.get(code, (OSError, 'Unrecognized error from libbzip2: %d' % code))
    raise (kind() if message is None else kind(message))


def _text(data):
    try:
        view = memoryview(data)
    except TypeError:
        raise TypeError("a bytes-like object is required, not '%s'" % type(data).__name__) from None
    return view.tobytes().decode('latin-1')


def _bytes(text):
    return str(text).encode('latin-1')


def _final(cls):
    def __init_subclass__(sub, **kwargs):
        raise TypeError("type '_bz2.%s' is not an acceptable base type" % cls.__name__)
    cls.__init_subclass__ = classmethod(__init_subclass__)
    cls.__module__ = '_bz2'
    return cls


@_final
class BZ2Compressor:
    """Create a compressor object for compressing data incrementally.

  compresslevel
    Compression level, as a number between 1 and 9.

For one-shot compression, use the compress() function instead."""

    __slots__ = ('_stream', '_flushed', '__weakref__')

    def __new__(cls, *args, **kwargs):
        self = object.__new__(cls)
        self._stream = None
        self._flushed = False
        return self

    def __init__(self, *args, **kwargs):
        if kwargs:
            raise TypeError('BZ2Compressor() takes no keyword arguments')
        if len(args) > 1:
            raise TypeError('BZ2Compressor expected at most 1 argument, got %d' % len(args))
        compresslevel = _operator.index(args[0]) if args else 9
        if not 1 <= compresslevel <= 9:
            raise ValueError('compresslevel must be between 1 and 9')
        stream = _core.compressor(compresslevel)
        if stream is None:
            _raise(_core.lastError())
        self._stream = stream
        self._flushed = False

    def _live(self):
        if self._stream is None:
            _raise(-1)
        return self._stream

    def compress(self, data, /):
        """Provide data to the compressor object.

Returns a chunk of compressed data if possible, or b'' otherwise.

When you have finished providing data to the compressor, call the
flush() method to finish the compression process."""
        text = _text(data)
        if self._flushed:
            raise ValueError('Compressor has been flushed')
        stream = self._live()
        out = stream.compress(text)
        if out is None:
            _raise(stream.error())
        return _bytes(out)

    def flush(self):
        """Finish the compression process.

Returns the compressed data left in internal buffers.

The compressor object may not be used after this method is called."""
        if self._flushed:
            raise ValueError('Repeated call to flush()')
        self._flushed = True
        stream = self._live()
        out = stream.finish()
        if out is None:
            _raise(stream.error())
        return _bytes(out)

    def __reduce__(self):
        raise TypeError("cannot pickle '_bz2.BZ2Compressor' object")

    def __reduce_ex__(self, protocol):
        return self.__reduce__()


@_final
class BZ2Decompressor:
    """Create a decompressor object for decompressing data incrementally.

For one-shot decompression, use the decompress() function instead."""

    __slots__ = ('_stream', '__weakref__')

    def __new__(cls, *args, **kwargs):
        self = object.__new__(cls)
        self._start()
        return self

    def __init__(self, *args, **kwargs):
        if args:
            raise TypeError('BZ2Decompressor() takes no positional arguments')
        if kwargs:
            raise TypeError('BZ2Decompressor() takes no keyword arguments')
        self._start()

    def _start(self):
        stream = _core.decompressor()
        if stream is None:
            _raise(_core.lastError())
        self._stream = stream

    def decompress(self, data, max_length=-1):
        """Decompress *data*, returning uncompressed data as bytes.

If *max_length* is nonnegative, returns at most *max_length* bytes of
decompressed data. If this limit is reached and further output can be
produced, *self.needs_input* will be set to ``False``. In this case, the next
call to *decompress()* may provide *data* as b'' to obtain more of the output.

If all of the input data was decompressed and returned (either because this
was less than *max_length* bytes, or because *max_length* was negative),
*self.needs_input* will be set to True.

Attempting to decompress data after the end of stream is reached raises an
EOFError.  Any data found after the end of the stream is ignored and saved in
the unused_data attribute."""
        text = _text(data)
        max_length = _operator.index(max_length)
        stream = self._stream
        if stream.eof():
            raise EOFError('End of stream already reached')
        out = stream.decompress(text, max_length)
        if out is None:
            _raise(stream.error())
        return _bytes(out)

    @property
    def eof(self):
        """True if the end-of-stream marker has been reached."""
        return bool(self._stream.eof())

    @property
    def unused_data(self):
        """Data found after the end of the compressed stream."""
        return _bytes(self._stream.pendingInput()) if self._stream.eof() else b''

    @property
    def needs_input(self):
        """True if more input is needed before more decompressed data can be produced."""
        return not self._stream.eof() and not str(self._stream.pendingInput())

    def __reduce__(self):
        raise TypeError("cannot pickle '_bz2.BZ2Decompressor' object")

    def __reduce_ex__(self, protocol):
        return self.__reduce__()


_target.BZ2Compressor = BZ2Compressor
_target.BZ2Decompressor = BZ2Decompressor
_target.__doc__ = None
