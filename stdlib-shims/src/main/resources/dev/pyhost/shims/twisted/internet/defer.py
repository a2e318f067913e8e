# twisted.internet.defer: Deferred and friends, with Twisted's exact callback-chain semantics
# (chaining without recursion, pausing on a returned Deferred, Failure on exceptions, the
# "Unhandled error in Deferred" report when a failed Deferred is collected).
import atexit
import gc
import sys
import traceback
import types
import warnings
from functools import wraps

from twisted.python import failure, log
from twisted.python.failure import Failure

PY3 = sys.version_info[0] >= 3


class AlreadyCalledError(Exception):
    """This error is raised when one of Deferred.callback or Deferred.errback is called after
    one of the two had already been called."""


class CancelledError(Exception):
    """This error is raised by default when a Deferred is cancelled."""


class TimeoutError(Exception):
    """This error is raised by default when a Deferred times out."""


class NotACoroutineError(TypeError):
    """This error is raised when a coroutine is expected and something else is encountered."""


def logError(err):
    """Log and return failure."""
    log.err(err)
    return err


def succeed(result):
    """Return a Deferred that has already had .callback(result) called."""
    d = Deferred()
    d.callback(result)
    return d


def fail(result=None):
    """Return a Deferred that has already had .errback(result) called."""
    d = Deferred()
    d.errback(result)
    return d


def execute(callable, *args, **kw):
    """Create a Deferred from a callable and arguments."""
    try:
        result = callable(*args, **kw)
    except BaseException:
        return fail()
    else:
        return succeed(result)


def maybeDeferred(f, *args, **kw):
    """Invoke a function that may or may not return a Deferred or coroutine."""
    try:
        result = f(*args, **kw)
    except BaseException:
        return fail(Failure(captureVars=Deferred.debug))
    if isinstance(result, Deferred):
        return result
    elif isinstance(result, Failure):
        return fail(result)
    elif _iscoroutine(result):
        return Deferred.fromCoroutine(result)
    return succeed(result)


def _iscoroutine(value):
    return PY3 and type(value).__name__ == 'coroutine'


def passthru(arg):
    return arg


def _failthru(arg):
    return arg


def setDebugging(on):
    """Enable or disable Deferred debugging."""
    Deferred.debug = bool(on)


def getDebugging():
    """Determine whether Deferred debugging is enabled."""
    return Deferred.debug


def _cancelledToTimedOutError(value, timeout):
    if isinstance(value, Failure):
        value.trap(CancelledError)
        raise TimeoutError(timeout, 'Deferred')
    return value


class _Sentinel(object):
    def __init__(self, name):
        self.name = name

    def __repr__(self):
        return '<%s>' % self.name


_NO_RESULT = _Sentinel('_NO_RESULT')
_CONTINUE = _Sentinel('_CONTINUE')


class DebugInfo(object):
    """Deferred debug helper."""

    failResult = None
    creator = None
    invoker = None

    def _getDebugTracebacks(self):
        info = ''
        if self.creator is not None:
            info += ' C: Deferred was created:\n C:'
            info += ''.join(self.creator).rstrip().replace('\n', '\n C:')
            info += '\n'
        if self.invoker is not None:
            info += ' I: First Invoker was:\n I:'
            info += ''.join(self.invoker).rstrip().replace('\n', '\n I:')
            info += '\n'
        return info

    def __del__(self):
        """If the last callback left the Deferred failed, report the Failure."""
        if self.failResult is not None:
            _reportUnhandled(self.failResult, self._getDebugTracebacks())
            self.failResult = None


def _collectAtExit():
    # Failed Deferreds report themselves when collected; on the JVM collection is not prompt,
    # so collect before the interpreter ends, as CPython's refcounting would have done earlier.
    try:
        gc.collect()
        gc.collect()
    except Exception:
        pass


atexit.register(_collectAtExit)


def _reportUnhandled(fail, debugInfo=''):
    log.msg('Unhandled error in Deferred:', isError=True)
    if debugInfo:
        log.msg(failure=fail, isError=1, why='(debug: %s)' % debugInfo)
    else:
        log.msg(failure=fail, isError=1, _noWhy=True)


