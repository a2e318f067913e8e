# twisted.internet.task: LoopingCall, deferLater, Clock (a deterministic IReactorTime), react,
# and a simple cooperative iterator scheduler.
import sys

from twisted.internet import error
from twisted.internet.defer import Deferred, maybeDeferred, ensureDeferred
from twisted.python import log
from twisted.python.failure import Failure


def _safe_repr(obj):
    try:
        return repr(obj)
    except Exception:
        return '<unrepresentable object>'


class LoopingCall(object):
    """Call a function repeatedly, every interval seconds."""

    call = None
    running = False
    _deferred = None
    interval = None
    _runAtStart = False
    starttime = None
    _realLastTime = None

    def __init__(self, f, *a, **kw):
        self.f = f
        self.a = a
        self.kw = kw
        from twisted.internet import reactor
        self.clock = reactor

    @property
    def deferred(self):
        return self._deferred

    @classmethod
    def withCount(cls, countCallable):
        """A LoopingCall calling countCallable with the number of intervals since the last
        call (more than 1 when the clock skipped)."""

        def counter():
            now = self.clock.seconds()
            if self.interval == 0:
                self._realLastTime = now
                return countCallable(1)
            lastTime = self._realLastTime
            if lastTime is None:
                lastTime = self.starttime
                if self._runAtStart:
                    lastTime -= self.interval
            lastInterval = self._intervalOf(lastTime)
            thisInterval = self._intervalOf(now)
            count = thisInterval - lastInterval
            if count > 0:
                self._realLastTime = now
                return countCallable(count)
            return None

        self = cls(counter)
        return self

    def _intervalOf(self, t):
        elapsedTime = t - self.starttime
        return int(elapsedTime / self.interval)

    def start(self, interval, now=True):
        """Start running function every interval seconds; the Deferred returned fires with
        self when stopped, or with the failure of the function."""
        assert not self.running, 'Tried to start an already running LoopingCall.'
        if interval < 0:
            raise ValueError('interval must be >= 0')
        self.running = True
        deferred = self._deferred = Deferred()
        self.starttime = self.clock.seconds()
        self.interval = interval
        self._runAtStart = now
        if now:
            self()
        else:
            self._scheduleFrom(self.starttime)
        return deferred

    def stop(self):
        """Stop running function."""
        assert self.running, 'Tried to stop a LoopingCall that was not running.'
        self.running = False
        if self.call is not None:
            self.call.cancel()
            self.call = None
            d, self._deferred = self._deferred, None
            d.callback(self)

    def reset(self):
        """Skip the next iteration and reset the timer."""
        assert self.running, 'Tried to reset a LoopingCall that was not running.'
        if self.call is not None:
            self.call.cancel()
            self.call = None
            self.starttime = self.clock.seconds()
            self._scheduleFrom(self.starttime)

    def __call__(self):
        def cb(result):
            if self.running:
                self._scheduleFrom(self.clock.seconds())
            else:
                d, self._deferred = self._deferred, None
                d.callback(self)

        def eb(failure):
            self.running = False
            d, self._deferred = self._deferred, None
            d.errback(failure)

        self.call = None
        d = maybeDeferred(self.f, *self.a, **self.kw)
        d.addCallback(cb)
        d.addErrback(eb)

    def _scheduleFrom(self, when):
        def howLong():
            if self.interval == 0:
                return 0
            runningFor = when - self.starttime
            untilNextInterval = self.interval - (runningFor % self.interval)
            if when == when + untilNextInterval:
                return self.interval
            return untilNextInterval

        self.call = self.clock.callLater(howLong(), self)

    def __repr__(self):
        func = getattr(self.f, '__qualname__', None)
        if func is None:
            func = getattr(self.f, '__name__', None)
            if func is not None:
                imClass = getattr(self.f, 'im_class', None)
                if imClass is not None:
                    func = '%s.%s' % (imClass, func)
        if func is None:
            func = _safe_repr(self.f)
        return 'LoopingCall<%r>(%s, *%s, **%s)' % (self.interval, func, _safe_repr(self.a),
                                                  _safe_repr(self.kw))


