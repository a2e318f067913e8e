# twisted.python.log: Twisted's classic logging. Events are dicts (message, isError, system,
# time, failure/why); observers receive them. Before startLogging, error events are written to
# stderr (as Twisted's temporary observer does) and the rest are dropped.
import sys
import time
import threading
import warnings

from twisted.python import failure

PY3 = sys.version_info[0] >= 3
_context = threading.local()


def _system():
    stack = getattr(_context, 'stack', None)
    if stack:
        return stack[-1].get('system', '-')
    return '-'


def getContext():
    stack = getattr(_context, 'stack', None)
    return stack[-1] if stack else {'system': '-'}


def callWithContext(ctx, func, *args, **kw):
    stack = getattr(_context, 'stack', None)
    if stack is None:
        stack = _context.stack = []
    new = dict(stack[-1]) if stack else {'system': '-'}
    new.update(ctx)
    stack.append(new)
    try:
        return func(*args, **kw)
    finally:
        stack.pop()


def callWithLogger(logger, func, *args, **kw):
    """Utility method which wraps a function in a try:/except:, logs a failure if one occurs,
    and uses the system's logPrefix."""
    try:
        lp = logger.logPrefix()
    except KeyboardInterrupt:
        raise
    except BaseException:
        lp = '(buggy logPrefix method)'
        err(system=lp)
    try:
        return callWithContext({'system': lp}, func, *args, **kw)
    except KeyboardInterrupt:
        raise
    except BaseException:
        err(system=lp)


class LogPublisher(object):
    """Class for singleton log message publishing."""

    synchronized = ['msg']

    def __init__(self):
        self.observers = []
        self._lock = threading.RLock()

    def addObserver(self, other):
        if other not in self.observers:
            self.observers.append(other)

    def removeObserver(self, other):
        try:
            self.observers.remove(other)
        except ValueError:
            pass

    def msg(self, *message, **kw):
        actualEventDict = {'system': _system()}
        actualEventDict.update(kw)
        actualEventDict['message'] = message
        actualEventDict['time'] = time.time()
        if 'isError' not in actualEventDict:
            actualEventDict['isError'] = 0
        _publish(self, actualEventDict)

    def showwarning(self, message, category, filename, lineno, file=None, line=None):
        if file is None:
            self.msg(warning=message, category='%s.%s' % (category.__module__, category.__name__),
                     filename=filename, lineno=lineno,
                     format='%(filename)s:%(lineno)s: %(category)s: %(warning)s')
        else:
            file.write(warnings.formatwarning(message, category, filename, lineno, line))


def _publish(publisher, event):
    with publisher._lock:
        observers = list(publisher.observers)
        if not observers and publisher is theLogPublisher and not _started:
            if event.get('isError'):
                text = textFromEventDict(event)
                if text is not None:
                    _write_stderr(text + '\n')
            return
        for o in observers:
            try:
                o(event)
            except KeyboardInterrupt:
                raise
            except BaseException:
                publisher.removeObserver(o)
                _write_stderr('Temporarily disabling observer %r due to exception\n' % (o,))
                publisher.addObserver(o)


def _write_stderr(text):
    stream = sys.__stderr__ if isinstance(sys.stderr, LoggingFile) else sys.stderr
    try:
        stream.write(text)
        stream.flush()
    except Exception:
        pass


theLogPublisher = LogPublisher()
_started = False
addObserver = theLogPublisher.addObserver
removeObserver = theLogPublisher.removeObserver
msg = theLogPublisher.msg
showwarning = theLogPublisher.showwarning


def err(_stuff=None, _why=None, **kw):
    """Write a failure to the log: _stuff a Failure, an exception, or None for the current one."""
    if _stuff is None:
        _stuff = failure.Failure()
    if isinstance(_stuff, failure.Failure):
        msg(failure=_stuff, why=_why, isError=1, **kw)
    elif isinstance(_stuff, BaseException):
        msg(failure=failure.Failure(_stuff), why=_why, isError=1, **kw)
    else:
        msg(repr(_stuff), why=_why, isError=1, **kw)


deferr = err


def _safeFormat(fmtString, fmtDict):
    try:
        text = fmtString % fmtDict
    except KeyboardInterrupt:
        raise
    except BaseException:
        try:
            text = ('Invalid format string or unformattable object in log message: %r, %s'
                    % (fmtString, fmtDict))
        except BaseException:
            text = 'UNFORMATTABLE OBJECT WRITTEN TO LOG with fmt %r, MESSAGE LOST' % (fmtString,)
    return text


def _safe_str(obj):
    try:
        return str(obj)
    except Exception:
        return '<unprintable object>'