class Deferred(object):
    """This is a callback which will be put off until later."""

    called = False
    paused = 0
    _debugInfo = None
    _suppressAlreadyCalled = False
    _runningCallbacks = False
    debug = False
    _chainedTo = None

    def __init__(self, canceller=None):
        self.callbacks = []
        self._canceller = canceller
        if self.debug:
            self._debugInfo = DebugInfo()
            self._debugInfo.creator = traceback.format_stack()[:-1]

    def addCallbacks(self, callback, errback=None, callbackArgs=(), callbackKeywords=None,
                     errbackArgs=(), errbackKeywords=None):
        """Add a pair of callbacks (success and error) to this Deferred."""
        if errback is None:
            errback = passthru
        if callbackKeywords is None:
            callbackKeywords = {}
        if errbackKeywords is None:
            errbackKeywords = {}
        assert callable(callback)
        assert callable(errback)
        self.callbacks.append(((callback, callbackArgs, callbackKeywords),
                               (errback, errbackArgs, errbackKeywords)))
        if self.called:
            self._runCallbacks()
        return self

    def addCallback(self, callback, *args, **kw):
        """Convenience method for adding just a callback."""
        return self.addCallbacks(callback, callbackArgs=args, callbackKeywords=kw)

    def addErrback(self, errback, *args, **kw):
        """Convenience method for adding just an errback."""
        return self.addCallbacks(passthru, errback, errbackArgs=args, errbackKeywords=kw)

    def addBoth(self, callback, *args, **kw):
        """Convenience method for adding a single callable as both a callback and an errback."""
        return self.addCallbacks(callback, callback, callbackArgs=args, errbackArgs=args,
                                 callbackKeywords=kw, errbackKeywords=kw)

    def addTimeout(self, timeout, clock, onTimeoutCancel=None):
        """Time out this Deferred by scheduling it to be cancelled after timeout seconds."""
        timedOut = [False]

        def timeItOut():
            timedOut[0] = True
            self.cancel()

        delayedCall = clock.callLater(timeout, timeItOut)

        def convertCancelled(value):
            if timedOut[0]:
                toCall = onTimeoutCancel or _cancelledToTimedOutError
                return toCall(value, timeout)
            return value

        self.addBoth(convertCancelled)

        def cancelTimeout(result):
            if delayedCall.active():
                delayedCall.cancel()
            return result

        self.addBoth(cancelTimeout)
        return self

    def chainDeferred(self, d):
        """Chain another Deferred to this Deferred: its result becomes d's."""
        d._chainedTo = self
        return self.addCallbacks(d.callback, d.errback)

    def callback(self, result):
        """Run all success callbacks that have been added to this Deferred."""
        assert not isinstance(result, Deferred)
        self._startRunCallbacks(result)

    def errback(self, fail=None):
        """Run all error callbacks that have been added to this Deferred."""
        if fail is None:
            fail = Failure(captureVars=self.debug)
        elif not isinstance(fail, Failure):
            fail = Failure(fail)
        self._startRunCallbacks(fail)

    def pause(self):
        """Stop processing on a Deferred until unpause() is called."""
        self.paused = self.paused + 1

    def unpause(self):
        """Process all callbacks made since pause() was called."""
        self.paused = self.paused - 1
        if self.paused:
            return
        if self.called:
            self._runCallbacks()

    def cancel(self):
        """Cancel this Deferred."""
        if not self.called:
            canceller = self._canceller
            if canceller:
                canceller(self)
            else:
                self._suppressAlreadyCalled = True
            if not self.called:
                self.errback(Failure(CancelledError()))
        elif isinstance(self.result, Deferred):
            self.result.cancel()

    def _startRunCallbacks(self, result):
        if self.called:
            if self._suppressAlreadyCalled:
                self._suppressAlreadyCalled = False
                return
            if self.debug:
                if self._debugInfo is None:
                    self._debugInfo = DebugInfo()
                raise AlreadyCalledError('\n' + self._debugInfo._getDebugTracebacks())
            raise AlreadyCalledError
        if self.debug:
            if self._debugInfo is None:
                self._debugInfo = DebugInfo()
            self._debugInfo.invoker = traceback.format_stack()[:-2]
        self.called = True
        self.result = result
        self._runCallbacks()

    def _continuation(self):
        return ((_CONTINUE, (self,), None), (_CONTINUE, (self,), None))

    def _runCallbacks(self):
        """Run the chain of callbacks once a result is available (no recursion on chaining)."""
        if self._runningCallbacks:
            return
        chain = [self]
        while chain:
            current = chain[-1]
            if current.paused:
                return
            finished = True
            current._chainedTo = None
            while current.callbacks:
                item = current.callbacks.pop(0)
                if not isinstance(current.result, Failure):
                    callback, args, kwargs = item[0]
                else:
                    callback, args, kwargs = item[1]
                if callback is _CONTINUE:
                    chainee = args[0]
                    chainee.result = current.result
                    current.result = None
                    if current._debugInfo is not None:
                        current._debugInfo.failResult = None
                    chainee.paused -= 1
                    chain.append(chainee)
                    finished = False
                    break
                try:
                    current._runningCallbacks = True
                    try:
                        current.result = callback(current.result, *args, **kwargs)
                        if current.result is current:
                            warnings.warn(
                                'Callback returned the Deferred it was attached to; this breaks '
                                'the callback chain and will raise an exception in the future.',
                                DeprecationWarning)
                    finally:
                        current._runningCallbacks = False
                except BaseException:
                    current.result = Failure(captureVars=self.debug)
                else:
                    if isinstance(current.result, Deferred):
                        resultResult = getattr(current.result, 'result', _NO_RESULT)
                        if (resultResult is _NO_RESULT or isinstance(resultResult, Deferred)
                                or current.result.paused):
                            current.pause()
                            current._chainedTo = current.result
                            current.result.callbacks.append(current._continuation())
                            break
                        else:
                            current.result.result = None
                            if current.result._debugInfo is not None:
                                current.result._debugInfo.failResult = None
                            current.result = resultResult
            if finished:
                if isinstance(current.result, Failure):
                    current.result.cleanFailure()
                    if current._debugInfo is None:
                        current._debugInfo = DebugInfo()
                    current._debugInfo.failResult = current.result
                else:
                    if current._debugInfo is not None:
                        current._debugInfo.failResult = None
                chain.pop()

    def __str__(self):
        cname = self.__class__.__name__
        result = getattr(self, 'result', _NO_RESULT)
        myID = id(self)
        if self._chainedTo is not None:
            result = ' waiting on Deferred at 0x%x' % (id(self._chainedTo),)
        elif result is _NO_RESULT:
            result = ''
        else:
            result = ' current result: %r' % (result,)
        return '<%s at 0x%x%s>' % (cname, myID, result)

    __repr__ = __str__

    def __iter__(self):
        return self

    def send(self, value=None):
        if self.paused:
            return self
        result = getattr(self, 'result', _NO_RESULT)
        if result is _NO_RESULT:
            return self
        if isinstance(result, Failure):
            if self._debugInfo is not None:
                self._debugInfo.failResult = None
            result.value.__failure__ = result
            raise result.value
        else:
            raise StopIteration(result)

    __next__ = send
    next = send

    def __await__(self):
        return self.__iter__()

    @classmethod
    def fromCoroutine(cls, coro):
        """Schedule the execution of a coroutine that awaits on Deferreds, wrapping it in a
        Deferred that will fire on success/failure of the coroutine."""
        if _iscoroutine(coro) or isinstance(coro, types.GeneratorType):
            return _cancellableInlineCallbacks(coro)
        raise NotACoroutineError('%r is not a coroutine' % (coro,))


