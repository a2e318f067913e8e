# struct for Python 2 (Jython): _target is the module being built, over Jython's own.
#
# Jython lays native formats ('@', '=' or none) out as a big-endian machine with Java's sizes
# ('l' of 4 bytes, no alignment): struct.unpack('hi32s', utmp_record) read C's records wrong and
# calcsize('hhllhh') was 16 where CPython's is 28. Native formats are written here as the
# explicit little-endian formats of 64-bit Linux (its sizes and alignment), which Jython's own
# code then packs; '<', '>' and '!' are Jython's as they were.
import re as _re

from org.python.modules import struct as _jython_struct

# (Jython's module is a Java class, whose static methods are these)
_engine = dict((name, getattr(_jython_struct, name)) for name in
               ('pack', 'unpack', 'calcsize', 'pack_into', 'unpack_from', 'Struct'))
error = _jython_struct.error
_SIZES = {'x': 1, 'c': 1, 'b': 1, 'B': 1, '?': 1, 'h': 2, 'H': 2, 'i': 4, 'I': 4, 'l': 8, 'L': 8,
          'q': 8, 'Q': 8, 'f': 4, 'd': 8, 's': 1, 'p': 1, 'P': 8}
_WIDE = {'l': 'q', 'L': 'Q', 'P': 'Q'}  # native sizes in the standard sizes '<' has
_TOKEN = _re.compile(r'\s*(\d*)\s*([^\s\d])')
_explicit = {}


def _little(fmt):
    """fmt as Jython's struct should read it on this machine."""
    if not isinstance(fmt, basestring) or not fmt or fmt[0] in '<>!':  # noqa: F821
        return fmt
    done = _explicit.get(fmt)
    if done is not None:
        return done
    if fmt[0] == '=':  # native order, standard sizes, no alignment
        done = '<' + fmt[1:]
    else:
        body = fmt[1:] if fmt[0] == '@' else fmt
        parts, offset, end = [], 0, 0
        for match in _TOKEN.finditer(body):
            end = match.end()
            count, code = match.group(1), match.group(2)
            size = _SIZES.get(code)
            if size is None:
                return fmt  # not a format: Jython's struct gives the error
            n = int(count) if count else 1
            if code in 'sp':
                offset += n
            elif code == 'x':
                offset += n
            else:
                pad = -offset % size
                if pad:
                    parts.append('%dx' % pad)
                offset += pad + size * n
            parts.append(count + _WIDE.get(code, code))
        if body[end:].strip():
            return fmt
        done = '<' + ''.join(parts)
    if len(_explicit) < 1000:
        _explicit[fmt] = done
    return done


_INT_MIN, _INT_MAX = -2147483648, 2147483647  # Jython's int


def _ints(values):
    """Jython's struct answers a long for 'I', 'q', 'Q' (and the native 'l' rewritten as 'q')
    whatever the value; CPython 2 answers an int when the value fits one."""
    return tuple(int(v) if type(v) is long and _INT_MIN <= v <= _INT_MAX else v  # noqa: F821
                 for v in values)


def pack(fmt, *values):
    return _engine['pack'](_little(fmt), *values)


def unpack(fmt, data):
    return _ints(_engine['unpack'](_little(fmt), data))


def calcsize(fmt):
    return _engine['calcsize'](_little(fmt))


def pack_into(fmt, buffer, offset, *values):
    return _engine['pack_into'](_little(fmt), buffer, offset, *values)


def unpack_from(fmt, buffer, offset=0):
    return _ints(_engine['unpack_from'](_little(fmt), buffer, offset))


class Struct(object):
    """Struct(fmt) --> compiled struct object"""

    def __init__(self, format):
        self._struct = _engine['Struct'](_little(format))
        self.format = format
        self.size = self._struct.size

    def pack(self, *values):
        return self._struct.pack(*values)

    def unpack(self, data):
        return _ints(self._struct.unpack(data))

    def pack_into(self, buffer, offset, *values):
        return self._struct.pack_into(buffer, offset, *values)

    def unpack_from(self, buffer, offset=0):
        return _ints(self._struct.unpack_from(buffer, offset))


def _clearcache():
    """Clear the internal cache."""
    _explicit.clear()


for _f in (pack, unpack, calcsize, pack_into, unpack_from, Struct, _clearcache):
    _f.__module__ = 'struct'
    setattr(_target, _f.__name__, _f)
_target.error = error
_target.__doc__ = getattr(_jython_struct, '__doc__', None)
