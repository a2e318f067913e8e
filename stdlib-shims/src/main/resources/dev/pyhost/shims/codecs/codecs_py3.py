# codecs overlay (Python 3): _target is the engine's codecs module, already imported.
#
# UTF-16 and UTF-32 put a byte order mark before the text, once. An engine whose incremental
# encoder (what a text file writes through) and stream writer start afresh at every call puts one
# before every write instead: open(p, 'w', encoding='utf-16') with two writes leaves a second mark
# in the middle of the file, which reads back as a U+FEFF character. The codec registry's entries
# for these codecs get an encoder and a writer that, on first use, check the engine's and, where
# it marks every write, use the standard library's (encodings.utf_16 / utf_32), which mark once
# and then encode in the machine's order. The rest of the entry (encode, decode, the decoders)
# stays the engine's. Nothing is checked or imported at start-up.

# the names CPython's encodings.aliases gives these codecs, as the registry keys them
_BOM_CODECS = {
    'utf_16': ('utf-16', 'utf16', 'u16'),
    'utf_32': ('utf-32', 'utf32', 'u32'),
}


def _marks_every_write(engine_encoder):
    encoder = engine_encoder()
    first = encoder.encode('a')  # the mark and the character
    return len(encoder.encode('a')) == len(first)


def _checked(module, attribute, engine_encoder, engine_factory):
    """A factory for the registry entry: the engine's, unless its encoder marks every write."""
    choice = []

    def make(*args, **kwargs):
        if not choice:
            if _marks_every_write(engine_encoder):
                import importlib
                choice.append(getattr(importlib.import_module('encodings.' + module), attribute))
            else:
                choice.append(engine_factory)
        return choice[0](*args, **kwargs)
    make.__name__ = make.__qualname__ = attribute
    return make


def _mend_bom_codecs():
    for module, names in _BOM_CODECS.items():
        for name in names:
            try:
                info = _target.lookup(name)
                engine_encoder = info.incrementalencoder
                info.incrementalencoder = _checked(module, 'IncrementalEncoder', engine_encoder, engine_encoder)
                info.streamwriter = _checked(module, 'StreamWriter', engine_encoder, info.streamwriter)
            except (LookupError, AttributeError, TypeError):
                pass


_mend_bom_codecs()
del _mend_bom_codecs


# utf_16_ex_decode and utf_32_ex_decode (the standard library's UTF-16/32 stream readers and
# incremental decoders use them, as do scripts that sniff a byte order mark): GraalPy raises
# NotImplementedError. Where the engine does, the call is answered from the mark and the engine's
# fixed-order decoders, with CPython's results: (text, bytes consumed, byte order -1/0/1), errors
# at positions in the data.
def _ex_decoder(width, engine, little, big):
    marks = {b'\xff\xfe' if width == 16 else b'\xff\xfe\x00\x00': -1,
             b'\xfe\xff' if width == 16 else b'\x00\x00\xfe\xff': 1}
    size = width // 8
    missing = []

    def decode(data, errors='strict', byteorder=0, final=False):
        if not missing:
            try:
                return engine(data, errors, byteorder, final)
            except NotImplementedError:
                missing.append(True)
        data = bytes(data)
        skip = 0
        if byteorder == 0 and len(data) >= size and data[:size] in marks:
            byteorder, skip = marks[data[:size]], size
        try:
            text, used = (big if byteorder == 1 else little)(data[skip:], errors, final)
        except UnicodeDecodeError as e:
            if not skip:
                raise
            raise UnicodeDecodeError(e.encoding, data, e.start + skip, e.end + skip, e.reason) from None
        return text, used + skip, byteorder
    decode.__name__ = decode.__qualname__ = 'utf_%d_ex_decode' % width
    decode.__doc__ = getattr(engine, '__doc__', None)
    return decode


for _width in (16, 32):
    _name = 'utf_%d_ex_decode' % _width
    if hasattr(_target, _name):
        setattr(_target, _name, _ex_decoder(_width, getattr(_target, _name), getattr(_target, 'utf_%d_le_decode' % _width),
                                            getattr(_target, 'utf_%d_be_decode' % _width)))
del _width, _name
