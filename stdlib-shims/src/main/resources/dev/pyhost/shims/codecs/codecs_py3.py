# codecs overlay (Python 3): _target is the engine's codecs module, already imported.
#
# UTF-16 and UTF-32 put a byte order mark before the text, once. An engine whose incremental
# encoder (what a text file writes through) and stream writer start afresh at every call puts one
# before every write instead: open(p, 'w', encoding='utf-16') with two writes leaves a second mark
# in the middle of the file, which reads back as a U+FEFF character. Where the engine's codec does
# that, the codec registry's entry gets the standard library's encoder and writer for it (from
# encodings.utf_16 / utf_32, imported on first use), which write the mark once and then encode
# in the machine's order. The rest of the entry (encode, decode, the decoders) stays the engine's.
# the names CPython's encodings.aliases gives these codecs, as the registry keys them
_BOM_CODECS = {
    'utf_16': ('utf-16', 'utf16', 'u16'),
    'utf_32': ('utf-32', 'utf32', 'u32'),
}


def _marks_every_write(info):
    encoder = info.incrementalencoder()
    first = encoder.encode('a')  # the mark and the character
    return len(encoder.encode('a')) == len(first)


def _from_stdlib(module, attribute):
    def make(*args, **kwargs):
        import importlib
        return getattr(importlib.import_module('encodings.' + module), attribute)(*args, **kwargs)
    make.__name__ = make.__qualname__ = attribute
    return make


def _mend_bom_codecs():
    for module, names in _BOM_CODECS.items():
        encoder = _from_stdlib(module, 'IncrementalEncoder')
        writer = _from_stdlib(module, 'StreamWriter')
        for name in names:
            try:
                info = _target.lookup(name)
                if not _marks_every_write(info):
                    continue
                info.incrementalencoder = encoder
                info.streamwriter = writer
            except (LookupError, AttributeError, TypeError):
                pass


_mend_bom_codecs()
del _mend_bom_codecs


# utf_16_ex_decode and utf_32_ex_decode (the standard library's UTF-16/32 stream readers and
# incremental decoders use them, as do scripts that sniff a byte order mark): GraalPy raises
# NotImplementedError. Made here from the mark and the engine's fixed-order decoders, with
# CPython's results: (text, bytes consumed, byte order -1/0/1), errors at positions in the data.
def _ex_decoder(width, little, big):
    marks = {b'\xff\xfe' if width == 16 else b'\xff\xfe\x00\x00': -1,
             b'\xfe\xff' if width == 16 else b'\x00\x00\xfe\xff': 1}
    size = width // 8

    def decode(data, errors='strict', byteorder=0, final=False):
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
    return decode


def _mend_ex_decoders():
    for width in (16, 32):
        name = 'utf_%d_ex_decode' % width
        try:
            getattr(_target, name)(b'', 'strict', 0, True)
            continue
        except NotImplementedError:
            pass
        except Exception:
            continue
        setattr(_target, name, _ex_decoder(width, getattr(_target, 'utf_%d_le_decode' % width),
                                           getattr(_target, 'utf_%d_be_decode' % width)))


_mend_ex_decoders()
del _mend_ex_decoders
