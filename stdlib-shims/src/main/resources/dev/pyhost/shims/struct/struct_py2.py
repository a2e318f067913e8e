# struct for Python 2 (Jython): _target is the module being built, over Jython's own.
#
# Jython lays native formats ('@', '=' or none) out as a big-endian machine with Java's sizes
# ('l' of 4 bytes, no alignment): struct.unpack('hi32s', utmp_record) read C's records wrong and
# calcsize('hhllhh') was 16 where CPython's is 28. Native formats are written here as the
# explicit little-endian formats of 64-bit Linux (its sizes and alignment), which Jython's own
# code then packs; '<', '>' and '!' keep their order and standard sizes.
#
# The values are checked here as CPython 2.7's _struct checks them, with its errors and words:
# Jython packed an integer out of a code's range by dropping its high bits (pack('b', -129) gave
# '\x7f'), had no '?' code at all, refused floats and objects with __index__ for integer codes,
# wrote into no bytearray with pack_into and read no memoryview. Jython's code packs the checked
# values.
import re as _re
import sys as _sys
import warnings as _warnings
from operator import index as _index

from org.python.modules import struct as _jython_struct

# (Jython's module is a Java class, whose static methods are these)
_engine_pack = _jython_struct.pack
_engine_unpack = _jython_struct.unpack
error = _jython_struct.error

# code: (native size, standard size); 'P' is native only
_SIZES = {'x': (1, 1), 'c': (1, 1), 'b': (1, 1), 'B': (1, 1), '?': (1, 1), 'h': (2, 2), 'H': (2, 2),
          'i': (4, 4), 'I': (4, 4), 'l': (8, 4), 'L': (8, 4), 'q': (8, 8), 'Q': (8, 8), 'f': (4, 4),
          'd': (8, 8), 's': (1, 1), 'p': (1, 1), 'P': (8, None)}
# the code Jython's struct packs for each (in '<' or '>' with standard sizes)
_ENGINE_CODE = {'?': 'B', 'P': 'Q'}
_NATIVE_WIDE = {'l': 'q', 'L': 'Q'}
_TOKEN = _re.compile(r'\s*(\d*)\s*(\S?)')
_FLT_MAX = 3.4028234663852886e+38
_SSIZE_MAX = _sys.maxsize  # Jython's: no string is longer
_layouts = {}


def _format_text(fmt):
    if isinstance(fmt, unicode):  # noqa: F821 (Python 2)
        return str(fmt)
    if not isinstance(fmt, str):
        raise TypeError('Struct() argument 1 must be string, not %s' % type(fmt).__name__)
    return fmt


class _Layout(object):
    """A format read once: the explicit format Jython packs, the size, and a check per value."""
    __slots__ = ('engine_format', 'size', 'checks', 'values', 'bools', 'longs', 'packer')

    def __init__(self, fmt):
        order = fmt[:1]
        if order in ('@', '=', '<', '>', '!'):
            body = fmt[1:]
        else:
            order, body = '@', fmt
        native = order == '@'
        little = order in ('@', '=', '<')  # this machine's order is little-endian
        parts, checks, bools = [], [], []
        offset = values = 0
        pos = 0
        while pos < len(body):
            match = _TOKEN.match(body, pos)
            pos = match.end()
            count, code = match.group(1), match.group(2)
            if not code:
                break  # a count at the end counts nothing, as in CPython
            sizes = _SIZES.get(code)
            size = sizes and sizes[0 if native else 1]
            if size is None:
                raise error('bad char in struct format')
            n = int(count) if count else 1
            if native and code not in 'xcsp?bB':
                pad = -offset % size
                if pad:
                    parts.append('%dx' % pad)
                    offset += pad
            engine_code = _ENGINE_CODE.get(code, code)
            if native:
                engine_code = _NATIVE_WIDE.get(code, engine_code)
            parts.append('%d%s' % (n, engine_code))
            offset += n * size
            if offset > _SSIZE_MAX:
                raise error('total struct size too long')
            if code in 'sp':
                checks.append((_string_check(code), 1))
                values += 1
            elif code != 'x':
                if code == '?':
                    bools.append((values, n))
                checks.append((_check_for(code, size, native, little), n))
                values += n
        self.engine_format = ('<' if little else '>') + ''.join(parts)
        self.size = offset
        self.checks = checks  # (check, how many values in a row)
        self.values = values
        self.bools = bools  # (first, how many)
        self.longs = any(code in 'IlLqQP' for code in body)  # what Jython may answer as a long
        self.packer = _packer(self)