def ensureDeferred(coro):
    """Schedule the execution of a coroutine that awaits/yields from Deferreds."""
    if isinstance(coro, Deferred):
        return coro
    try:
        return Deferred.fromCoroutine(coro)
    except NotACoroutineError:
        raise NotACoroutineError('%r is not a coroutine or a Deferred' % (coro,))


class FirstError(Exception):
    """First error to occur in a DeferredList if fireOnOneErrback is set."""

    def __init__(self, failure, index):
        Exception.__init__(self, failure, index)
        self.subFailure = failure
        self.index = index

    def __repr__(self):
        return 'FirstError[#%d, %r]' % (self.index, self.subFailure.value)

    def __str__(self):
        return 'FirstError[#%d, %s]' % (self.index, self.subFailure)

    def __eq__(self, other):
        if isinstance(other, FirstError):
            return self.subFailure == other.subFailure and self.index == other.index
        return False

    def __ne__(self, other):
        return not self.__eq__(other)

    __hash__ = Exception.__hash__


SUCCESS = True
FAILURE = False


class DeferredList(Deferred):
    """DeferredList is a tool for collecting the results of several Deferreds."""

    fireOnOneCallback = False
    fireOnOneErrback = False

    def __init__(self, deferredList, fireOnOneCallback=False, fireOnOneErrback=False,
                 consumeErrors=False):
        self._deferredList = list(deferredList)
        self.resultList = [None] * len(self._deferredList)
        Deferred.__init__(self)
        if len(self._deferredList) == 0 and not fireOnOneCallback:
            self.callback(self.resultList)
        self.fireOnOneCallback = fireOnOneCallback
        self.fireOnOneErrback = fireOnOneErrback
        self.consumeErrors = consumeErrors
        self.finishedCount = 0
        index = 0
        for deferred in self._deferredList:
            deferred.addCallbacks(self._cbDeferred, self._cbDeferred,
                                  callbackArgs=(index, SUCCESS), errbackArgs=(index, FAILURE))
            index = index + 1

    def _cbDeferred(self, result, index, succeeded):
        self.resultList[index] = (succeeded, result)
        self.finishedCount += 1
        if not self.called:
            if succeeded == SUCCESS and self.fireOnOneCallback:
                self.callback((result, index))
            elif succeeded == FAILURE and self.fireOnOneErrback:
                self.errback(Failure(FirstError(result, index)))
            elif self.finishedCount == len(self.resultList):
                self.callback(self.resultList)
        if succeeded == FAILURE and self.consumeErrors:
            return None
        return result

    def cancel(self):
        if not self.called:
            for deferred in self._deferredList:
                try:
                    deferred.cancel()
                except BaseException:
                    log.err(None, 'Exception raised from user supplied canceller')


