# ConfigParser overlay for Python 2 (Jython): _target is the engine's ConfigParser (CPython 2.7's
# code), _core a dev.pyhost.shims.configparser.ConfigCore. Reading and writing files go to the
# Java core; the API, interpolation and error classes stay CPython's.
import os as _os
import sys as _sys

_FOLD_ASCII, _FOLD_LOWER, _FOLD_NONE, _FOLD_PYTHON = 0, 1, 2, 3
_Raw = _target.RawConfigParser
_stock_read = _Raw.__dict__['_read']
_stock_write = _Raw.__dict__['write']
_default_xform = _Raw.__dict__['optionxform']
_DEFAULTSECT = _target.DEFAULTSECT
_ParsingError = _target.ParsingError
_MissingSectionHeaderError = _target.MissingSectionHeaderError

try:
    from cStringIO import InputType as _CInput
    _WHOLE_READ = (file, _CInput)
except ImportError:
    _WHOLE_READ = (file,)
try:
    from StringIO import StringIO as _StringIO
    _WHOLE_READ = _WHOLE_READ + (_StringIO,)
except ImportError:
    pass


_str_of = __import__('_pyhost').jython_bytes.str_of  # the core's text as str, shared


def _latin1(s):
    return None if s is None else _str_of(s)


def _same(s):
    return s


def _unpack(s):
    return None if s == '\x01' else s


def _fold(parser, is_str):
    xf = parser.optionxform
    if getattr(xf, 'im_func', None) is _default_xform:
        return _FOLD_ASCII if is_str else _FOLD_LOWER
    if xf is str and is_str:
        return _FOLD_NONE
    return _FOLD_PYTHON


def _pattern(regex):
    return regex.pattern, regex.flags


def _read(self, fp, fpname):
    sect, sflags = _pattern(self.SECTCRE)
    opt, oflags = _pattern(self._optcre)
    if not (isinstance(sect, basestring) and isinstance(opt, basestring)
            and _core.patternSupported(sect, sflags) and _core.patternSupported(opt, oflags)):
        return _stock_read(self, fp, fpname)
    if isinstance(fp, _WHOLE_READ):
        text = fp.read()
        lines = None
    else:
        lines = []
        while True:
            line = fp.readline()
            if not line:
                break
            lines.append(line)
        text = ''.join(lines) if all(isinstance(l, str) for l in lines) else None
    if text is not None and isinstance(text, str):
        is_str = True
    elif text is not None and isinstance(text, unicode):
        is_str = False
    elif lines is not None and all(isinstance(l, unicode) for l in lines):
        is_str = False
        text = None
    else:
        return _stock_read(self, _ListReader(lines), fpname)
    fold = _fold(self, is_str)
    if text is not None and (lines is None or all(l.endswith('\n') for l in lines[:-1])):
        events = _core.read2Text(text, sect, sflags, opt, oflags, fold, not is_str)
    else:
        events = _core.read2Lines(lines, sect, sflags, opt, oflags, fold, not is_str)
    conv = _latin1 if is_str else _same
    packed = _core.pack(events)
    if packed is not None:
        # one string split natively: far cheaper than walking the Java array item by item
        events = _str_of(packed).split('\0') if is_str else packed.split(u'\0')
        conv = _unpack
    xform = self.optionxform if fold == _FOLD_PYTHON else None
    sections = self._sections
    cursect = None
    e = None
    i = 0
    n = len(events)
    while i < n:
        kind = events[i]
        if kind == 'O':
            key = conv(events[i + 1])
            if xform is not None:
                key = xform(key)
            cursect[key] = conv(events[i + 2])
        elif kind == 'S':
            sectname = conv(events[i + 1])
            if sectname in sections:
                cursect = sections[sectname]
            elif sectname == _DEFAULTSECT:
                cursect = self._defaults
            else:
                cursect = self._dict()
                cursect['__name__'] = sectname
                sections[sectname] = cursect
        elif kind == 'E':
            if not e:
                e = _ParsingError(fpname)
            e.append(int(events[i + 1]), repr(conv(events[i + 2])))
        elif kind == 'M':
            raise _MissingSectionHeaderError(fpname, int(events[i + 1]), conv(events[i + 2]))
        elif kind == 'AE':
            raise AttributeError("'NoneType' object has no attribute 'append'")
        i += 4
    if e:
        _unjoined(self, events, conv, xform)
        raise e


def _unjoined(self, events, conv, xform):
    # CPython joins a value's lines only after a clean read: on ParsingError every option set by
    # this read keeps the list of its lines
    sections = self._sections
    cursect = None
    for i in range(0, len(events), 4):
        kind = events[i]
        if kind == 'S':
            name = conv(events[i + 1])
            cursect = sections[name] if name in sections else self._defaults
        elif kind == 'O':
            key = conv(events[i + 1])
            if xform is not None:
                key = xform(key)
            value = cursect[key]
            if isinstance(value, basestring):
                cursect[key] = value.split('\n')


class _ListReader(object):
    def __init__(self, lines):
        self._lines = iter(lines)

    def readline(self):
        return next(self._lines, '')


def _writable_path(fp):
    """The path of a plain file opened for writing and still empty, else None."""
    if type(fp) is not file or fp.closed or fp.mode not in ('w', 'wb'):
        return None
    name = getattr(fp, 'name', None)
    if not isinstance(name, basestring) or name.startswith('<'):
        return None
    try:
        if fp.tell() != 0 or not _os.path.isfile(name):
            return None
    except (IOError, OSError):
        return None
    return name


def write(self, fp):
    """Write an .ini-format representation of the configuration state."""
    flat = []
    if self._defaults:
        items = self._defaults.items()
        flat.append(_DEFAULTSECT)
        flat.append(len(items))
        for key, value in items:
            flat.append(key)
            flat.append(str(value))
    bare_ok = self._optcre == self.OPTCRE
    for section in self._sections:
        items = [(k, v) for k, v in self._sections[section].items() if k != '__name__']
        flat.append(section)
        flat.append(len(items))
        for key, value in items:
            flat.append(key)
            flat.append(str(value) if (value is not None or bare_ok) else None)
    for j in range(0, len(flat)):
        item = flat[j]
        if not (item is None or isinstance(item, (str, int))):
            return _stock_write(self, fp)
    text = _str_of(_core.format(flat, ' = '))
    _write_text(fp, text)


def _write_text(fp, text):
    path = _writable_path(fp) if hasattr(_os, 'dup2') else None
    if path is None:
        # one write of the whole text: the file never holds part of a section
        fp.write(text)
        return
    # the whole file appears at once: written beside it, then renamed over it; the caller's
    # file object is then pointed at the new file, so what it writes next lands there
    fp.flush()
    _core.replaceFileBytes(_os.path.abspath(path), text)  # the session's working directory, not the JVM's
    fd = _os.open(path, _os.O_WRONLY | _os.O_APPEND)
    try:
        _os.dup2(fd, fp.fileno())
    finally:
        _os.close(fd)


_Raw._read = _read
_Raw.write = write
