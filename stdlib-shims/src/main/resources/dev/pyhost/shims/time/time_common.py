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


def _c_fields(t):
    """struct tm's fields (and tm_gmtoff) from a 9-tuple, after CPython 2.7's checks and
    adjustments; None for what CPython 2.7 refuses with a TypeError (the engine says so)."""
    if not isinstance(t, (tuple, list, _struct_time)) or len(t) != 9:
        return None
    t = tuple(t)
    for v in t:
        if not isinstance(v, (int, long)):  # noqa: F821 (Python 2)
            return None
    year, mon, mday, hour, minute, sec, wday, yday, isdst = t
    if year < 1900:
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
    """CPython 2.7's time.strftime on Linux: the C library's, in the C locale; None where the
    engine is to format (what CPython refuses with a TypeError, or no C library)."""
    if isinstance(format, unicode):  # noqa: F821 (Python 2): CPython 2 takes a str
        format = format.encode('ascii')
    if not isinstance(format, str) or '\0' in format:
        return None
    fields = _c_fields(t)
    if fields is None:
        return None
    name, _ = _zone(t)
    if '%' in format and ('Z' in format or 'z' in format):
        format = _with_zone(format, t)
    text = _core.strftime(format.decode('latin-1'), fields, name.decode('latin-1'))
    return None if text is None else _str_of(text)


_c_library = _sys.version_info[0] < 3 and _core is not None
if _c_library:
    _str_of = __import__('_pyhost').jython_bytes.str_of
    # as CPython 2 sets it (Jython's was 0): two-digit years taken unless PYTHONY2K is set
    _target.accept2dyear = 0 if __import__('os').environ.get('PYTHONY2K') else 1


def strftime(format, t=None):
    """strftime(format[, tuple]) -> string

Convert a time tuple to a string according to a format specification.
See the library reference manual for formatting codes. When the time tuple
is not present, current time as returned by localtime() is used."""
    if t is None:
        t = _target.localtime()
    if _c_library:
        text = _c_strftime(format, t)
        if text is not None:
            return text
    if isinstance(format, _text_types) and '%' in format and ('Z' in format or 'z' in format):
        try:
            zoned = _with_zone(format, t)
        except Exception:
            zoned = format  # not a time tuple: the engine says so as CPython does
        return _engine_strftime(zoned, t)
    return _engine_strftime(format, t)


strftime.__module__ = _target.__name__
_target.strftime = strftime