class SchedulerError(Exception):
    """The operation could not be completed because the scheduler or one of its tasks was in
    an invalid state."""


class SchedulerStopped(SchedulerError):
    """The operation could not complete because the scheduler was stopped in progress."""


class TaskFinished(SchedulerError):
    """The operation could not complete because the task was already completed."""


class TaskDone(TaskFinished):
    """The operation could not complete because the task was already completed."""


class TaskStopped(TaskFinished):
    """The operation could not complete because the task was stopped."""


class TaskFailed(TaskFinished):
    """The operation could not complete because the task died with an unhandled error."""


class NotPaused(SchedulerError):
    """This exception is raised when a task is resumed which was not previously paused."""


class CooperativeTask(object):
    """A task of a Cooperator: one iterator, stepped one item at a time."""

    def __init__(self, iterator, cooperator):
        self._iterator = iterator
        self._cooperator = cooperator
        self._deferreds = []
        self._pauseCount = 0
        self._completionState = None
        self._completionResult = None
        cooperator._addTask(self)

    def whenDone(self):
        d = Deferred()
        if self._completionState is None:
            self._deferreds.append(d)
        else:
            d.callback(self._completionResult)
        return d

    def pause(self):
        self._checkFinish()
        self._pauseCount += 1
        if self._pauseCount == 1:
            self._cooperator._removeTask(self)

    def resume(self):
        if self._pauseCount == 0:
            raise NotPaused()
        self._pauseCount -= 1
        if self._pauseCount == 0 and self._completionState is None:
            self._cooperator._addTask(self)

    def _completeWith(self, completionState, deferredResult):
        self._completionState = completionState
        self._completionResult = deferredResult
        if not self._pauseCount:
            self._cooperator._removeTask(self)
        for d in self._deferreds:
            d.callback(deferredResult)

    def stop(self):
        self._checkFinish()
        self._completeWith(TaskStopped(), Failure(TaskStopped()))

    def _checkFinish(self):
        if self._completionState is not None:
            raise self._completionState

    def _oneWorkUnit(self):
        try:
            result = next(self._iterator)
        except StopIteration:
            self._completeWith(TaskDone(), self._iterator)
        except BaseException:
            self._completeWith(TaskFailed(), Failure())
        else:
            if isinstance(result, Deferred):
                self.pause()

                def failLater(failure):
                    self._completeWith(TaskFailed(), failure)

                result.addCallbacks(lambda result: self.resume(), failLater)


class Cooperator(object):
    """Cooperative task scheduler: steps every task in turn, a batch per reactor turn."""

    def __init__(self, terminationPredicateFactory=None, scheduler=None, started=True):
        self._tasks = []
        self._metarator = iter(())
        self._terminationPredicateFactory = terminationPredicateFactory or _Timer
        if scheduler is None:
            from twisted.internet import reactor

            def scheduler(x):
                return reactor.callLater(_EPSILON, x)
        self._scheduler = scheduler
        self._delayedCall = None
        self._stopped = False
        self._started = started

    def coiterate(self, iterator, doneDeferred=None):
        if doneDeferred is None:
            doneDeferred = Deferred()
        CooperativeTask(iterator, self).whenDone().chainDeferred(doneDeferred)
        return doneDeferred

    def cooperate(self, iterator):
        return CooperativeTask(iterator, self)

    def _addTask(self, task):
        if self._stopped:
            self._tasks.append(task)
            task._completeWith(SchedulerStopped(), Failure(SchedulerStopped()))
        else:
            self._tasks.append(task)
            self._reschedule()

    def _removeTask(self, task):
        if task in self._tasks:
            self._tasks.remove(task)

    def _tasksWhileNotStopped(self):
        terminator = self._terminationPredicateFactory()
        while self._tasks:
            for t in list(self._tasks):
                yield t
                if terminator():
                    return

    def _tick(self):
        self._delayedCall = None
        for taskObj in self._tasksWhileNotStopped():
            taskObj._oneWorkUnit()
        self._reschedule()

    _mustScheduleOnStart = False

    def _reschedule(self):
        if not self._started:
            self._mustScheduleOnStart = True
            return
        if self._delayedCall is None and self._tasks:
            self._delayedCall = self._scheduler(self._tick)

    def start(self):
        self._stopped = False
        self._started = True
        if self._mustScheduleOnStart:
            del self._mustScheduleOnStart
            self._reschedule()

    def stop(self):
        self._stopped = True
        for taskObj in list(self._tasks):
            taskObj._completeWith(SchedulerStopped(), Failure(SchedulerStopped()))
        self._tasks = []
        if self._delayedCall is not None:
            self._delayedCall.cancel()
            self._delayedCall = None

    @property
    def running(self):
        return self._started and not self._stopped


