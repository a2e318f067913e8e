# A codec error raised by the engine's Java codecs, reworded as CPython words it. GraalPy decodes
# and encodes through java.nio.charset, whose errors all read 'malformed input' or 'unmappable
# character' under the codec's registry key ('utf_8'); Jython's UTF-8 and UTF-16 decoders have
# words of their own ('unexpected code byte', 'invalid data') and sometimes another extent.
# CPython names the codec as it names itself ('utf-8' on Python 3, 'utf8' on Python 2, 'charmap')
# and says what is wrong ('invalid start byte'). The exception's attributes and args are set, so
# str(), the traceback and logging all agree. Errors in other words (a script's own, a CJK
# codec's) are left alone. Valid Python 2 and 3.
import sys as _sys

_PY2 = _sys.version_info[0] == 2
_ENGINE_REASONS = ('malformed input', 'unmappable character',  # java.nio's
                   'unexpected code byte', 'invalid data', 'illegal encoding', 'unexpected end of data',
                   'illegal UTF-16 surrogate', 'truncated data', 'codepoint not in range(0x110000)')  # Jython's
if _PY2:
    _NAMES = {'utf_8': 'utf8', 'ascii': 'ascii', 'latin_1': 'latin-1'}
else:
    _NAMES = {'utf_8': 'utf-8', 'ascii': 'ascii', 'latin_1': 'latin-1', 'utf_16_le': 'utf-16-le',
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
        m = __import__('encodings.' + module, fromlist=['_'])
    except Exception:
        return False
    return hasattr(m, 'decoding_table') or hasattr(m, 'decoding_map')


def _utf8_error(data, start):
    """CPython 3's (reason, end) for the UTF-8 sequence at start, or None when it is valid."""
    lead = data[start]
    if lead < 0x80:
        return None
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
    return None


def _utf8_error_py2(data, start):
    """CPython 2.7's (reason, end): it checks a sequence's length before its bytes, counts
    continuation bytes into the extent, and lets encoded surrogates through."""
    def continuation(i):
        return i < len(data) and data[i] & 0xc0 == 0x80
    lead = data[start]
    if lead < 0x80:
        return None
    if lead < 0xc2 or lead > 0xf4:
        return 'invalid start byte', start + 1
    size = 2 if lead < 0xe0 else 3 if lead < 0xf0 else 4
    if start + size > len(data):
        end = start + 1
        while continuation(end):
            end += 1
        return 'unexpected end of data', end
    bad_second = (lead == 0xe0 and data[start + 1] < 0xa0) or (lead == 0xf0 and data[start + 1] < 0x90) or \
        (lead == 0xf4 and data[start + 1] > 0x8f)
    if bad_second or not all(continuation(i) for i in range(start + 1, start + size)):
        end = start + 1
        while end < start + size - 1 and continuation(end):
            end += 1
        return 'invalid continuation byte', end
    return None


def _utf8_step(data, start):
    lead = data[start]
    return 1 if lead < 0xc0 else 2 if lead < 0xe0 else 3 if lead < 0xf0 else 4


def _unit(data, i, size, big):
    value = 0
    for k in (range(size) if big else range(size - 1, -1, -1)):
        value = value << 8 | data[i + k]
    return value


def _utf16_error(data, start, big):
    if start + 2 > len(data):
        return 'truncated data', len(data)
    u = _unit(data, start, 2, big)
    if not 0xd800 <= u <= 0xdfff:
        return None
    if _PY2:  # CPython 2.7's decoder: a surrogate wants a second unit, then a high one a low one
        if start + 4 > len(data):
            return 'unexpected end of data', len(data)
        if u <= 0xdbff:
            return None if 0xdc00 <= _unit(data, start + 2, 2, big) <= 0xdfff else ('illegal UTF-16 surrogate', start + 2)
        return 'illegal encoding', start + 2
    if u >= 0xdc00:
        return 'illegal encoding', start + 2
    if start + 4 > len(data):
        return 'unexpected end of data', len(data)
    return None if 0xdc00 <= _unit(data, start + 2, 2, big) <= 0xdfff else ('illegal UTF-16 surrogate', start + 2)


def _utf32_error(data, start, big):
    if start + 4 > len(data):
        return 'truncated data', len(data)
    value = _unit(data, start, 4, big)
    if value > 0x10ffff:
        return 'code point not in range(0x110000)', start + 4
    if 0xd800 <= value < 0xe000 and not _PY2:
        return 'code point in surrogate code point range(0xd800, 0xe000)', start + 4
    return None


def _first_error(find, data, start, step):
    """find's error at start; where the engine put start elsewhere, the first one from 0."""
    found = find(data, start) if start < len(data) else None
    if found:
        return start, found
    i = 0
    while i < len(data):
        found = find(data, i)
        if found:
            return i, found
        i += step(data, i) if callable(step) else step
    return None


def _decode_wording(module, data, start):
    """(codec name, start, reason, end) as CPython's decoder reports the error, or None."""
    if module == 'utf_8':
        found = _first_error(_utf8_error_py2 if _PY2 else _utf8_error, data, start, _utf8_step)
        return found and (_NAMES['utf_8'], found[0]) + found[1]
    if module == 'ascii':
        return 'ascii', start, 'ordinal not in range(128)', start + 1
    for width, find in ((16, _utf16_error), (32, _utf32_error)):
        base = 'utf_%d' % width
        if module in (base, base + '_le', base + '_be'):
            if module == base:  # the byte order mark decides; without one, this machine's order
                big = bytes(data[:width // 8]) == (b'\xfe\xff' if width == 16 else b'\x00\x00\xfe\xff')
            else:
                big = module.endswith('_be')
            found = _first_error(lambda d, i: find(d, i, big), data, start - start % (width // 8), width // 8)
            if not found:
                return None
            name = 'utf%d' % width if _PY2 else 'utf-%d-%s' % (width, 'be' if big else 'le')
            return (name, found[0]) + found[1]
    if _is_charmap(module):
        return 'charmap', start, _UNDEFINED, start + 1
    return None


def _escape_wording(module, reason):
    """CPython ends a truncated escape's reason with 'escape' (Jython's stop before it)."""
    if module in ('unicode_escape', 'raw_unicode_escape', 'unicodeescape', 'rawunicodeescape') and reason.startswith('truncated \\') \
            and not reason.endswith(' escape'):
        return reason + ' escape'
    return None


def _encode_wording(module, text, start, codec):
    """(codec name, start, reason, end) as CPython's encoder reports the error, or None."""
    def run_end(fails):
        end = start + 1
        while end < len(text) and fails(text[end]):
            end += 1
        return end

    def surrogate(c):
        return 0xd800 <= ord(c) < 0xe000
    if module in ('ascii', 'latin_1'):
        limit = 128 if module == 'ascii' else 256
        return _NAMES[module], start, 'ordinal not in range(%d)' % limit, run_end(lambda c: ord(c) >= limit)
    if module == 'utf_8' and not _PY2:
        return 'utf-8', start, _SURROGATES_NOT_ALLOWED, run_end(surrogate)
    if not _PY2 and (module in _NAMES or module in ('utf_16', 'utf_32')):
        return module.replace('_', '-'), start, _SURROGATES_NOT_ALLOWED, start + 1
    if _is_charmap(module):
        def unmapped(c):
            try:
                c.encode(codec)
                return False
            except UnicodeError:
                return True
        return 'charmap', start, _UNDEFINED, run_end(unmapped)
    return None


def cpython_wording(exc):
    """Rewords exc in place when it is a codec error the engine worded; never raises."""
    try:
        if not isinstance(exc, (UnicodeDecodeError, UnicodeEncodeError)):
            return
        module = _codec_module(exc.encoding)
        escape = _escape_wording(module, exc.reason)
        if escape:
            exc.reason = escape
            exc.args = exc.args[:4] + (escape,)
        if exc.reason not in _ENGINE_REASONS:
            return
        if isinstance(exc, UnicodeDecodeError):
            wording = _decode_wording(module, bytearray(exc.object), exc.start)
        else:
            wording = _encode_wording(module, exc.object, exc.start, exc.encoding)
        if wording:
            exc.encoding, exc.start, exc.reason, exc.end = wording
            exc.args = (exc.encoding, exc.object, exc.start, exc.end, exc.reason)
    except Exception:
        pass
