# twisted.python.failure: Failure, an exception with its traceback, carried through Deferreds.
import linecache
import sys

PY3 = sys.version_info[0] >= 3
count = 0
traceupLength = 4
EXCEPTION_CAUGHT_HERE = '--- <exception caught here> ---'


class DefaultException(Exception):
    pass


class NoCurrentExceptionError(Exception):
    """Raised when trying to create a Failure from the current interpreter exception state and
    there is no current exception state."""


def _qual(cls):
    module = getattr(cls, '__module__', None)
    name = getattr(cls, '__qualname__', None) or cls.__name__
    if module is None:
        return name
    return '%s.%s' % (module, name)


def _safe_str(obj):
    try:
        return str(obj)
    except Exception:
        try:
            return '<%s instance at 0x%x with str error>' % (_qual(obj.__class__), id(obj))
        except Exception:
            return '<unprintable object>'


if PY3:
    def _reraise(value, tb):
        raise value.with_traceback(tb)
else:
    exec('def _reraise(value, tb):\n    raise value.__class__, value, tb\n')


def _parents(cls):
    seen = []
    for c in getattr(cls, '__mro__', None) or _old_mro(cls):
        seen.append(_qual(c))
    return seen


def _old_mro(cls):
    out = [cls]
    for base in getattr(cls, '__bases__', ()):
        out.extend(_old_mro(base))
    return out


def format_frames(frames, write, detail='default'):
    """Format and write frames: (funcName, fileName, lineNumber, locals, globals) tuples."""
    if detail not in ('default', 'brief', 'verbose', 'verbose-vars-not-captured'):
        raise ValueError('Detail must be default, brief, verbose, or verbose-vars-not-captured. (not %r)'
                         % (detail,))
    w = write
    if detail == 'brief':
        for method, filename, lineno, localVars, globalVars in frames:
            w('%s:%s:%s\n' % (filename, lineno, method))
    elif detail == 'default':
        for method, filename, lineno, localVars, globalVars in frames:
            w('  File "%s", line %s, in %s\n' % (filename, lineno, method))
            w('    %s\n' % linecache.getline(filename, lineno).strip())
    else:
        for method, filename, lineno, localVars, globalVars in frames:
            w('%s:%d: %s(...)\n' % (filename, lineno, method))
        if detail == 'verbose-vars-not-captured':
            w(' [Capture of Locals and Globals disabled (use captureVars=True)]\n')


def _frame_tuple(f, lineno):
    return (f.f_code.co_name, f.f_code.co_filename, lineno, [], [])


