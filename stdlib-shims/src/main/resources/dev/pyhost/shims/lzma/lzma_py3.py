# _lzma overlay (Python 3): _target is GraalPy's _lzma, whose Java decoder reads any data as an
# .lzma header and then spins (tarfile.open of a plain tar tries xz first, and never returned).
# liblzma refuses a start that cannot be one: properties above 224 or with lc + lp above 4, and for
# FORMAT_AUTO ("picky") a dictionary size other than 2^n or 2^n + 2^(n-1) and a known size of
# 256 GiB or more. Those checks run here, on the first 13 bytes, before the engine sees them.
_Stock = _target.LZMADecompressor
_LZMAError = _target.LZMAError
_AUTO = _target.FORMAT_AUTO
_ALONE = _target.FORMAT_ALONE
_HEADER = 13
_UNKNOWN_SIZE = (1 << 64) - 1


def _refused(head, picky):
    """Whether liblzma's .lzma header decoder refuses the complete fields in head."""
    props = head[0]
    if props > 224:
        return True
    lp, lc = divmod(props % 45, 9)
    if lc + lp > 4:
        return True
    if picky and len(head) >= 5:
        size = int.from_bytes(head[1:5], 'little')
        if size != 0xFFFFFFFF:
            d = (size - 1) & 0xFFFFFFFF
            for shift in (2, 3, 4, 8, 16):
                d |= d >> shift
            if (d + 1) & 0xFFFFFFFF != size:
                return True
    if picky and len(head) >= _HEADER:
        size = int.from_bytes(head[5:_HEADER], 'little')
        if size != _UNKNOWN_SIZE and size >= 1 << 38:
            return True
    return False


class LZMADecompressor(_Stock):
    __doc__ = _Stock.__doc__

    def __init__(self, *args, **kwargs):
        if _Stock.__init__ is not object.__init__:
            _Stock.__init__(self, *args, **kwargs)
        format = kwargs.get('format', args[0] if args else _AUTO)
        # the start of an .lzma header not yet handed on; None once checked (or not .lzma)
        self._pyhost_head = b'' if format in (_AUTO, _ALONE) else None
        self._pyhost_picky = format == _AUTO
        self._pyhost_unused = None  # set when this class ended the stream itself

    def decompress(self, data, max_length=-1):
        head = getattr(self, '_pyhost_head', None)  # None too when __init__ never ran
        if head is None:
            if getattr(self, '_pyhost_unused', None) is not None:
                raise EOFError('Already at end of stream')
            return _Stock.decompress(self, data, max_length)
        try:
            head += memoryview(data).tobytes()
        except TypeError:
            return _Stock.decompress(self, data, max_length)  # the engine's words for the type
        if not head:
            return _Stock.decompress(self, data, max_length)
        if not (self._pyhost_picky and head[0] == 0xFD):  # .xz: the engine checks its magic
            if _refused(head[:_HEADER], self._pyhost_picky):
                raise _LZMAError('Input format not supported by decoder')
            if len(head) <= _HEADER:  # the engine's decoder given the header alone thinks it has ended
                self._pyhost_head = head
                return b''
            if head[5:_HEADER] == bytes(8):
                # an empty stream, which the engine's decoder ends without reading: liblzma
                # reads the range coder's first 5 bytes, the first of them 0, and ends there
                if head[_HEADER] != 0:
                    raise _LZMAError('Corrupt input data')
                if len(head) < _HEADER + 5:
                    self._pyhost_head = head
                    return b''
                self._pyhost_head = None
                self._pyhost_unused = head[_HEADER + 5:]
                return b''
        self._pyhost_head = None
        return _Stock.decompress(self, head, max_length)

    @property
    def eof(self):
        """True if the end-of-stream marker has been reached."""
        return getattr(self, '_pyhost_unused', None) is not None or _Stock.eof.__get__(self)

    @property
    def unused_data(self):
        """Data found after the end of the compressed stream."""
        unused = getattr(self, '_pyhost_unused', None)
        return _Stock.unused_data.__get__(self) if unused is None else unused

    @property
    def needs_input(self):
        """True if more input is needed before more decompressed data can be produced."""
        if getattr(self, '_pyhost_unused', None) is not None:
            return False
        return _Stock.needs_input.__get__(self)


LZMADecompressor.__module__ = _Stock.__module__
LZMADecompressor.__qualname__ = _Stock.__qualname__
_target.LZMADecompressor = LZMADecompressor
