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