def _parseDeferredListResult(resultList, fireOnOneErrback=False):
    return [x[1] for x in resultList]


_parseDListResult = _parseDeferredListResult


def gatherResults(deferredList, consumeErrors=False):
    """Returns, via a Deferred, a list with the results of the given Deferreds."""
    d = DeferredList(deferredList, fireOnOneErrback=True, consumeErrors=consumeErrors)
    d.addCallback(_parseDeferredListResult)
    return d


class _DefGen_Return(BaseException):
    def __init__(self, value):
        BaseException.__init__(self, value)
        self.value = value


def returnValue(val):
    """Return val from an inlineCallbacks generator."""
    raise _DefGen_Return(val)


class _CancellationStatus(object):
    def __init__(self, deferred):
        self.deferred = deferred
        self.waitingOn = None


def _inlineCallbacks(result, gen, status):
    """Carry out the work of inlineCallbacks: send each yielded Deferred's result back in."""
    waiting = [True, None]
    while 1:
        try:
            if isinstance(result, Failure):
                result = result.throwExceptionIntoGenerator(gen)
            else:
                result = gen.send(result)
        except StopIteration as e:
            status.deferred.callback(getattr(e, 'value', None))
            return
        except _DefGen_Return as e:
            status.deferred.callback(e.value)
            return
        except BaseException:
            status.deferred.errback()
            return
        if _iscoroutine(result) or isinstance(result, types.GeneratorType):
            result = _cancellableInlineCallbacks(result)
        if isinstance(result, Deferred):
            def gotResult(r):
                if waiting[0]:
                    waiting[0] = False
                    waiting[1] = r
                else:
                    status.waitingOn = None
                    _inlineCallbacks(r, gen, status)

            result.addBoth(gotResult)
            if waiting[0]:
                waiting[0] = False
                status.waitingOn = result
                return
            result = waiting[1]
            waiting[0] = True
            waiting[1] = None


class _InternalInlineCallbacksCancelledError(Exception):
    """A unique exception used only in _cancellableInlineCallbacks."""


def _cancellableInlineCallbacks(gen):
    def cancel(it):
        it.callbacks, tmp = [], it.callbacks
        it.addErrback(handleCancel)
        it.callbacks.extend(tmp)
        it.errback(_InternalInlineCallbacksCancelledError())

    deferred = Deferred(cancel)
    status = _CancellationStatus(deferred)

    def handleCancel(result):
        result.trap(_InternalInlineCallbacksCancelledError)
        status.deferred = Deferred(cancel)
        awaited = status.waitingOn
        awaited.cancel()
        return status.deferred

    _inlineCallbacks(None, gen, status)
    return deferred


