# twisted.internet.threads: running blocking code in the reactor's thread pool and getting back
# to the reactor thread.
import sys

from twisted.internet import defer
from twisted.python import failure

PY3 = sys.version_info[0] >= 3
if PY3:
    import queue as _queue
else:
    import Queue as _queue


def deferToThreadPool(reactor, threadpool, f, *args, **kwargs):
    """Call the function f using a thread from the given threadpool and return the result as a
    Deferred, fired in the reactor thread."""
    d = defer.Deferred()

    def onResult(success, result):
        if success:
            reactor.callFromThread(d.callback, result)
        else:
            reactor.callFromThread(d.errback, result)

    threadpool.callInThreadWithCallback(onResult, f, *args, **kwargs)
    return d


def deferToThread(f, *args, **kwargs):
    """Run a function in a thread and return the result as a Deferred."""
    from twisted.internet import reactor
    return deferToThreadPool(reactor, reactor.getThreadPool(), f, *args, **kwargs)


def _runMultiple(tupleList):
    for f, args, kwargs in tupleList:
        f(*args, **kwargs)


def callMultipleInThread(tupleList):
    """Run a list of functions (f, args, kwargs) in the same thread."""
    from twisted.internet import reactor
    reactor.callInThread(_runMultiple, tupleList)


def blockingCallFromThread(reactor, f, *a, **kw):
    """Run a function in the reactor from a thread, and wait for the result synchronously
    (a Deferred's result is waited for too); its exception is raised here."""
    queue = _queue.Queue()

    def _callFromThread():
        result = defer.maybeDeferred(f, *a, **kw)
        result.addBoth(queue.put)

    reactor.callFromThread(_callFromThread)
    result = queue.get()
    if isinstance(result, failure.Failure):
        result.raiseException()
    return result