def _layout(fmt):
    lay = _layouts.get(fmt) if type(fmt) is str else None
    if lay is None:
        text = _format_text(fmt)
        lay = _Layout(text)
        if len(_layouts) >= 1000:
            _layouts.clear()
        _layouts[text] = lay
    return lay


# -- the checks of values, by code ---------------------------------------------------------------

def _as_integer(v):
    """CPython 2.7's get_pylong: ints and longs, __index__, else __int__ with a warning."""
    if isinstance(v, (int, long)):  # noqa: F821 (Python 2)
        return v
    if hasattr(type(v), '__index__'):
        try:
            return _index(v)
        except (TypeError, AttributeError):
            pass  # no index after all: __int__ then, as CPython 2.7 falls back
    if isinstance(v, float):
        _warnings.warn('integer argument expected, got float', DeprecationWarning, stacklevel=5)
    elif hasattr(type(v), '__int__') and not isinstance(v, basestring):  # noqa: F821
        _warnings.warn('integer argument expected, got non-integer (implicit conversion using __int__ '
                       'is deprecated)', DeprecationWarning, stacklevel=5)
    else:
        raise error('cannot convert argument to integer')
    n = int(v)
    if not isinstance(n, (int, long)):  # noqa: F821
        raise TypeError('__int__ method returned non-integer')
    return n


def _check_for(code, size, native, little):
    if code == '?':
        return _bool
    if code == 'c':
        return _char
    if code in 'fd':
        return _float_check(code == 'f', native)
    if code == 'P':
        return _pointer
    # the native routines (and, on this little-endian machine, the '<' and '=' ones of the same
    # size, which CPython swaps in for them) convert 'b', 'B', 'h' and 'H' as signed C longs and
    # word their range errors their own way; 'H' big-endian, 'I', 'L', 'Q' convert as unsigned
    unsigned = code in 'ILQ' or (code == 'H' and not little)
    bits = size * 8
    if code == 'b':
        return _integer_check(code, unsigned, -128, 127, 'byte format requires -128 <= number <= 127')
    if code == 'B':
        return _integer_check(code, unsigned, 0, 255, 'ubyte format requires 0 <= number <= 255')
    if code == 'h' and little:
        return _integer_check(code, unsigned, -32768, 32767, 'short format requires SHRT_MIN <= number <= SHRT_MAX')
    if code == 'H' and little:
        return _integer_check(code, unsigned, 0, 65535, 'ushort format requires 0 <= number <= USHRT_MAX')
    if bits >= 64:
        return _integer_check(code, unsigned, None, None, None)
    if code.isupper():
        low, high = 0, (1 << bits) - 1
    else:
        low, high = -(1 << (bits - 1)), (1 << (bits - 1)) - 1
    return _integer_check(code, unsigned, low, high, "'%s' format requires %d <= number <= %d" % (code, low, high))


def _integer_check(code, unsigned, low, high, message):
    out_of_range = "integer out of range for '%s' format code" % code
    if unsigned:
        whole_low, whole_high = 0, (1 << 64) - 1
    else:
        whole_low, whole_high = -(1 << 63), (1 << 63) - 1

    def check(v):
        n = _as_integer(v)
        if not whole_low <= n <= whole_high:
            raise error(out_of_range)
        if low is not None and not low <= n <= high:
            raise error(message)
        return n
    # (V: the value; Jython's ints are 32-bit, within every code's whole range)
    if low is not None:
        check.fast = 'type(V) is int and %d <= V <= %d' % (low, high)
    else:
        check.fast = 'type(V) is int and V >= 0' if unsigned else 'type(V) is int'
    return check