def textFromEventDict(eventDict):
    """Extract text from an event dict passed to a log observer (None: nothing to show)."""
    edm = eventDict['message']
    if not edm:
        if eventDict['isError'] and 'failure' in eventDict:
            why = eventDict.get('why')
            if eventDict.get('_noWhy'):
                why = ''
            elif why:
                why = _safe_str(why)
            else:
                why = 'Unhandled Error'
            try:
                traceback = eventDict['failure'].getTraceback()
            except Exception as e:
                traceback = '(unable to obtain traceback): ' + str(e)
            text = why + '\n' + traceback
        elif 'format' in eventDict:
            text = _safeFormat(eventDict['format'], eventDict)
        else:
            return None
    else:
        text = ' '.join(map(_safe_str, edm))
    return text


class FileLogObserver(object):
    """Log observer that writes to a file-like object."""

    timeFormat = None

    def __init__(self, f):
        self.write = f.write
        self.flush = f.flush

    def getTimezoneOffset(self, when):
        import datetime
        offset = (datetime.datetime.utcfromtimestamp(when) - datetime.datetime.fromtimestamp(when))
        return offset.days * (60 * 60 * 24) + offset.seconds

    def formatTime(self, when):
        import datetime
        if self.timeFormat is not None:
            return datetime.datetime.fromtimestamp(when).strftime(self.timeFormat)
        tzOffset = -self.getTimezoneOffset(when)
        when = datetime.datetime.utcfromtimestamp(when + tzOffset)
        tzHour = abs(int(tzOffset / 60 / 60))
        tzMin = abs(int(tzOffset / 60 % 60))
        tzSign = '-' if tzOffset < 0 else '+'
        return '%d-%02d-%02d %02d:%02d:%02d%s%02d%02d' % (
            when.year, when.month, when.day, when.hour, when.minute, when.second, tzSign, tzHour, tzMin)

    def emit(self, eventDict):
        text = textFromEventDict(eventDict)
        if text is None:
            return
        timeStr = self.formatTime(eventDict['time'])
        fmtDict = {'system': eventDict['system'], 'text': text.replace('\n', '\n\t')}
        msgStr = _safeFormat('[%(system)s] %(text)s\n', fmtDict)
        self.write(timeStr + ' ' + msgStr)
        self.flush()

    def start(self):
        addObserver(self.emit)

    def stop(self):
        removeObserver(self.emit)


class PythonLoggingObserver(object):
    """Output twisted messages to Python standard library logging module."""

    def __init__(self, loggerName='twisted'):
        import logging
        self._logging = logging
        self.logger = logging.getLogger(loggerName)

    def emit(self, eventDict):
        if 'logLevel' in eventDict:
            level = eventDict['logLevel']
        elif eventDict['isError']:
            level = self._logging.ERROR
        else:
            level = self._logging.INFO
        text = textFromEventDict(eventDict)
        if text is None:
            return
        self.logger.log(level, text)

    def start(self):
        addObserver(self.emit)

    def stop(self):
        removeObserver(self.emit)


class StdioOnnaStick(object):
    """Class that pretends to be stdout/err, and turns writes into log messages."""

    closed = 0
    softspace = 0
    mode = 'wb'
    name = '<stdio (log)>'

    def __init__(self, isError=0, encoding=None):
        self.isError = isError
        self.encoding = encoding or getattr(sys.__stdout__, 'encoding', None) or 'utf-8'
        self.buf = ''

    def close(self):
        pass

    def fileno(self):
        return -1

    def flush(self):
        pass

    def read(self):
        raise IOError("can't read this")

    readline = read
    readlines = read
    seek = read
    tell = read

    def write(self, data):
        d = (self.buf + data).split('\n')
        self.buf = d[-1]
        for line in d[:-1]:
            msg(line, printed=1, isError=self.isError)

    def writelines(self, lines):
        for line in lines:
            msg(line, printed=1, isError=self.isError)


LoggingFile = StdioOnnaStick


def startLogging(file, *a, **kw):
    """Initialize logging to a specified file; setStdout (default true) sends print to the log."""
    if isinstance(file, LoggingFile):
        return
    flo = FileLogObserver(file)
    startLoggingWithObserver(flo.emit, *a, **kw)
    return flo


def startLoggingWithObserver(observer, setStdout=1):
    """Initialize logging to a specified observer. If setStdout is true (defaults to yes), also
    redirect sys.stdout and sys.stderr to the log."""
    global _started
    addObserver(observer)
    _started = True
    msg('Log opened.')
    if setStdout:
        sys.stdout = LoggingFile(0)
        sys.stderr = LoggingFile(1)


class NullFile(object):
    softspace = 0

    def read(self):
        pass

    def write(self, bytes):
        pass

    def flush(self):
        pass

    def close(self):
        pass


def discardLogs():
    """Discard messages logged via the global logfile object."""
    global logfile
    logfile = NullFile()


logfile = StdioOnnaStick(0)
logerr = StdioOnnaStick(1)


class Logger(object):
    """This represents a class which may 'own' a log. Used by subclassing."""

    def logPrefix(self):
        return '-'


class ILogObserver(object):
    """An observer which can do something with log events (interface marker)."""
