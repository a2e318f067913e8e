# logging overlay for Python 2 (Jython): _target is Jython's logging package.
# findCaller() skips frames whose file is logging's own source, _srcfile. Jython derives it
# from __file__, which names the compiled __init__$py.class, while the frames name __init__.py:
# take it from a code object instead, as CPython 3 does.
import os as _os
import types as _types

_target._srcfile = _os.path.normcase(_target.addLevelName.__code__.co_filename)


# Jython's logging is a copy of an older CPython's. The methods below are CPython 2.7.18's where
# its behaviour differs (none of them runs between a logging call and findCaller(), which takes
# the first frame outside logging's source for the caller):
# - StreamHandler.emit writes a unicode message to a stream that has an encoding as u'%s\n' % msg
#   (the old copy decoded '%s\n' with the stream's encoding, which garbles it for UTF-16);
# - Formatter.format tries a UTF-8 logger name again as unicode when it meets a unicode message;
# - FileHandler keeps its delay argument and its close() always closes the handler.
# They run with the module's globals, as the methods they replace.
def _in_module(function):
    return _types.FunctionType(function.__code__, vars(_target), function.__name__,
                               function.__defaults__, function.__closure__)


def format(self, record):
    """
    Format the specified record as text.

    The record's attribute dictionary is used as the operand to a
    string formatting operation which yields the returned string.
    Before formatting the dictionary, a couple of preparatory steps
    are carried out. The message attribute of the record is computed
    using LogRecord.getMessage(). If the formatting string uses the
    time (as determined by a call to usesTime(), formatTime() is
    called to format the event time. If there is exception information,
    it is formatted using formatException() and appended to the message.
    """
    record.message = record.getMessage()
    if self.usesTime():
        record.asctime = self.formatTime(record, self.datefmt)
    try:
        s = self._fmt % record.__dict__
    except UnicodeDecodeError as e:
        # Issue 25664. The logger name may be Unicode. Try again ...
        try:
            record.name = record.name.decode('utf-8')
            s = self._fmt % record.__dict__
        except UnicodeDecodeError:
            raise e
    if record.exc_info:
        # Cache the traceback text to avoid converting it multiple times
        # (it's constant anyway)
        if not record.exc_text:
            record.exc_text = self.formatException(record.exc_info)
    if record.exc_text:
        if s[-1:] != "\n":
            s = s + "\n"
        try:
            s = s + record.exc_text
        except UnicodeError:
            # Sometimes filenames have non-ASCII chars, which can lead
            # to errors when s is Unicode and record.exc_text is str
            # See issue 8924.
            # We also use replace for when there are multiple
            # encodings, e.g. UTF-8 for the filesystem and latin-1
            # for a script. See issue 13232.
            s = s + record.exc_text.decode(sys.getfilesystemencoding(),
                                           'replace')
    return s


def emit(self, record):
    """
    Emit a record.

    If a formatter is specified, it is used to format the record.
    The record is then written to the stream with a trailing newline.  If
    exception information is present, it is formatted using
    traceback.print_exception and appended to the stream.  If the stream
    has an 'encoding' attribute, it is used to determine how to do the
    output to the stream.
    """
    try:
        msg = self.format(record)
        stream = self.stream
        fs = "%s\n"
        if not _unicode: #if no unicode support...
            stream.write(fs % msg)
        else:
            try:
                if (isinstance(msg, unicode) and
                    getattr(stream, 'encoding', None)):
                    ufs = u'%s\n'
                    try:
                        stream.write(ufs % msg)
                    except UnicodeEncodeError:
                        #Printing to terminals sometimes fails. For example,
                        #with an encoding of 'cp1251', the above write will
                        #work if written to a stream opened or wrapped by
                        #the codecs module, but fail when writing to a
                        #terminal even when the codepage is set to cp1251.
                        #An extra encoding step seems to be needed.
                        stream.write((ufs % msg).encode(stream.encoding))
                else:
                    stream.write(fs % msg)
            except UnicodeError:
                stream.write(fs % msg.encode("UTF-8"))
        self.flush()
    except (KeyboardInterrupt, SystemExit):
        raise
    except:
        self.handleError(record)