def _bool(v):
    return 1 if v else 0


_bool.inline = '(1 if V else 0)'


def _char(v):
    if not isinstance(v, str) or len(v) != 1:
        raise error('char format require string of length 1')
    return v


_char.fast = 'type(V) is str and len(V) == 1'


def _pointer(v):
    n = _as_integer(v)
    if n >= 1 << 64 or n < -(1 << 63):
        raise OverflowError('long int too large to convert')
    return n + (1 << 64) if n < 0 else n


def _string_check(code):
    message = "argument for '%s' must be a string" % code

    def check(v):
        if not isinstance(v, str):
            raise error(message)
        return v
    check.fast = 'type(V) is str'
    return check


def _float_check(single, native):
    def check(v):
        if isinstance(v, basestring) or not hasattr(type(v), '__float__'):  # noqa: F821
            raise error('required argument is not a float')
        try:
            x = float(v)
        except OverflowError:
            raise error('required argument is not a float')
        if single and abs(x) > _FLT_MAX and x == x and abs(x) != float('inf'):
            if not native:
                raise OverflowError('float too large to pack with f format')
            x = float('inf') if x > 0 else float('-inf')  # a C cast, as CPython's native 'f'
        return x
    check.fast = 'type(V) is float and -%r <= V <= %r' % (_FLT_MAX, _FLT_MAX) if single else 'type(V) is float'
    return check


# -- packing and unpacking ------------------------------------------------------------------------

def _pack(lay, values):
    """The layout's values checked and packed (public callers call the packer themselves, so
    that a warning names their caller's line at the same depth either way)."""
    if lay.packer is not None:
        return lay.packer(values)
    return _pack_loop(lay, values)


def _pack_loop(lay, values):
    if len(values) != lay.values:
        raise error('pack expected %d items for packing (got %d)' % (lay.values, len(values)))
    checked = []
    at = 0
    for check, n in lay.checks:
        for v in values[at:at + n]:
            checked.append(check(v))
        at += n
    return _engine_pack(lay.engine_format, *checked)


def _packer(lay):
    """The layout's values checked by code made for it, as CPython compiles a format: a value of
    the usual type and range passes with a test written out here (most do), any other goes to its
    code's whole check. None for formats of many values (_pack_loop does those)."""
    if lay.values > 64:
        return None
    names = ['v%d' % i for i in range(lay.values)]
    lines = ['def packer(values):',
             '    if len(values) != %d:' % lay.values,
             '        raise _error(%r %% len(values))' % ('pack expected %d items for packing (got %%d)' % lay.values)]
    if names:
        lines.append('    %s, = values' % ', '.join(names))
    scope = {'_error': error, '_engine_pack': _engine_pack}
    at = 0
    for check, n in lay.checks:
        for _ in range(n):
            v = names[at]
            scope['c%d' % at] = check
            inline, fast = getattr(check, 'inline', None), getattr(check, 'fast', None)
            if inline:
                lines.append('    %s = %s' % (v, inline.replace('V', v)))
            elif fast:
                lines.append('    if not (%s):' % fast.replace('V', v))
                lines.append('        %s = c%d(%s)' % (v, at, v))
            else:
                lines.append('    %s = c%d(%s)' % (v, at, v))
            at += 1
    lines.append('    return _engine_pack(%r%s)' % (lay.engine_format, ''.join(', ' + v for v in names)))
    exec('\n'.join(lines) + '\n', scope)
    return scope['packer']


_INT_MIN, _INT_MAX = -2147483648, 2147483647  # Jython's int


def _unpacked(lay, data):
    """Jython's struct answers a long for 'I', 'q', 'Q' (and the native 'l' rewritten as 'q')
    whatever the value; CPython 2 answers an int when the value fits one; '?' gives bools."""
    values = _engine_unpack(lay.engine_format, data)
    if not lay.longs and not lay.bools:
        return values
    values = [int(v) if type(v) is long and _INT_MIN <= v <= _INT_MAX else v  # noqa: F821
              for v in values]
    for first, n in lay.bools:
        for at in range(first, first + n):
            values[at] = bool(values[at])
    return tuple(values)


