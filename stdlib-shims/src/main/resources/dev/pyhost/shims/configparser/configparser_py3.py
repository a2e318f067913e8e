# configparser overlay for Python 3 (GraalPy): _target is the engine's configparser (CPython
# 3.12's code), _core a dev.pyhost.shims.configparser.ConfigCore. Reading and writing files go to
# the Java core; the API, interpolation and error classes stay CPython's.
import io as _io
import os as _os

_FOLD_ASCII, _FOLD_LOWER, _FOLD_NONE, _FOLD_PYTHON = 0, 1, 2, 3
_Raw = _target.RawConfigParser
_stock_read = _Raw._read
_stock_write = _Raw.write
_stock_write_section = _Raw._write_section
_default_xform = _Raw.optionxform
_SectionProxy = _target.SectionProxy
_Interpolation = _target.Interpolation
_MissingSectionHeaderError = _target.MissingSectionHeaderError
_DuplicateSectionError = _target.DuplicateSectionError
_DuplicateOptionError = _target.DuplicateOptionError
_WHOLE_READ = (_io.TextIOWrapper, _io.StringIO)


def _fold(parser):
    xf = parser.optionxform
    if getattr(xf, '__func__', None) is _default_xform:
        return _FOLD_LOWER
    if xf is str:
        return _FOLD_NONE
    return _FOLD_PYTHON


def _supported(regex):
    return isinstance(regex.pattern, str) and _core.patternSupported(regex.pattern, regex.flags)


def _read(self, fp, fpname):
    sectcre = self.SECTCRE
    optcre = self._optcre
    if not (_supported(sectcre) and _supported(optcre)):
        return _stock_read(self, fp, fpname)
    if isinstance(fp, _WHOLE_READ):
        text = fp.read()
        lines = None
    else:
        lines = list(fp)
        text = None
        if not all(type(line) is str for line in lines):
            return _stock_read(self, iter(lines), fpname)
    fold = _fold(self)
    comments = list(self._comment_prefixes)
    inline = list(self._inline_comment_prefixes)
    if not all(type(p) is str for p in comments + inline):
        return _stock_read(self, iter(lines) if lines is not None else _io.StringIO(text), fpname)
    args = (sectcre.pattern, sectcre.flags, optcre.pattern, optcre.flags, comments, inline,
            bool(self._strict), bool(self._empty_lines_in_values), str(self.default_section), fold)
    if text is not None:
        events = _core.read3Text(text, *args)
    else:
        events = _core.read3Lines(lines, *args)
    packed = _core.pack(events)
    none = None  # what stands for a None value among the events
    if packed is not None:
        # one string split natively: far cheaper than walking the Java array item by item (or
        # than any loop over its fields: only an option's value is read where None may be)
        events = str(packed).split('\0')
        none = '\x01'
    xform = self.optionxform if fold == _FOLD_PYTHON else None
    strict = self._strict
    added = set()
    sections = self._sections
    cursect = None
    sectname = None
    e = None
    try:
        i = 0
        n = len(events)
        while i < n:
            kind = events[i]
            if kind == 'O':
                key = events[i + 1]
                if xform is not None:
                    key = xform(key)
                    if strict and (sectname, key) in added:
                        raise _DuplicateOptionError(sectname, key, fpname, int(events[i + 3]))
                    added.add((sectname, key))
                value = events[i + 2]
                cursect[key] = None if value == none and none is not None else value
            elif kind == 'S':
                sectname = events[i + 1]
                if sectname in sections:
                    cursect = sections[sectname]
                elif sectname == self.default_section:
                    cursect = self._defaults
                else:
                    cursect = self._dict()
                    sections[sectname] = cursect
                    self._proxies[sectname] = _SectionProxy(self, sectname)
            elif kind == 'E':
                e = self._handle_error(e, fpname, int(events[i + 1]), events[i + 2])
            elif kind == 'M':
                raise _MissingSectionHeaderError(fpname, int(events[i + 1]), events[i + 2])
            elif kind == 'DS':
                raise _DuplicateSectionError(events[i + 1], fpname, int(events[i + 2]))
            elif kind == 'DO':
                raise _DuplicateOptionError(events[i + 1], events[i + 2], fpname, int(events[i + 3]))
            elif kind == 'AE':
                raise AttributeError("'NoneType' object has no attribute 'append'")
            i += 4
    finally:
        if type(self._interpolation).before_read is not _Interpolation.before_read:
            self._join_multiline_values()
    if e:
        raise e


