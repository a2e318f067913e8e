# logging overlay for Python 3 (GraalPy): _target is GraalPy's logging package. The module does
# the work as CPython's does; two steps of every formatted record are made cheap on GraalPy, where
# they cost several times CPython's, with the same output:
# - the time: a record's asctime depends only on the whole second it was made in, so the
#   strftime() text of the last second is kept and reused (time.strftime was most of
#   Formatter.format's time);
# - the '%' style: '%(name)s' formatting against the record's __dict__ is compiled once per format
#   string into positional formatting of the same fields, in the same order, with the same
#   conversion specs (KeyError for a missing field, as before).
import time as _time

_Formatter = _target.Formatter
_PercentStyle = _target.PercentStyle
_standard_converters = (_time.localtime, _time.gmtime)
_last_time = (None, None)  # ((converter, format, second, tzname), text): one tuple, swapped whole


def _strftime(converter, fmt, created):
    global _last_time
    second = created // 1
    key = (converter, fmt, second, _time.tzname)
    last = _last_time
    if last[0] == key:
        return last[1]
    text = _time.strftime(fmt, converter(created))
    _last_time = (key, text)
    return text


def formatTime(self, record, datefmt=None):
    converter = self.converter
    if converter not in _standard_converters:
        return _engine_formatTime(self, record, datefmt)
    if datefmt:
        return _strftime(converter, datefmt, record.created)
    s = _strftime(converter, self.default_time_format, record.created)
    if self.default_msec_format:
        s = self.default_msec_format % (s, record.msecs)
    return s


_engine_formatTime = _Formatter.formatTime
formatTime.__doc__ = _engine_formatTime.__doc__
formatTime.__qualname__ = 'Formatter.formatTime'
formatTime.__module__ = _engine_formatTime.__module__
_Formatter.formatTime = formatTime

_FIELD_CHARS = frozenset('abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZ0123456789_')
_SPEC_FLAGS = '#0- +'
_SPEC_TYPES = 'diouxXeEfFgGcrsa'
_compiled = {}


def _compile(fmt):
    """'%(a)s-%(b)5d%%' -> a function of the values mapping; None when the format is anything
    else (then the engine's own formatting runs, errors included)."""
    out = []
    names = []
    i, n = 0, len(fmt)
    while i < n:
        j = fmt.find('%', i)
        if j < 0:
            out.append(fmt[i:])
            break
        out.append(fmt[i:j])
        if fmt[j + 1:j + 2] == '%':
            out.append('%%')
            i = j + 2
            continue
        if fmt[j + 1:j + 2] != '(':
            return None
        k = fmt.find(')', j + 2)
        name = fmt[j + 2:k] if k > 0 else ''
        if not name or not _FIELD_CHARS.issuperset(name) or name[0].isdigit():
            return None
        m = k + 1
        while m < n and fmt[m] in _SPEC_FLAGS:
            m += 1
        while m < n and fmt[m].isdigit():
            m += 1
        if m < n and fmt[m] == '.':
            m += 1
            while m < n and fmt[m].isdigit():
                m += 1
        if m >= n or fmt[m] not in _SPEC_TYPES:
            return None
        out.append('%' + fmt[k + 1:m + 1])
        names.append(name)
        i = m + 1
    if len(names) > 40:
        return None
    positional = ''.join(out)
    fields = ', '.join('v[%r]' % name for name in names)
    source = 'lambda v: %r %% (%s%s)' % (positional, fields, ',' if names else '')
    return eval(source, {})


def _format(self, record):
    fmt = self._fmt
    fn = _compiled.get(fmt, _compile)
    if fn is _compile:
        if len(_compiled) > 256:
            _compiled.clear()
        fn = _compiled[fmt] = _compile(fmt) if type(fmt) is str else None
    if fn is None:
        return _engine_percent_format(self, record)
    defaults = self._defaults
    return fn(defaults | record.__dict__ if defaults else record.__dict__)


_engine_percent_format = _PercentStyle._format
_format.__qualname__ = 'PercentStyle._format'
_format.__module__ = _engine_percent_format.__module__
_PercentStyle._format = _format
