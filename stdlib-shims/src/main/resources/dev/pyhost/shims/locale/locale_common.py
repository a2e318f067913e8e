# locale overlay, both Python versions: _target is the engine's locale module, _core a
# dev.pyhost.shims.locale.LocaleCore (or None: the engine's locale stays as it is). The C
# library's setlocale as CPython reaches it through _locale: the locales the system has (C,
# POSIX and C.UTF-8 included), refused with locale.Error('unsupported locale setting') otherwise,
# a name per category, and localeconv() read from the C library. Jython's emulation took only
# 'C'; GraalPy refused 'C.UTF-8' and took locales the system does not have.
import os as _os
import sys as _sys

if _core is not None:
    class Error(Exception):
        pass

    Error.__module__ = 'locale'

    _VARIABLES = ('LC_ALL', 'LC_CTYPE', 'LC_NUMERIC', 'LC_TIME', 'LC_COLLATE', 'LC_MONETARY',
                  'LC_MESSAGES', 'LC_PAPER', 'LC_NAME', 'LC_ADDRESS', 'LC_TELEPHONE',
                  'LC_MEASUREMENT', 'LC_IDENTIFICATION', 'LANG')
    _PY3 = _sys.version_info[0] >= 3
    _text = str if _PY3 else basestring

    def _environment():
        env = _os.environ
        return dict((k, env[k]) for k in _VARIABLES if k in env)

    def _c_setlocale(category, locale=None):
        """setlocale(category, locale=None) -> string.
    Activates/queries locale processing."""
        if not isinstance(category, int):
            if _PY3 or not isinstance(category, long):
                raise TypeError('an integer is required' if not _PY3 else
                                "'%s' object cannot be interpreted as an integer" % type(category).__name__)
        if locale is not None and not isinstance(locale, _text):
            raise TypeError('setlocale() argument 2 must be str or None, not %s' % type(locale).__name__
                            if _PY3 else 'setlocale() argument 2 must be string or None, not %s'
                            % type(locale).__name__)
        if locale is not None and '\0' in locale:
            if _PY3:
                raise ValueError('embedded null character')
            raise TypeError('setlocale() argument 2 must be string without null bytes or None, not str')
        # the environment matters only to '' (a name from LC_ALL, LC_*, LANG)
        name = _core.setlocale(int(category), locale, _environment() if locale == '' else None)
        if name is None:
            raise Error('unsupported locale setting' if locale is not None else 'locale query failed')
        return str(name)

    def _text_of(value):
        return str(value) if _PY3 else unicode(value)

    def _char(value):
        # as glibc's localeconv: a field the locale leaves unset ('\377') reads CHAR_MAX
        if not value:
            return 0
        v = ord(value[0])
        return 127 if v == 255 else (v - 256 if v > 127 else v)

    def _grouping(value):
        if value and ord(value[0]) in (127, 255):
            return []  # as glibc's localeconv: no grouping
        out = []
        for ch in value:
            v = _char(ch)
            out.append(v)
            if v == 127:
                return out
        if out:
            out.append(0)
        return out

    def _string(value):
        raw = value.encode('latin-1')  # the C library's bytes, one char each
        return raw.decode('utf-8', 'surrogateescape') if _PY3 else raw

    def _c_localeconv():
        """() -> dict. Returns numeric and monetary locale-specific parameters."""
        v = [_text_of(x) for x in _core.conventions()]
        return {
            'decimal_point': _string(v[0]), 'thousands_sep': _string(v[1]), 'grouping': _grouping(v[2]),
            'int_curr_symbol': _string(v[3]), 'currency_symbol': _string(v[4]),
            'mon_decimal_point': _string(v[5]), 'mon_thousands_sep': _string(v[6]),
            'mon_grouping': _grouping(v[7]), 'positive_sign': _string(v[8]),
            'negative_sign': _string(v[9]), 'int_frac_digits': _char(v[10]),
            'frac_digits': _char(v[11]), 'p_cs_precedes': _char(v[12]),
            'p_sep_by_space': _char(v[13]), 'n_cs_precedes': _char(v[14]),
            'n_sep_by_space': _char(v[15]), 'p_sign_posn': _char(v[16]), 'n_sign_posn': _char(v[17]),
        }

    _c_setlocale.__name__ = 'setlocale'
    _c_localeconv.__name__ = 'localeconv'
    _target.Error = Error
    _target._setlocale = _c_setlocale
    _target._localeconv = _c_localeconv
    if _PY3:
        _core.startAsPython3(_environment())  # LC_CTYPE as CPython 3 starts (PEP 538), when first asked