def _text(x):
    return x if type(x) is str else '{}'.format(x)


def write(self, fp, space_around_delimiters=True):
    """Write an .ini-format representation of the configuration state.

    If `space_around_delimiters' is True (the default), delimiters
    between keys and values are surrounded by spaces.

    Please note that comments in the original configuration file are not
    preserved when writing the configuration back.
    """
    if type(self)._write_section is not _stock_write_section:
        return _stock_write(self, fp, space_around_delimiters)
    if space_around_delimiters:
        d = " {} ".format(self._delimiters[0])
    else:
        d = self._delimiters[0]
    flat = []
    if self._defaults:
        _flatten(self, flat, self.default_section, self._defaults.items())
    for section in self._sections:
        _flatten(self, flat, section, self._sections[section].items())
    _write_text(fp, _core.format(flat, d))


def _flatten(self, flat, section_name, section_items):
    before_write = self._interpolation.before_write
    bare = self._allow_no_value
    flat.append(_text(section_name))
    at = len(flat)
    flat.append(0)
    count = 0
    for key, value in section_items:
        value = before_write(self, section_name, key, value)
        flat.append(_text(key))
        flat.append(str(value) if value is not None or not bare else None)
        count += 1
    flat[at] = count


_PLAIN_CODECS = ('utf-8', 'ascii', 'iso8859-1', 'latin-1', 'cp1252', 'iso8859-15')


def _atomic_target(fp):
    """The path of a plain text file opened for writing and still empty, else None."""
    if type(fp) is not _io.TextIOWrapper or fp.closed or getattr(fp, 'mode', None) != 'w':
        return None
    name = getattr(fp, 'name', None)
    if not isinstance(name, str) or not hasattr(_os, 'dup2'):
        return None
    try:
        import codecs
        if codecs.lookup(fp.encoding).name not in _PLAIN_CODECS:
            return None
        if fp.tell() != 0 or not _os.path.isfile(name) or _os.path.getsize(name) != 0:
            return None
    except (OSError, ValueError, LookupError):
        return None
    return name


def _newline_of(fp, path):
    """What fp writes for '\n' (its newline= argument decides): probed, then undone."""
    fp.write('\n')
    fp.flush()
    with open(path, 'rb') as f:
        nl = f.read()
    fp.seek(0)
    fp.truncate(0)
    return nl.decode('ascii')


def _write_text(fp, text):
    path = _atomic_target(fp)
    if path is None:
        # one write of the whole text: the file never holds part of a section
        fp.write(text)
        return
    nl = _newline_of(fp, path)
    if nl not in ('\n', '\r', '\r\n'):
        fp.write(text)
        return
    if nl != '\n':
        text = text.replace('\n', nl)
    data = text.encode(fp.encoding, fp.errors)
    # the whole file appears at once: written beside it, then renamed over it; the caller's
    # file object is then pointed at the new file, so what it writes next lands there
    _core.replaceFileBytes(_os.path.abspath(path), data)  # the session's working directory, not the JVM's
    fd = _os.open(path, _os.O_WRONLY | _os.O_APPEND)
    try:
        _os.dup2(fd, fp.fileno())
    finally:
        _os.close(fd)


for _f in (_read, write):
    _f.__module__ = _Raw.__module__
    _f.__qualname__ = 'RawConfigParser.' + _f.__name__
_Raw._read = _read
_Raw.write = write
