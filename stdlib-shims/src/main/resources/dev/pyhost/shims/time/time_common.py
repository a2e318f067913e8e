# time overlay, both versions: _target is the engine's time module. GraalPy's strftime() wrote the
# local zone's name for %Z whatever the time (a gmtime() read 'CET' in Paris, a summer time 'CET'
# too); both engines left %z as it was and lost the character after it. Here %Z and %z are
# replaced, before the engine formats the rest, as CPython on Linux fills them: from a
# struct_time's tm_zone and tm_gmtoff (Python 3); otherwise (a plain tuple, and every time on
# Python 2, whose struct_time has neither) tzname[isdst] and +0000, or nothing when isdst is
# negative.
import sys as _sys

_text_types = (str, unicode) if _sys.version_info[0] < 3 else (str,)  # noqa: F821 (Python 2)
_engine_strftime = _target.strftime
_struct_time = _target.struct_time


def _zone(t):
    if isinstance(t, _struct_time) and getattr(t, 'tm_zone', None) is not None:
        return t.tm_zone, t.tm_gmtoff
    isdst = t[8]
    if isdst < 0:
        return '', None
    return _target.tzname[1 if isdst > 0 else 0], 0


def _offset(seconds):
    if seconds is None:
        return ''
    sign = '-' if seconds < 0 else '+'
    seconds = abs(int(seconds))
    return '%s%02d%02d' % (sign, seconds // 3600, seconds % 3600 // 60)


def _with_zone(format, t):
    name, gmtoff = _zone(t)
    out = []
    i, n = 0, len(format)
    while i < n:
        j = format.find('%', i)
        if j < 0 or j + 1 >= n:
            out.append(format[i:])
            break
        out.append(format[i:j])
        c = format[j + 1]
        if c == 'Z':
            out.append(name.replace('%', '%%'))
        elif c == 'z':
            out.append(_offset(gmtoff))
        else:
            out.append(format[j:j + 2])
        i = j + 2
    return ''.join(out)


_PY3 = _sys.version_info[0] >= 3
_int_types = (int,) if _PY3 else (int, long)  # noqa: F821 (Python 2)


def _c_fields(t):
    """struct tm's fields (and tm_gmtoff) from a time tuple, after the checks, adjustments and
    errors of CPython's time module (2.7 or 3.12)."""
    if _PY3:
        if not isinstance(t, (tuple, _struct_time)):
            raise TypeError('Tuple or struct_time argument required')
        if len(t) != 9:
            raise TypeError('strftime(): illegal time tuple argument')
    else:
        if isinstance(t, (str, unicode)) or not hasattr(t, '__len__') or not hasattr(t, '__getitem__'):  # noqa: F821
            raise TypeError('argument must be 9-item sequence, not %s'
                            % ('None' if t is None else type(t).__name__))
        if len(t) != 9:
            raise TypeError('argument must be sequence of length 9, not %d' % len(t))
    fields = tuple(t)
    for v in fields:
        if not isinstance(v, _int_types):
            if _PY3:
                raise TypeError("'%s' object cannot be interpreted as an integer" % type(v).__name__)
            raise TypeError('integer argument expected, got float' if isinstance(v, float)
                            else 'an integer is required')
        if v > 0x7fffffff:
            raise OverflowError('signed integer is greater than maximum')
        if v < -0x80000000:
            raise OverflowError('signed integer is less than minimum')
    year, mon, mday, hour, minute, sec, wday, yday, isdst = fields
    if _PY3 and year - 1900 < -0x80000000:  # tm_year would not fit a C int
        raise OverflowError('year out of range')
    if year < 1900 and not _PY3:
        if not getattr(_target, 'accept2dyear', 1):
            raise ValueError('year >= 1900 required')
        if 69 <= year <= 99:
            year += 1900
        elif 0 <= year <= 68:
            year += 2000
        else:
            raise ValueError('year out of range')
    mon -= 1
    if mon == -1:
        mon = 0
    elif not 0 <= mon <= 11:
        raise ValueError('month out of range')
    if mday == 0:
        mday = 1
    elif not 1 <= mday <= 31:
        raise ValueError('day of month out of range')
    if not 0 <= hour <= 23:
        raise ValueError('hour out of range')
    if not 0 <= minute <= 59:
        raise ValueError('minute out of range')
    if not 0 <= sec <= 61:
        raise ValueError('seconds out of range')
    wday += 1  # C's % keeps the sign: a Monday of -2 stays below zero
    wday = wday % 7 if wday >= 0 else -(-wday % 7)
    if wday < 0:
        raise ValueError('day of week out of range')
    yday -= 1
    if yday == -1:
        yday = 0
    elif not 0 <= yday <= 365:
        raise ValueError('day of year out of range')
    isdst = max(-1, min(1, isdst))
    return [sec, minute, hour, mday, mon, year - 1900, wday, yday, isdst, 0]


def _c_strftime(format, t):
    """CPython's time.strftime on Linux: the C library's, in the C locale; None where the engine
    is to format (Python 2: a format CPython 2 refuses with a TypeError; no C library)."""
    if _PY3:
        if not isinstance(format, str):
            raise TypeError('strftime() argument 1 must be str, not %s' % type(format).__name__)
        if '\0' in format:
            raise ValueError('embedded null character')
        data = format.encode('utf-8', 'surrogateescape')
    else:
        if isinstance(format, unicode):  # noqa: F821 (Python 2): CPython 2 takes a str
            format = format.encode('ascii')
        if not isinstance(format, str):  # Jython's own raised a Java NullPointerException for None
            raise TypeError('strftime() argument 1 must be string, not %s'
                            % ('None' if format is None else type(format).__name__))
        if '\0' in format:
            return None
        data = format
    fields = _c_fields(t)
    name, _ = _zone(t)
    if b'%' in data and (b'Z' in data or b'z' in data):
        data = _with_zone(format, t)
        if _PY3:
            data = data.encode('utf-8', 'surrogateescape')
    if _PY3:
        name = name.encode('utf-8', 'surrogateescape')
    text = _core.strftime(data.decode('latin-1'), fields, name.decode('latin-1'))
    if text is None:
        return None
    if _PY3:
        return str(text).encode('latin-1').decode('utf-8', 'surrogateescape')
    return _str_of(text)


_c_library = _core is not None
if _c_library and not _PY3:
    _str_of = __import__('_pyhost').jython_bytes.str_of
    # as CPython 2 sets it (Jython's was 0): two-digit years taken unless PYTHONY2K is set
    _target.accept2dyear = 0 if __import__('os').environ.get('PYTHONY2K') else 1


# Directives each engine formats as the C library does in the C locale (%Z and %z are filled
# in before it formats). An ASCII format of only these, with a struct_time the engine made
# (always in range), is left to the engine: the C path's checks cost more than the formatting,
# interpreted (GraalPy: about 150 us a call against 30).
_ENGINE_DIRECTIVES = frozenset('aAbBdHIjmMpSUwWxXyYZz%' + ('c' if _PY3 else ''))
_engine_formats = {}


def _engine_formats_it(format):
    known = _engine_formats.get(format)
    if known is None:
        # Jython garbled bytes past ASCII
        known = not format or max(format) < '\x80'
        i = format.find('%') if known else -1
        while i >= 0:
            if format[i + 1:i + 2] not in _ENGINE_DIRECTIVES or i + 1 == len(format):
                known = False
                break
            i = format.find('%', i + 2)
        if len(_engine_formats) > 256:
            _engine_formats.clear()
        _engine_formats[format] = known
    return known


def _engine_format(format, t):
    if isinstance(format, _text_types) and '%' in format and ('Z' in format or 'z' in format):
        try:
            zoned = _with_zone(format, t)
        except Exception:
            zoned = format  # not a time tuple: the engine says so as CPython does
        return _engine_strftime(zoned, t)
    return _engine_strftime(format, t)


def strftime(*args, **kwargs):
    """strftime(format[, tuple]) -> string

Convert a time tuple to a string according to a format specification.
See the library reference manual for formatting codes. When the time tuple
is not present, current time as returned by localtime() is used."""
    if kwargs:
        raise TypeError('strftime() takes no keyword arguments')
    if not 1 <= len(args) <= 2:
        raise TypeError('strftime() takes at %s (%d given)'
                        % ('least 1 argument' if not args else 'most 2 arguments', len(args)))
    format = args[0]
    t = args[1] if len(args) > 1 else _target.localtime()
    if _c_library and not (type(t) is _struct_time and type(format) is str and _engine_formats_it(format)):
        text = _c_strftime(format, t)
        if text is not None:
            return text
    return _engine_format(format, t)


strftime.__module__ = _target.__name__
_target.strftime = strftime
