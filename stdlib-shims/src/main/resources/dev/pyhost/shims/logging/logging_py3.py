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


def _compile(fmt, attributes=False):
    """'%(a)s-%(b)5d%%' -> a function of the values mapping (with attributes, of a LogRecord whose
    __dict__ holds every field: the same values read as attributes); None when the format is
    anything else (then the engine's own formatting runs, errors included)."""
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
    if attributes:
        if any(hasattr(_target.LogRecord, name) for name in names):
            return None
        fields = ', '.join('v.%s' % name for name in names)
    else:
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

# The path of a record through a stock StreamHandler or FileHandler with a stock Formatter in the
# '%' style, flattened: Handler.handle, StreamHandler.emit, Handler.format, Formatter.format,
# usesTime, formatTime, formatMessage, PercentStyle.format and StreamHandler.flush run as one
# function, and the handler's lock is taken once per record instead of twice (handle() held it
# already when flush() took it again). Each step is the engine's where anything it would run is
# not the stock method (a subclass's, or one replaced on the class or set on the instance: the
# bound method's function tells both) or the record carries exception or stack text. Records
# are read through their attributes, not __dict__, which GraalPy would turn into a dictionary.
_Handler = _target.Handler
_StreamHandler = _target.StreamHandler
_LogRecord = _target.LogRecord
_getLevelName = _target.getLevelName
_Filterer = _target.Filterer
_engine_handle = _Handler.handle
_engine_emit = _StreamHandler.emit
_file_emit = _target.FileHandler.emit  # opens a delayed stream, then StreamHandler.emit
_handler_format = _Handler.format
_stream_flush = _StreamHandler.flush
_acquire = _Handler.acquire
_release = _Handler.release
_filterer_filter = _Filterer.filter
_formatter_format = _Formatter.format
_uses_time = _Formatter.usesTime
_format_message = _Formatter.formatMessage
_format_time = _Formatter.formatTime
_style_format = _PercentStyle.format
_style_format_ = _PercentStyle._format
_style_uses_time = _PercentStyle.usesTime
_get_message = _LogRecord.getMessage
_by_attribute = {}


def _line(handler, record):
    """The text handler.format(record) returns, or None where that is not the stock path's."""
    formatter = handler.formatter or _target._defaultFormatter
    if type(formatter) is not _Formatter or type(record) is not _LogRecord:
        return None
    style = formatter._style
    if (type(style) is not _PercentStyle or record.exc_info or record.exc_text or record.stack_info
            or style._defaults
            or getattr(handler.format, '__func__', None) is not _handler_format
            or getattr(formatter.format, '__func__', None) is not _formatter_format
            or getattr(formatter.usesTime, '__func__', None) is not _uses_time
            or getattr(formatter.formatMessage, '__func__', None) is not _format_message
            or getattr(formatter.formatTime, '__func__', None) is not _format_time
            or getattr(style.format, '__func__', None) is not _style_format
            or getattr(style._format, '__func__', None) is not _style_format_
            or getattr(style.usesTime, '__func__', None) is not _style_uses_time
            or getattr(record.getMessage, '__func__', None) is not _get_message):
        return None
    fmt = style._fmt
    fn = _by_attribute.get(fmt, _compile)
    if fn is _compile:
        if len(_by_attribute) > 256:
            _by_attribute.clear()
        fn = _by_attribute[fmt] = _compile(fmt, True) if type(fmt) is str else None
    if fn is None:
        return None
    msg = record.msg
    if type(msg) is not str:
        msg = str(msg)
    args = record.args
    if args:
        msg = msg % args
    record.message = msg
    if fmt.find(style.asctime_search) >= 0:
        record.asctime = formatter.formatTime(record, formatter.datefmt)
    try:
        return fn(record)
    except AttributeError:
        pass  # a field the record lacks: the engine's formatting names it
    return formatter.formatMessage(record)


def _write(handler, record, locked):
    try:
        text = _line(handler, record)
        if text is None:
            return False
        stream = handler.stream
        stream.write(text + handler.terminator)
        if locked:
            if stream and hasattr(stream, 'flush'):
                stream.flush()
        else:
            handler.flush()
    except RecursionError:  # See issue 36272
        raise
    except Exception:
        handler.handleError(record)
    return True


def _emit(self, record):
    if not _write(self, record, False):
        _engine_emit(self, record)


def _handle(self, record):
    emit = getattr(self.emit, '__func__', None)
    lock = self.lock
    if (emit is not _emit and (emit is not _file_emit or not self.stream) or self.filters or not lock
            or getattr(self.filter, '__func__', None) is not _filterer_filter
            or getattr(self.acquire, '__func__', None) is not _acquire
            or getattr(self.release, '__func__', None) is not _release
            or getattr(self.flush, '__func__', None) is not _stream_flush):
        return _engine_handle(self, record)
    lock.acquire()
    try:
        if not _write(self, record, True):
            self.emit(record)
    finally:
        lock.release()
    return record


for _f, _engine_f in ((_emit, _engine_emit), (_handle, _engine_handle)):
    _f.__name__ = _engine_f.__name__
    _f.__doc__ = _engine_f.__doc__
    _f.__qualname__ = _engine_f.__qualname__
    _f.__module__ = _engine_f.__module__