class _Timer(object):
    MAX_SLICE = 0.01

    def __init__(self):
        import time
        self._time = time.time
        self.end = self._time() + self.MAX_SLICE

    def __call__(self):
        return self._time() >= self.end


_EPSILON = 0.00000001
_theCooperator = None


def _cooperator():
    global _theCooperator
    if _theCooperator is None:
        _theCooperator = Cooperator()
    return _theCooperator


def coiterate(iterator):
    """Cooperatively iterate over the given iterator; the Deferred fires when it is done."""
    return _cooperator().coiterate(iterator)


def cooperate(iterator):
    """Start running the given iterator as a long-running cooperative task."""
    return _cooperator().cooperate(iterator)


class Clock(object):
    """A deterministic, easily-controlled implementation of IReactorTime.callLater."""

    rightNow = 0.0

    def __init__(self):
        self.calls = []

    def seconds(self):
        return self.rightNow

    def _sortCalls(self):
        self.calls.sort(key=lambda a: a.getTime())

    def callLater(self, delay, callable, *args, **kw):
        from twisted.internet.base import DelayedCall
        dc = DelayedCall(self.seconds() + delay, callable, args, kw, self.calls.remove,
                         lambda c: None, self.seconds)
        self.calls.append(dc)
        self._sortCalls()
        return dc

    def getDelayedCalls(self):
        return self.calls

    def advance(self, amount):
        """Move time on this clock forward by the given amount and run whatever should be run."""
        self.rightNow += amount
        self._sortCalls()
        while self.calls and self.calls[0].getTime() <= self.seconds():
            call = self.calls.pop(0)
            call.called = 1
            call.func(*call.args, **call.kw)
            self._sortCalls()

    def pump(self, timings):
        """Advance incrementally by the given set of times."""
        for amount in timings:
            self.advance(amount)


def deferLater(clock, delay, callable=None, *args, **kw):
    """Call the given function after a certain period of time has passed."""

    def deferLaterCancel(deferred):
        delayedCall.cancel()

    def cb(result):
        if callable is None:
            return None
        return callable(*args, **kw)

    d = Deferred(deferLaterCancel)
    d.addCallback(cb)
    delayedCall = clock.callLater(delay, d.callback, None)
    return d


def react(main, argv=(), _reactor=None):
    """Call main(reactor, *argv), run the reactor until the Deferred it returns fires, then
    exit the process with 0, or 1 after logging a failure (a SystemExit's code if it was one)."""
    if _reactor is None:
        from twisted.internet import reactor as _reactor
    finished = ensureDeferred(main(_reactor, *argv))
    state = {'code': 0, 'stopping': False}

    def onShutdown():
        state['stopping'] = True

    _reactor.addSystemEventTrigger('before', 'shutdown', onShutdown)

    def stop(result, stopReactor):
        if stopReactor:
            try:
                _reactor.stop()
            except error.ReactorNotRunning:
                pass
        if isinstance(result, Failure):
            if result.check(SystemExit) is not None:
                state['code'] = result.value.code
            else:
                log.err(result, 'main function encountered error')
                state['code'] = 1

    def cbFinish(result):
        if state['stopping']:
            stop(result, False)
        else:
            _reactor.callWhenRunning(stop, result, True)

    finished.addBoth(cbFinish)
    _reactor.run()
    sys.exit(state['code'])


__all__ = ['LoopingCall', 'Clock', 'SchedulerStopped', 'Cooperator', 'coiterate', 'deferLater', 'react']
