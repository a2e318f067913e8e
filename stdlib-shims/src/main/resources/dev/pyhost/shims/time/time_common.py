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


def strftime(format, t=None):
    """strftime(format[, tuple]) -> string

Convert a time tuple to a string according to a format specification.
See the library reference manual for formatting codes. When the time tuple
is not present, current time as returned by localtime() is used."""
    if t is None:
        t = _target.localtime()
    if isinstance(format, _text_types) and '%' in format and ('Z' in format or 'z' in format):
        try:
            zoned = _with_zone(format, t)
        except Exception:
            zoned = format  # not a time tuple: the engine says so as CPython does
        return _engine_strftime(zoned, t)
    return _engine_strftime(format, t)


strftime.__module__ = _target.__name__
_target.strftime = strftime