class Failure(BaseException):
    """A basic abstraction for an error that has occurred: its type, value and traceback."""

    pickled = 0
    stack = None
    _yieldOpcode = None

    def __init__(self, exc_value=None, exc_type=None, exc_tb=None, captureVars=False):
        global count
        count = count + 1
        self.count = count
        self.captureVars = captureVars
        self.type = self.value = tb = None
        stackOffset = 0
        if exc_value is None:
            self.type, self.value, tb = sys.exc_info()
            if self.type is None:
                raise NoCurrentExceptionError()
            stackOffset = 1
        elif exc_type is None:
            if isinstance(exc_value, Exception) or isinstance(exc_value, BaseException):
                self.type = exc_value.__class__
            else:
                self.type = type(exc_value)
            self.value = exc_value
        else:
            self.type = exc_type
            self.value = exc_value
        if isinstance(self.value, Failure):
            self._extrapolate(self.value)
            return
        if tb is None:
            if exc_tb:
                tb = exc_tb
            elif PY3 and getattr(self.value, '__traceback__', None):
                tb = self.value.__traceback__
        frames = self.frames = []
        stack = self.stack = []
        self.tb = tb
        if tb:
            f = tb.tb_frame
        elif not isinstance(self.value, Failure):
            f = stackOffset = None
        while stackOffset and f:
            f = f.f_back
            stackOffset -= 1
        while f:
            stack.insert(0, _frame_tuple(f, f.f_lineno))
            f = f.f_back
        while tb is not None:
            frames.append(_frame_tuple(tb.tb_frame, tb.tb_lineno))
            tb = tb.tb_next
        if isinstance(self.type, type) or hasattr(self.type, '__bases__'):
            self.parents = _parents(self.type)
        else:
            self.parents = [self.type]

    def _extrapolate(self, other):
        self.__dict__.update(dict((k, v) for k, v in other.__dict__.items() if k != 'count'))

    def trap(self, *errorTypes):
        """Trap this failure if its type is in a predetermined list; otherwise re-raise it."""
        error = self.check(*errorTypes)
        if not error:
            if PY3:
                self.raiseException()
            raise self
        return error

    def check(self, *errorTypes):
        """Check if this failure's type is in a predetermined list."""
        for error in errorTypes:
            err = error
            if isinstance(error, type) and issubclass(error, BaseException):
                err = _qual(error)
            if err in self.parents:
                return error
        return None

    def raiseException(self):
        """Raise the original exception, preserving traceback information if available."""
        _reraise(self.value, self.tb)

    def throwExceptionIntoGenerator(self, g):
        """Throw the original exception into the given generator, preserving traceback."""
        if PY3:
            return g.throw(self.value.with_traceback(self.tb))
        return g.throw(self.type, self.value, self.tb)

    def cleanFailure(self):
        """Remove references to other objects, replacing them with strings."""
        self.tb = None

    def getTracebackObject(self):
        return self.tb

    def getErrorMessage(self):
        """Get a string of the exception which caused this Failure."""
        if isinstance(self.value, Failure):
            return self.value.getErrorMessage()
        return _safe_str(self.value)

    def getBriefTraceback(self):
        io = _StringWriter()
        self.printBriefTraceback(file=io)
        return io.getvalue()

    def getTraceback(self, elideFrameworkCode=0, detail='default'):
        io = _StringWriter()
        self.printTraceback(file=io, elideFrameworkCode=elideFrameworkCode, detail=detail)
        return io.getvalue()

    def printTraceback(self, file=None, elideFrameworkCode=False, detail='default'):
        """Emulate Python's standard error reporting mechanism."""
        if file is None:
            from twisted.python import log
            file = log.logerr
        w = file.write
        if detail == 'verbose' and not self.captureVars:
            formatDetail = 'verbose-vars-not-captured'
        else:
            formatDetail = detail
        if detail == 'verbose':
            w('*--- Failure #%d%s---\n' % (self.count, (self.pickled and ' (pickled) ') or ' '))
        elif detail == 'brief':
            hasFrames = 'Traceback' if self.frames else 'Traceback (failure with no frames)'
            w('%s: %s: %s\n' % (hasFrames, _safe_str(self.type), _safe_str(self.value)))
        else:
            w('Traceback (most recent call last):\n')
        if self.frames:
            if not elideFrameworkCode:
                format_frames(self.stack[-traceupLength:], w, formatDetail)
                w('%s\n' % EXCEPTION_CAUGHT_HERE)
            format_frames(self.frames, w, formatDetail)
        elif not detail == 'brief':
            w('Failure: ')
        if not detail == 'brief':
            w('%s: %s\n' % (_qual(self.type), _safe_str(self.value)))
        if isinstance(self.value, Failure):
            file.write(' (chained Failure)\n')
            self.value.printTraceback(file, elideFrameworkCode, detail)
        if detail == 'verbose':
            w('*--- End of Failure #%d ---\n' % self.count)

    def printBriefTraceback(self, file=None, elideFrameworkCode=0):
        self.printTraceback(file, elideFrameworkCode, detail='brief')

    def printDetailedTraceback(self, file=None, elideFrameworkCode=0):
        self.printTraceback(file, elideFrameworkCode, detail='verbose')

    def __repr__(self):
        return '<%s %s: %s>' % (_qual(self.__class__), _qual(self.type), self.getErrorMessage())

    def __str__(self):
        return '[Failure instance: %s]' % self.getBriefTraceback()

    def __getstate__(self):
        c = self.__dict__.copy()
        c['tb'] = None
        c['pickled'] = 1
        return c


class _StringWriter(object):
    def __init__(self):
        self.parts = []

    def write(self, text):
        self.parts.append(text)

    def getvalue(self):
        return ''.join(self.parts)


def _safeReprVars(varsDictItems):
    return [(name, repr(obj)) for (name, obj) in varsDictItems]


startDebugMode = lambda: None