def __init__(self, filename, mode='a', encoding=None, delay=0):
    """
    Open the specified file and use it as the stream for logging.
    """
    #keep the absolute path, otherwise derived classes which use this
    #may come a cropper when the current directory changes
    if codecs is None:
        encoding = None
    self.baseFilename = os.path.abspath(filename)
    self.mode = mode
    self.encoding = encoding
    self.delay = delay
    if delay:
        #We don't open the stream, but we still need to call the
        #Handler constructor to set level, formatter, lock etc.
        Handler.__init__(self)
        self.stream = None
    else:
        StreamHandler.__init__(self, self._open())

def close(self):
    """
    Closes the stream.
    """
    self.acquire()
    try:
        try:
            if self.stream:
                try:
                    self.flush()
                finally:
                    stream = self.stream
                    self.stream = None
                    if hasattr(stream, "close"):
                        stream.close()
        finally:
            # Issue #19523: call unconditionally to
            # prevent a handler leak when delay is set
            StreamHandler.close(self)
    finally:
        self.release()


_target.Formatter.format = _in_module(format)
_target.StreamHandler.emit = _in_module(emit)
_target.FileHandler.__init__ = _in_module(__init__)
_target.FileHandler.close = _in_module(close)
del format, emit, __init__, close


# The common call, logger.info(msg, *args) on a stock Logger through stock StreamHandlers and
# FileHandlers with stock Formatters, as few Python steps: Logger._log runs findCaller,
# makeRecord, LogRecord's constructor, Logger.handle and callHandlers as one function, and
# Handler.handle runs emit, format, Formatter.format and flush as one, taking the handler's lock
# once per record instead of twice (handle() held it already when flush() took it again). The
# text is the same, the caller, the record's attributes (set in the same order) and the handlers
# called are the same; each step is the module's own wherever anything it would run is not the
# stock method (a subclass's, or one replaced on the class or set on the instance: the bound
# method's function tells both), the record or its message is not a plain str one, or the call
# passes extra or exc_info. Formatter.formatTime reuses the text of the last second it formatted
# (time.strftime is most of its cost on Jython), with the same converter, format and zone.
# The functions are compiled under logging's own file name, as the steps they stand for, so that
# findCaller() skips their frames.
import sys as _sys
import time as _time

_Formatter = _target.Formatter
_Handler = _target.Handler
_StreamHandler = _target.StreamHandler
_FileHandler = _target.FileHandler
_LogRecord = _target.LogRecord
_getLevelName = _target.getLevelName
_module = vars(_target)
_time_vars = vars(_time)
_os_vars = vars(_os)
_Logger = _target.Logger
_engine = {
    'formatTime': _Formatter.formatTime.im_func, 'handle': _Handler.handle.im_func,
    'emit': _StreamHandler.emit.im_func, 'file_emit': _FileHandler.emit.im_func, 'log': _Logger._log.im_func,
}
_stock = {
    'handler_format': _Handler.format.im_func, 'flush': _StreamHandler.flush.im_func,
    'acquire': _Handler.acquire.im_func, 'release': _Handler.release.im_func,
    'filter': _target.Filterer.filter.im_func, 'format': _Formatter.format.im_func,
    'usesTime': _Formatter.usesTime.im_func, 'getMessage': _LogRecord.getMessage.im_func,
    'findCaller': _Logger.findCaller.im_func, 'makeRecord': _Logger.makeRecord.im_func,
    'logger_handle': _Logger.handle.im_func, 'callHandlers': _Logger.callHandlers.im_func,
    'record_init': _LogRecord.__init__.im_func,
}
# Java steps: whether methods are the stock ones, findCaller's frame walk, the thread's name
_jy = __import__('_pyhost').jython_logging
_threading = _target.threading
_current_thread = _threading.current_thread
_threads = _threading._threads
_THREAD_NAME = ('name',), (_threading.JavaThread.__dict__['name'],)
_LOG_METHODS = (('findCaller', 'makeRecord', 'handle', 'callHandlers', 'filter'),
                tuple(_stock[n] for n in ('findCaller', 'makeRecord', 'logger_handle', 'callHandlers', 'filter')))
