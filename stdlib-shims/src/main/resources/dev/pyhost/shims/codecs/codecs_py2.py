# codecs overlay (Python 2): _target is the engine's codecs module, already imported.
#
# UTF-16 decoding as CPython 2.7 on x86 decodes. Jython's decoders let a Java
# StringIndexOutOfBoundsException out on a surrogate near the end of the data, decode a lone or
# truncated surrogate where CPython reports an error (or the reverse), keep nothing back for the
# next call of an incremental decoder, and read data without a byte order mark as big-endian
# (CPython: this machine's order, little-endian), and took U+FEFF/U+FFFE anywhere in the data for
# byte order marks. Runs of other whole units still go through the engine's decoder; surrogates,
# U+FExx/U+FFxx, the byte order mark, a trailing odd byte and the errors are handled here, with
# CPython's words. The encoders: see the end of this file.
import re as _re

_engine_le = _target.utf_16_le_decode
_engine_be = _target.utf_16_be_decode
# the high bytes of the units decoded here: surrogates, and, where the data holds the bytes of
# U+FEFF or U+FFFE (which Jython's decoders take for a byte order mark anywhere in the data,
# dropping the one, switching the order at the other), U+FExx/U+FFxx too
_SURROGATE_HIGH_BYTE = _re.compile('[\xd8-\xdf]')
_SPECIAL_HIGH_BYTE = _re.compile('[\xd8-\xdf\xfe\xff]')


def _unit(data, i, big):
    return (ord(data[i]) << 8 | ord(data[i + 1])) if big else (ord(data[i + 1]) << 8 | ord(data[i]))


def _units(data, start, end, big):
    """Whole units, none of them special, through the engine's decoder."""
    return (_engine_be if big else _engine_le)(data[start:end], 'strict', True)[0]


def _handled(errors, data, start, end, reason):
    error = UnicodeDecodeError('utf16', data, start, end, reason)
    if errors == 'strict':
        raise error
    replacement, position = _target.lookup_error(errors)(error)
    return replacement, position + len(data) if position < 0 else position


def _decode16(data, errors, byteorder, final):
    """(text, bytes consumed, byte order) as CPython 2.7's UTF-16 decoder gives them."""
    if not isinstance(data, str):
        data = str(bytearray(data))
    errors = errors or 'strict'
    n = len(data)
    pos = 0
    if byteorder == 0 and n >= 2:
        if data.startswith('\xff\xfe'):
            byteorder, pos = -1, 2
        elif data.startswith('\xfe\xff'):
            byteorder, pos = 1, 2
    big = byteorder == 1
    start = pos
    out = []
    special = _SPECIAL_HIGH_BYTE if '\xff\xfe' in data or '\xfe\xff' in data else _SURROGATE_HIGH_BYTE
    for match in special.finditer(data[start + (0 if big else 1)::2]):
        at = start + 2 * match.start()
        if at < pos:
            continue  # the second half of a pair already decoded
        if n - at < 2:
            break  # a trailing odd byte: below
        if (at - pos) % 2:  # an error handler resumed off the units' grid
            rest, used, _ = _decode16(data[pos:], errors, 1 if big else -1, final)
            return u''.join(out) + rest, pos + used, byteorder
        if at > pos:
            out.append(_units(data, pos, at, big))
            pos = at
        u = _unit(data, pos, big)
        if not 0xd800 <= u <= 0xdfff:
            out.append(unichr(u))
            pos += 2
            continue
        if n - pos < 4:  # a surrogate wants a second unit
            if not final:
                return u''.join(out), pos, byteorder
            reason, end = 'unexpected end of data', n
        elif u <= 0xdbff and 0xdc00 <= _unit(data, pos + 2, big) <= 0xdfff:
            out.append(unichr(0x10000 + ((u - 0xd800) << 10) + (_unit(data, pos + 2, big) - 0xdc00)))
            pos += 4
            continue
        elif u <= 0xdbff:
            reason, end = 'illegal UTF-16 surrogate', pos + 2
        else:
            reason, end = 'illegal encoding', pos + 2
        replacement, pos = _handled(errors, data, pos, end, reason)
        out.append(replacement)
    if (pos - start) % 2 and pos < n:
        rest, used, _ = _decode16(data[pos:], errors, 1 if big else -1, final)
        return u''.join(out) + rest, pos + used, byteorder
    units_end = pos + (n - pos) // 2 * 2
    if units_end > pos:
        out.append(_units(data, pos, units_end, big))
        pos = units_end
    if pos < n:  # an odd byte
        if not final:
            return u''.join(out), pos, byteorder
        replacement, pos = _handled(errors, data, pos, n, 'truncated data')
        out.append(replacement)
        if pos < n:
            rest, used, _ = _decode16(data[pos:], errors, 1 if big else -1, final)
            return u''.join(out) + rest, pos + used, byteorder
    return u''.join(out), pos, byteorder