def _bytes_of(data):
    """The bytes a buffer holds, as CPython 2 reads them through the buffer interface."""
    if isinstance(data, str):
        return data
    if isinstance(data, (bytearray, buffer, unicode)):  # noqa: F821 (Python 2)
        return str(data)
    if isinstance(data, memoryview):
        return data.tobytes()
    if hasattr(data, 'tostring') and hasattr(data, 'typecode'):  # array.array, in its byte order
        return data.tostring()
    return None


def pack(fmt, *values):
    lay = _layout(fmt)
    return lay.packer(values) if lay.packer is not None else _pack_loop(lay, values)


def unpack(fmt, data):
    lay = _layout(fmt)
    return _unpack(lay, data)


def _unpack(lay, data):
    data = _bytes_of(data)
    if data is None or len(data) != lay.size:
        raise error('unpack requires a string argument of length %d' % lay.size)
    return _unpacked(lay, data)


def calcsize(fmt):
    return _layout(fmt).size


def pack_into(fmt, buffer, offset, *values):
    return _pack_into(_layout(fmt), buffer, offset, values)


def _pack_into(lay, target, offset, values):
    if isinstance(target, memoryview):
        owner = getattr(target, 'obj', None)
        target = owner if isinstance(owner, bytearray) and len(owner) == len(target) else target
    if isinstance(target, bytearray):
        length = len(target)
    elif hasattr(target, 'tostring') and hasattr(target, 'typecode'):
        length = len(target) * target.itemsize
    else:
        raise TypeError('argument must be read-write buffer, not %s'
                        % ('None' if target is None else type(target).__name__))
    offset = _index(offset)
    if offset < 0:
        offset += length
    if offset < 0 or length - offset < lay.size:
        raise error('pack_into requires a buffer of at least %d bytes' % lay.size)
    data = _pack(lay, values)
    if isinstance(target, bytearray):
        target[offset:offset + len(data)] = data
    else:
        old = target.tostring()
        whole = target.__class__(target.typecode)
        whole.fromstring(old[:offset] + data + old[offset + len(data):])
        target[:] = whole


def unpack_from(fmt, buffer, offset=0):
    return _unpack_from(_layout(fmt), buffer, offset)


def _unpack_from(lay, buffer, offset):
    data = _bytes_of(buffer)
    if data is None:
        raise error('unpack_from requires a buffer argument')
    offset = _index(offset)
    if offset < 0:
        offset += len(data)
    if offset < 0 or len(data) - offset < lay.size:
        raise error('unpack_from requires a buffer of at least %d bytes' % lay.size)
    return _unpacked(lay, data[offset:offset + lay.size])


class Struct(object):
    """Struct(fmt) --> compiled struct object

Return a new Struct object which writes and reads binary data according to
the format string fmt.  See struct.__doc__ for more on format strings."""

    def __init__(self, format):
        self.format = _format_text(format)
        self._layout = _Layout(self.format)
        self.size = self._layout.size

    def pack(self, *values):
        lay = self._layout
        return lay.packer(values) if lay.packer is not None else _pack_loop(lay, values)

    def unpack(self, data):
        return _unpack(self._layout, data)

    def pack_into(self, buffer, offset, *values):
        return _pack_into(self._layout, buffer, offset, values)

    def unpack_from(self, buffer, offset=0):
        return _unpack_from(self._layout, buffer, offset)


def _clearcache():
    """Clear the internal cache."""
    _layouts.clear()


for _f in (pack, unpack, calcsize, pack_into, unpack_from, Struct, _clearcache):
    _f.__module__ = 'struct'
    setattr(_target, _f.__name__, _f)
_target.error = error
_target.__doc__ = getattr(_jython_struct, '__doc__', None)