def inlineCallbacks(f):
    """Decorator: a generator yielding Deferreds becomes a function returning a Deferred."""

    @wraps(f)
    def unwindGenerator(*args, **kwargs):
        try:
            gen = f(*args, **kwargs)
        except _DefGen_Return:
            raise TypeError('inlineCallbacks requires %r to produce a generator; instead caught '
                            'returnValue being used in a non-generator' % (f,))
        if not isinstance(gen, types.GeneratorType):
            raise TypeError('inlineCallbacks requires %r to produce a generator; instead got %r'
                            % (f, gen))
        return _cancellableInlineCallbacks(gen)

    return unwindGenerator


class _ConcurrencyPrimitive(object):
    def __init__(self):
        self.waiting = []

    def _releaseAndReturn(self, r):
        self.release()
        return r

    def run(*args, **kwargs):
        """Acquire, run, release."""
        if len(args) < 2:
            if not args:
                raise TypeError('run() takes at least 2 arguments, none given.')
            raise TypeError('%s.run() takes at least 2 arguments, 1 given'
                            % (args[0].__class__.__name__,))
        self, f = args[:2]
        args = args[2:]

        def execute(ignoredResult):
            d = maybeDeferred(f, *args, **kwargs)
            d.addBoth(self._releaseAndReturn)
            return d

        d = self.acquire()
        d.addCallback(execute)
        return d

    def __aenter__(self):
        return self.acquire()

    def __aexit__(self, exc_type, exc_val, exc_tb):
        self.release()
        return succeed(False)


class DeferredLock(_ConcurrencyPrimitive):
    """A lock for event driven systems."""

    locked = False

    def _cancelAcquire(self, d):
        self.waiting.remove(d)

    def acquire(self):
        d = Deferred(canceller=self._cancelAcquire)
        if self.locked:
            self.waiting.append(d)
        else:
            self.locked = True
            d.callback(self)
        return d

    def release(self):
        assert self.locked, 'Tried to release an unlocked lock'
        self.locked = False
        if self.waiting:
            self.locked = True
            d = self.waiting.pop(0)
            d.callback(self)


class DeferredSemaphore(_ConcurrencyPrimitive):
    """A semaphore for event driven systems."""

    def __init__(self, tokens):
        if tokens < 1:
            raise ValueError('DeferredSemaphore requires tokens >= 1')
        _ConcurrencyPrimitive.__init__(self)
        self.tokens = tokens
        self.limit = tokens

    def _cancelAcquire(self, d):
        self.waiting.remove(d)

    def acquire(self):
        assert self.tokens >= 0, 'Internal inconsistency??  tokens should never be negative'
        d = Deferred(canceller=self._cancelAcquire)
        if not self.tokens:
            self.waiting.append(d)
        else:
            self.tokens = self.tokens - 1
            d.callback(self)
        return d

    def release(self):
        assert self.tokens < self.limit, 'Someone released me too many times: too many tokens!'
        self.tokens = self.tokens + 1
        if self.waiting:
            self.tokens = self.tokens - 1
            d = self.waiting.pop(0)
            d.callback(self)


class QueueOverflow(Exception):
    pass


class QueueUnderflow(Exception):
    pass


class DeferredQueue(object):
    """An event driven queue: get() returns a Deferred."""

    def __init__(self, size=None, backlog=None):
        self.waiting = []
        self.pending = []
        self.size = size
        self.backlog = backlog

    def _cancelGet(self, d):
        self.waiting.remove(d)

    def put(self, obj):
        if self.waiting:
            self.waiting.pop(0).callback(obj)
        elif self.size is None or len(self.pending) < self.size:
            self.pending.append(obj)
        else:
            raise QueueOverflow()

    def get(self):
        if self.pending:
            return succeed(self.pending.pop(0))
        elif self.backlog is None or len(self.waiting) < self.backlog:
            d = Deferred(canceller=self._cancelGet)
            self.waiting.append(d)
            return d
        else:
            raise QueueUnderflow()


__all__ = ['Deferred', 'DeferredList', 'succeed', 'fail', 'FAILURE', 'SUCCESS', 'AlreadyCalledError',
           'TimeoutError', 'gatherResults', 'maybeDeferred', 'ensureDeferred', 'returnValue',
           'inlineCallbacks', 'DeferredLock', 'DeferredSemaphore', 'DeferredQueue',
           'CancelledError', 'FirstError', 'execute', 'passthru', 'logError']