def utf_16_decode(data, errors='strict', final=False):
    text, consumed, _ = _decode16(data, errors, 0, final)
    return text, consumed


def utf_16_le_decode(data, errors='strict', final=False):
    text, consumed, _ = _decode16(data, errors, -1, final)
    return text, consumed


def utf_16_be_decode(data, errors='strict', final=False):
    text, consumed, _ = _decode16(data, errors, 1, final)
    return text, consumed


def utf_16_ex_decode(data, errors='strict', byteorder=0, final=False):
    return _decode16(data, errors, byteorder, final)


class _BuiltinFunction(object):
    """A function that, like the C one it stands for, does not become a method as a class
    attribute (encodings.utf_16_le has `_buffer_decode = codecs.utf_16_le_decode`)."""
    __slots__ = ('_function', '__name__')

    def __init__(self, function):
        self._function = function
        self.__name__ = function.__name__

    def __call__(self, *args, **kwargs):
        return self._function(*args, **kwargs)

    def __repr__(self):
        return '<built-in function %s>' % self.__name__


for _f in (utf_16_decode, utf_16_le_decode, utf_16_be_decode, utf_16_ex_decode):
    setattr(_target, _f.__name__, _BuiltinFunction(_f))
del _f


# UTF-16 and UTF-32 without a byte order given: the machine's order, as CPython's (Jython's
# encoders wrote big-endian, and its UTF-32 decoder read data without a mark so). The encoders
# always begin with the mark, for empty text too. encodings.utf_16 and utf_32 then go on in the
# order sys.byteorder names, which is the machine's (see the engine's SysByteOrder).
import sys as _sys

if _sys.byteorder == 'little':
    _engine_encode16 = _target.utf_16_encode
    _engine_encode32 = _target.utf_32_encode
    _engine_decode32 = _target.utf_32_ex_decode
    _BOM32_LE, _BOM32_BE = '\xff\xfe\x00\x00', '\x00\x00\xfe\xff'

    def utf_16_encode(text, errors='strict', byteorder=0):
        if byteorder == 0:
            data, used = _target.utf_16_le_encode(text, errors)
            return '\xff\xfe' + data, used
        return _engine_encode16(text, errors, byteorder)

    def utf_32_encode(text, errors='strict', byteorder=0):
        if byteorder == 0:
            data, used = _target.utf_32_le_encode(text, errors)
            return _BOM32_LE + data, used
        return _engine_encode32(text, errors, byteorder)

    def utf_32_ex_decode(data, errors='strict', byteorder=0, final=False):
        if byteorder != 0 or data[:4] in (_BOM32_LE, _BOM32_BE):
            return _engine_decode32(data, errors, byteorder, final)
        if len(data) < 4 and not final:
            return u'', 0, 0  # too little to tell a mark yet
        text, used = _target.utf_32_le_decode(data, errors, final)
        return text, used, 0

    def utf_32_decode(data, errors='strict', final=False):
        text, used, _ = utf_32_ex_decode(data, errors, 0, final)
        return text, used

    for _f in (utf_16_encode, utf_32_encode, utf_32_ex_decode, utf_32_decode):
        setattr(_target, _f.__name__, _BuiltinFunction(_f))
    del _f
