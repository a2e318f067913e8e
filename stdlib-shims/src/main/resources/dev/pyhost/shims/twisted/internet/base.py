# twisted.internet.base: what reactors share: DelayedCall (IDelayedCall) and the three-phase
# system events (before / during / after).
import time as _time

from twisted.internet import error as _error
from twisted.python import log as _log


def _safe_repr(obj):
    try:
        return repr(obj)
    except Exception:
        return '<unrepresentable object>'


class DelayedCall(object):
    """A call scheduled with callLater (IDelayedCall)."""

    debug = False
    _repr = None

    def __init__(self, time, func, args, kw, cancel, reset, seconds=_time.time):
        self.time, self.func, self.args, self.kw = time, func, args, kw
        self.resetter = reset
        self.canceller = cancel
        self.seconds = seconds
        self.cancelled = self.called = 0
        self.delayed_time = 0

    def getTime(self):
        return self.time + self.delayed_time

    def cancel(self):
        if self.cancelled:
            raise _error.AlreadyCancelled
        elif self.called:
            raise _error.AlreadyCalled
        else:
            self.canceller(self)
            self.cancelled = 1
            if self.debug:
                self._repr = repr(self)
            del self.func, self.args, self.kw

    def reset(self, secondsFromNow):
        if self.cancelled:
            raise _error.AlreadyCancelled
        elif self.called:
            raise _error.AlreadyCalled
        else:
            newTime = self.seconds() + secondsFromNow
            if newTime < self.time:
                self.delayed_time = 0
                self.time = newTime
                self.resetter(self)
            else:
                self.delayed_time = newTime - self.time

    def delay(self, secondsLater):
        if self.cancelled:
            raise _error.AlreadyCancelled
        elif self.called:
            raise _error.AlreadyCalled
        else:
            self.delayed_time += secondsLater
            if self.delayed_time < 0:
                self.activate_delay()
                self.resetter(self)

    def activate_delay(self):
        self.time += self.delayed_time
        self.delayed_time = 0

    def active(self):
        return not (self.cancelled or self.called)

    def __le__(self, other):
        return self.time <= other.time

    def __lt__(self, other):
        return self.time < other.time

    def __repr__(self):
        if self._repr is not None:
            return self._repr
        if hasattr(self, 'func'):
            func = getattr(self.func, '__qualname__', None)
            if func is None:
                func = getattr(self.func, '__name__', None)
                if func is not None:
                    imClass = getattr(self.func, 'im_class', None)
                    if imClass is not None:
                        func = imClass.__name__ + '.' + func
            if func is None:
                func = _safe_repr(self.func)
        else:
            func = None
        now = self.seconds()
        L = ['<DelayedCall 0x%x [%ss] called=%s cancelled=%s'
             % (id(self), self.time - now, self.called, self.cancelled)]
        if func is not None:
            L.extend((' ', func, '('))
            if self.args:
                L.append(', '.join([_safe_repr(e) for e in self.args]))
                if self.kw:
                    L.append(', ')
            if self.kw:
                L.append(', '.join(['%s=%s' % (k, _safe_repr(v)) for (k, v) in self.kw.items()]))
            L.append(')')
        L.append('>')
        return ''.join(L)


class _ThreePhaseEvent(object):
    """Collection of callables (with arguments) which can be invoked as a group in a particular
    order: before (may return Deferreds, waited for), during, after."""

    def __init__(self):
        self.before = []
        self.during = []
        self.after = []
        self.state = 'BASE'
        self.finishedBefore = []

    def addTrigger(self, phase, callable, *args, **kwargs):
        if phase not in ('before', 'during', 'after'):
            raise KeyError('invalid phase')
        getattr(self, phase).append((callable, args, kwargs))
        return phase, callable, args, kwargs

    def removeTrigger(self, handle):
        phase, callable, args, kwargs = handle
        if phase not in ('before', 'during', 'after'):
            raise KeyError('invalid phase')
        if self.state == 'BEFORE' and phase == 'before' and (callable, args, kwargs) in self.finishedBefore:
            import warnings
            warnings.warn('Removing already-fired system event triggers will raise an exception '
                          'in a future version of Twisted.', category=DeprecationWarning, stacklevel=3)
            return
        getattr(self, phase).remove((callable, args, kwargs))

    def fireEvent(self):
        from twisted.internet.defer import Deferred, DeferredList
        self.state = 'BEFORE'
        self.finishedBefore = []
        beforeResults = []
        while self.before:
            callable, args, kwargs = self.before.pop(0)
            self.finishedBefore.append((callable, args, kwargs))
            try:
                result = callable(*args, **kwargs)
            except BaseException:
                _log.err()
            else:
                if isinstance(result, Deferred):
                    beforeResults.append(result)
        DeferredList(beforeResults).addCallback(self._continueFiring)

    def _continueFiring(self, ignored):
        self.state = 'BASE'
        self.finishedBefore = []
        for phase in self.during, self.after:
            while phase:
                callable, args, kwargs = phase.pop(0)
                try:
                    callable(*args, **kwargs)
                except BaseException:
                    _log.err()