_StreamHandler.emit = _emit
_Handler.handle = _handle

# Logger._log for the common call, logger.info(msg, *args) on a stock Logger with the stock record
# factory and no extra, exc_info, stack_info or stacklevel: findCaller, makeRecord, LogRecord's
# constructor, Logger.handle and callHandlers as one function, with the same caller, the same
# attributes set in the same order and the same handlers called; any other call, or a logger
# whose steps are not the stock ones, takes the engine's path. The function's code names
# logging's own source file, as the steps it stands for, so that findCaller() skips its frame
# (compiled from text under that name: GraalPy's frames do not see a name set by code.replace).
import collections.abc as _abc
import os as _os
import sys as _sys
import threading as _threading

_Logger = _target.Logger
_engine_log = _Logger._log
_find_caller = _Logger.findCaller
_make_record = _Logger.makeRecord
_logger_handle = _Logger.handle
_call_handlers = _Logger.callHandlers
_record_init = _LogRecord.__init__
_names = {}  # pathname -> (filename, module)
_Mapping = _abc.Mapping
_getframe = _sys._getframe


_LOG = r'''
def _log(self, level, msg, args, exc_info=None, extra=None, stack_info=False, stacklevel=1):
    t = _target
    if (exc_info or extra is not None or stack_info or stacklevel != 1 or not t._srcfile or self.filters
            or t._logRecordFactory is not _LogRecord or _LogRecord.__init__ is not _record_init
            or getattr(self.findCaller, '__func__', None) is not _find_caller
            or getattr(self.makeRecord, '__func__', None) is not _make_record
            or getattr(self.handle, '__func__', None) is not _logger_handle
            or getattr(self.callHandlers, '__func__', None) is not _call_handlers
            or getattr(self.filter, '__func__', None) is not _filterer_filter):
        return _engine_log(self, level, msg, args, exc_info, extra, stack_info, stacklevel)
    # findCaller(): the first frame outside logging's source and the import machinery
    srcfile = t._srcfile
    f = _getframe(1)
    while True:
        fn = f.f_code.co_filename
        if fn == srcfile or ('importlib' in fn and '_bootstrap' in fn):
            back = f.f_back
            if back is None:
                break
            f = back
        else:
            break
    co = f.f_code
    fn = co.co_filename
    # LogRecord(self.name, level, fn, f.f_lineno, msg, args, exc_info, co.co_name, None)
    record = _LogRecord.__new__(_LogRecord)
    ct = _time.time()
    record.name = self.name
    record.msg = msg
    if args and len(args) == 1 and isinstance(args[0], _Mapping) and args[0]:
        args = args[0]
    record.args = args
    # getLevelName(level), unless a script replaced it
    levelname = t._levelToName.get(level) if t.getLevelName is _getLevelName else None
    record.levelname = levelname if levelname is not None else t.getLevelName(level)
    record.levelno = level
    record.pathname = fn
    names = _names.get(fn)
    if names is None:
        try:
            filename = _os.path.basename(fn)
            names = (filename, _os.path.splitext(filename)[0])
        except (TypeError, ValueError, AttributeError):
            names = (fn, "Unknown module")
        if len(_names) > 512:
            _names.clear()
        _names[fn] = names
    record.filename = names[0]
    record.module = names[1]
    record.exc_info = exc_info
    record.exc_text = None
    record.stack_info = None
    record.lineno = f.f_lineno
    record.funcName = co.co_name
    record.created = ct
    record.msecs = int((ct - int(ct)) * 1000) + 0.0
    record.relativeCreated = (ct - t._startTime) * 1000
    if t.logThreads:
        record.thread = _threading.get_ident()
        record.threadName = _threading.current_thread().name
    else:
        record.thread = None
        record.threadName = None
    if not t.logMultiprocessing:
        record.processName = None
    else:
        record.processName = 'MainProcess'
        mp = _sys.modules.get('multiprocessing')
        if mp is not None:
            try:
                record.processName = mp.current_process().name
            except Exception:
                pass
    record.process = _os.getpid() if t.logProcesses and hasattr(_os, 'getpid') else None
    record.taskName = None
    if t.logAsyncioTasks:
        asyncio = _sys.modules.get('asyncio')
        if asyncio:
            try:
                record.taskName = asyncio.current_task().get_name()
            except Exception:
                pass
    # Logger.handle(record), the logger having no filters, and callHandlers(record)
    if self.disabled:
        return
    c = self
    found = 0
    while c:
        for hdlr in c.handlers:
            found = found + 1
            if record.levelno >= hdlr.level:
                hdlr.handle(record)
        if not c.propagate:
            c = None
        else:
            c = c.parent
    if found == 0:
        last = t.lastResort
        if last:
            if record.levelno >= last.level:
                last.handle(record)
        elif t.raiseExceptions and not self.manager.emittedNoHandlerWarning:
            _sys.stderr.write("No handlers could be found for logger \"%s\"\n" % self.name)
            self.manager.emittedNoHandlerWarning = True
'''
exec(compile(_LOG, _engine_log.__code__.co_filename, 'exec'))
_log.__doc__ = _engine_log.__doc__
_log.__qualname__ = _engine_log.__qualname__
_log.__module__ = _engine_log.__module__
_Logger._log = _log