_HANDLE_METHODS = ('filter', 'acquire', 'release', 'flush'), tuple(_stock[n] for n in ('filter', 'acquire', 'release', 'flush'))
_STREAM_EMIT = ('emit',), (None,)  # the function set below
_FILE_EMIT = ('emit',), (_engine['file_emit'],)
_HANDLER_FORMAT = ('format',), (_stock['handler_format'],)
_FORMATTER_METHODS = ('format', 'usesTime'), (_stock['format'], _stock['usesTime'])
_GET_MESSAGE = ('getMessage',), (_stock['getMessage'],)
_FAST = r'''
_names = {}  # pathname -> (filename, module)


def formatTime(self, record, datefmt=None):
    tv = _time_vars
    text = _jy.time_text(self.converter, datefmt, record.created, record.msecs, tv['tzname'], tv['strftime'])
    if text is None:
        return _engine['formatTime'](self, record, datefmt)
    return text


def _line(handler, record):
    """The str handler.format(record) returns, or None where that is not the stock path's."""
    formatter = handler.formatter or _module['_defaultFormatter']
    msg = record.msg
    stock = _jy.stock
    if (type(formatter) is not _Formatter or type(record) is not _LogRecord or type(msg) is not str
            or record.exc_info or record.exc_text
            or not stock(handler, _HANDLER_FORMAT) or not stock(formatter, _FORMATTER_METHODS)
            or not stock(record, _GET_MESSAGE)):
        return None
    d = record.__dict__  # a stock LogRecord's: no descriptors
    args = d['args']
    if args:
        msg = msg % args
    d['message'] = msg
    fmt = formatter._fmt
    if fmt.find("%(asctime)") >= 0:
        d['asctime'] = formatter.formatTime(record, formatter.datefmt)
    try:
        s = fmt % d
    except UnicodeDecodeError:
        return None
    return s if type(s) is str else None


def _write(handler, record, locked):
    try:
        text = _line(handler, record)
        if text is None:
            return False
        stream = handler.stream
        try:
            stream.write(text + "\n")
        except UnicodeError:
            stream.write("%s\n" % text.encode("UTF-8"))
        if locked:
            if stream and hasattr(stream, "flush"):
                stream.flush()
        else:
            handler.flush()
    except (KeyboardInterrupt, SystemExit):
        raise
    except:
        handler.handleError(record)
    return True


def emit(self, record):
    if not _write(self, record, False):
        _engine['emit'](self, record)


def handle(self, record):
    lock = self.lock
    stock = _jy.stock
    if (self.filters or not lock or not stock(self, _HANDLE_METHODS)
            or not stock(self, _STREAM_EMIT) and (not stock(self, _FILE_EMIT) or self.stream is None)):
        return _engine['handle'](self, record)
    lock.acquire()
    try:
        if not _write(self, record, True):
            self.emit(record)
    finally:
        lock.release()
    return 1


def _log(self, level, msg, args, exc_info=None, extra=None):
    t = _module  # the logging module's globals, read as its own functions read them
    if (exc_info or extra is not None or not t['_srcfile'] or self.filters
            or _LogRecord.__init__.im_func is not _stock['record_init']
            or not _jy.stock(self, _LOG_METHODS)):
        return _engine['log'](self, level, msg, args, exc_info, extra)
    # findCaller(): the first frame outside logging's source, from the frame above the one that
    # called _log (normcase is the identity on POSIX)
    fn, lineno, func = _jy.caller(t['_srcfile'])
    # LogRecord(self.name, level, fn, lineno, msg, args, exc_info, func)
    record = _LogRecord.__new__(_LogRecord)
    d = record.__dict__  # set as the stock constructor sets them, in its order (the stock LogRecord has no descriptors)
    ct = _time_vars['time']()
    d['name'] = self.name
    d['msg'] = msg
    if args and len(args) == 1 and isinstance(args[0], dict) and args[0]:
        args = args[0]
    d['args'] = args
    # getLevelName(level), without building its default "Level %s" text for a known level
    levelname = t['_levelNames'].get(level) if t['getLevelName'] is _getLevelName else None
    d['levelname'] = t['getLevelName'](level) if levelname is None else levelname
    d['levelno'] = level
    d['pathname'] = fn
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
    d['filename'] = names[0]
    d['module'] = names[1]
    d['exc_info'] = exc_info
    d['exc_text'] = None
    d['lineno'] = lineno
    d['funcName'] = func
    d['created'] = ct
    # (ct - long(ct)) * 1000: for a float the same float, without making a long
    d['msecs'] = (ct % 1) * 1000 if type(ct) is float else (ct - long(ct)) * 1000
    d['relativeCreated'] = (ct - t['_startTime']) * 1000
    if t['logThreads'] and t['thread']:
        d['thread'] = ident = t['thread'].get_ident()
        if t['threading'].current_thread is _current_thread:
            # current_thread() is _threads.get(ident) or a JavaThread, each named as its Java thread
            th = _threads.get(ident)
            d['threadName'] = _jy.thread_name() if th is None or _jy.stock(th, _THREAD_NAME) else th.name
        else:
            d['threadName'] = t['threading'].current_thread().name
    else:
        d['thread'] = None
        d['threadName'] = None
    if not t['logMultiprocessing']:
        d['processName'] = None
    else:
        d['processName'] = 'MainProcess'
        mp = _sys.modules.get('multiprocessing')
        if mp is not None:
            try:
                d['processName'] = mp.current_process().name
            except StandardError:
                pass
    getpid = _os_vars.get('getpid')
    if t['logProcesses'] and getpid is not None:
        d['process'] = getpid()
    else:
        d['process'] = None
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
    if (found == 0) and t['raiseExceptions'] and not self.manager.emittedNoHandlerWarning:
        _sys.stderr.write("No handlers could be found for logger \"%s\"\n" % self.name)
        self.manager.emittedNoHandlerWarning = 1
'''
# Logger.debug ... critical call _log(LEVEL, msg, args, **kwargs): Jython spends more on passing
# an empty **kwargs than on the rest of the call, so theirs pass it only when there is one
_LEVEL_METHODS = ('debug', 'DEBUG'), ('info', 'INFO'), ('warning', 'WARNING'), ('error', 'ERROR'), ('critical', 'CRITICAL')
for _name, _level in _LEVEL_METHODS:
    globals()[_level] = getattr(_target, _level)
    _FAST += '''
def %s(self, msg, *args, **kwargs):
    if self.isEnabledFor(%s):
        if kwargs:
            self._log(%s, msg, args, **kwargs)
        else:
            self._log(%s, msg, args)
''' % (_name, _level, _level, _level)
# compiled once and kept, as the glue itself is: Jython takes some 60 ms to compile this at each start
_glue_compiler = getattr(__import__('_pyhost'), 'glue_compiler', None)
if _glue_compiler is not None:
    exec(_glue_compiler.compile('_pyhost_logging_fast', _FAST, _target._srcfile))
else:
    exec(compile(_FAST, _target._srcfile, 'exec'))
_STREAM_EMIT = ('emit',), (emit,)
for _name, _f, _cls in (('formatTime', formatTime, _Formatter), ('emit', emit, _StreamHandler),
                        ('handle', handle, _Handler), ('_log', _log, _Logger)):
    _f.__doc__ = getattr(_cls, _name).__doc__
    setattr(_cls, _name, _f)
for _name, _level in _LEVEL_METHODS:
    _f = globals().pop(_name)
    _f.__doc__ = getattr(_Logger, _name).__doc__
    setattr(_Logger, _name, _f)
    if _name in ('warning', 'critical'):  # Logger.warn = warning, Logger.fatal = critical
        setattr(_Logger, {'warning': 'warn', 'critical': 'fatal'}[_name], _f)
del formatTime, emit, handle, _name, _f, _cls, _level
