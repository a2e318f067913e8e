# A codec error raised by the engine's Java codecs, reworded as CPython words it. GraalPy decodes
# and encodes through java.nio.charset, whose errors all read 'malformed input' or 'unmappable
# character' under the codec's registry key ('utf_8'); CPython's name the codec as it names
# itself ('utf-8', 'charmap') and say what is wrong ('invalid start byte'), with their own
# extent. The exception's attributes are set, so str(), the traceback and logging all agree.
# Errors the engine does not word (a script's own, a CJK codec's) are left alone.
_ENGINE_REASONS = ('malformed input', 'unmappable character')
_BUILT_IN = {'utf_8': 'utf-8', 'ascii': 'ascii', 'latin_1': 'latin-1', 'utf_16_le': 'utf-16-le',
             'utf_16_be': 'utf-16-be', 'utf_32_le': 'utf-32-le', 'utf_32_be': 'utf-32-be'}
_SURROGATES_NOT_ALLOWED = 'surrogates not allowed'
_UNDEFINED = 'character maps to <undefined>'


def _codec_module(name):
    """The encodings module CPython's registry would load for this name."""
    import encodings
    import encodings.aliases
    key = encodings.normalize_encoding(name).lower()
    return encodings.aliases.aliases.get(key) or encodings.aliases.aliases.get(key.replace('.', '_')) or key


def _is_charmap(module):
    try:
        import importlib
        m = importlib.import_module('encodings.' + module)
    except Exception:
        return False
    return hasattr(m, 'decoding_table') or hasattr(m, 'decoding_map')


def _utf8_decode_error(data, start):
    """CPython's reason and end for the UTF-8 sequence starting at start."""
    lead = data[start]
    if lead < 0xc2 or lead > 0xf4:
        return 'invalid start byte', start + 1
    size = 2 if lead < 0xe0 else 3 if lead < 0xf0 else 4
    low, high = {0xe0: (0xa0, 0xbf), 0xed: (0x80, 0x9f), 0xf0: (0x90, 0xbf), 0xf4: (0x80, 0x8f)}.get(lead, (0x80, 0xbf))
    for i in range(start + 1, start + size):
        if i >= len(data):
            return 'unexpected end of data', len(data)
        if not low <= data[i] <= high:
            return 'invalid continuation byte', i
        low, high = 0x80, 0xbf
    return None, None


def _utf16_decode_error(data, start, big):
    def unit(i):
        return (data[i] << 8 | data[i + 1]) if big else (data[i + 1] << 8 | data[i])
    if start + 2 > len(data):
        return 'truncated data', len(data)
    u = unit(start)
    if 0xdc00 <= u <= 0xdfff:
        return 'illegal encoding', start + 2
    if 0xd800 <= u <= 0xdbff:
        if start + 4 > len(data):
            return 'unexpected end of data', len(data)
        if not 0xdc00 <= unit(start + 2) <= 0xdfff:
            return 'illegal UTF-16 surrogate', start + 2
    return None, None


def _utf32_decode_error(data, start, big):
    if start + 4 > len(data):
        return 'truncated data', len(data)
    value = int.from_bytes(data[start:start + 4], 'big' if big else 'little')
    if value > 0x10ffff:
        return 'code point not in range(0x110000)', start + 4
    if 0xd800 <= value < 0xe000:
        return 'code point in surrogate code point range(0xd800, 0xe000)', start + 4
    return None, None


def _decode_wording(module, data, start):
    """(codec name, reason, end) as CPython's decoder reports an error at start, or None."""
    if module == 'utf_8':
        reason, end = _utf8_decode_error(data, start)
        return reason and ('utf-8', reason, end)
    if module == 'ascii':
        return 'ascii', 'ordinal not in range(128)', start + 1
    for width, find in ((16, _utf16_decode_error), (32, _utf32_decode_error)):
        base = 'utf_%d' % width
        if module in (base, base + '_le', base + '_be'):
            if module == base:  # the byte order mark decides; without one, this machine's order
                big = data[:width // 8] == (b'\xfe\xff' if width == 16 else b'\x00\x00\xfe\xff')
            else:
                big = module.endswith('_be')
            reason, end = find(data, start, big)
            return reason and ('utf-%d-%s' % (width, 'be' if big else 'le'), reason, end)
    if _is_charmap(module):
        return 'charmap', _UNDEFINED, start + 1
    return None


def _encode_wording(module, text, start, codec):
    """(codec name, reason, end) as CPython's encoder reports an error at start, or None."""
    def run_end(fails):
        end = start + 1
        while end < len(text) and fails(text[end]):
            end += 1
        return end

    def surrogate(c):
        return 0xd800 <= ord(c) < 0xe000
    if module in ('ascii', 'latin_1'):
        limit = 128 if module == 'ascii' else 256
        return _BUILT_IN[module], 'ordinal not in range(%d)' % limit, run_end(lambda c: ord(c) >= limit)
    if module == 'utf_8':
        return 'utf-8', _SURROGATES_NOT_ALLOWED, run_end(surrogate)
    if module in _BUILT_IN or module in ('utf_16', 'utf_32'):
        return module.replace('_', '-'), _SURROGATES_NOT_ALLOWED, start + 1
    if _is_charmap(module):
        def unmapped(c):
            try:
                c.encode(codec)
                return False
            except UnicodeError:
                return True
        return 'charmap', _UNDEFINED, run_end(unmapped)
    return None


def cpython_wording(exc):
    """Rewords exc in place when it is a codec error the engine worded; never raises."""
    try:
        if not isinstance(exc, (UnicodeDecodeError, UnicodeEncodeError)) or exc.reason not in _ENGINE_REASONS:
            return
        module = _codec_module(exc.encoding)
        if isinstance(exc, UnicodeDecodeError):
            wording = _decode_wording(module, bytes(exc.object), exc.start)
        else:
            wording = _encode_wording(module, exc.object, exc.start, exc.encoding)
        if wording:
            exc.encoding, exc.reason, exc.end = wording
    except Exception:
        pass
