from __future__ import print_function
from twisted.internet import defer
from twisted.python import failure
out = []
def cb(r, tag): out.append(('cb', tag, r)); return r + 1
def eb(f, tag): out.append(('eb', tag, f.getErrorMessage(), f.type.__name__)); return 100
def boom(r): raise ValueError('boom %r' % (r,))
d = defer.Deferred()
d.addCallback(cb, 'a').addCallback(boom).addCallback(cb, 'skipped').addErrback(eb, 'b').addBoth(cb, 'c')
d.callback(1)
print(out, d.result)
# chaining on a returned Deferred
inner = defer.Deferred()
outer = defer.Deferred()
outer.addCallback(lambda r: inner)
outer.addCallback(lambda r: print('outer got', r))
outer.callback('x')
print('outer waiting:', 'waiting on Deferred' in str(outer))
inner.callback('from inner')
print('inner result after chain:', inner.result)
try:
    outer.callback(2)
except defer.AlreadyCalledError as e:
    print('AlreadyCalledError', repr(str(e)))
# pause / unpause
p = defer.Deferred(); p.pause(); p.addCallback(lambda r: print('ran', r)); p.callback(5); print('paused'); p.unpause()
# succeed / fail
s = defer.succeed(3); print(s.result, 'current result: 3' in repr(s))
f = defer.fail(KeyError('k')); f.addErrback(lambda fl: print('fail ->', fl.type.__name__, fl.getErrorMessage(), fl.check(KeyError) is KeyError, fl.check(ValueError)))
# trap re-raises
def trapper(fl):
    fl.trap(TypeError)
t = defer.fail(ValueError('v')); t.addErrback(trapper); t.addErrback(lambda fl: print('trapped through', fl.type.__name__))
# cancel
c = defer.Deferred(); c.addErrback(lambda fl: print('cancelled', fl.check(defer.CancelledError) is not None)); c.cancel()
c2 = defer.Deferred(lambda d: print('canceller called')); c2.addErrback(lambda fl: print(fl.type.__name__)); c2.cancel()
# maybeDeferred
m = defer.maybeDeferred(lambda: 1 / 0); m.addErrback(lambda fl: print('maybe', fl.type.__name__))
m2 = defer.maybeDeferred(lambda x: x * 2, 21); m2.addCallback(print)
# DeferredList
d1, d2, d3 = defer.Deferred(), defer.Deferred(), defer.Deferred()
dl = defer.DeferredList([d1, d2, d3], consumeErrors=True)
dl.addCallback(lambda res: print('list', [(ok, v if ok else v.getErrorMessage()) for ok, v in res]))
d2.callback('two'); d1.errback(RuntimeError('one')); d3.callback('three')
print('d1 after consume:', d1.result)
g = defer.gatherResults([defer.succeed(1), defer.succeed(2)]); g.addCallback(print)
ge = defer.gatherResults([defer.succeed(1), defer.fail(ValueError('no'))], consumeErrors=True)
ge.addErrback(lambda fl: print('gather', fl.type.__name__, fl.value.index, fl.value.subFailure.getErrorMessage()))
fo = defer.DeferredList([defer.Deferred(), defer.succeed('first')], fireOnOneCallback=True); fo.addCallback(print)
print(defer.DeferredList([]).result)
# inlineCallbacks with returnValue
@defer.inlineCallbacks
def gen(x):
    a = yield defer.succeed(x)
    try:
        yield defer.fail(ValueError('inside'))
    except ValueError as e:
        print('caught', e)
    b = yield later
    defer.returnValue(a + b)
later = defer.Deferred()
r = gen(10); r.addCallback(lambda v: print('inline result', v))
print('before later fired', r.called)
later.callback(5)
@defer.inlineCallbacks
def bad():
    yield defer.succeed(1)
    raise KeyError('oops')
bad().addErrback(lambda fl: print('inline error', fl.type.__name__, fl.getErrorMessage()))
try:
    defer.inlineCallbacks(lambda: 1)()
except TypeError as e:
    print('TypeError', 'requires' in str(e))
# Failure details
try:
    {}['missing']
except KeyError:
    fl = failure.Failure()
print(repr(fl).replace('exceptions.', 'builtins.'))
print(fl.getErrorMessage(), fl.check(LookupError) is LookupError)
ff = failure.Failure(ValueError('x'))
print(str(ff).replace('exceptions.', '').replace("<type '", "<class '"))
print(ff.getTraceback().replace('exceptions.', 'builtins.'))
# DeferredLock / Semaphore / Queue
lock = defer.DeferredLock()
order = []
lock.acquire().addCallback(lambda l: order.append('first'))
d_second = lock.acquire(); d_second.addCallback(lambda l: order.append('second'))
print(order, lock.locked); lock.release(); print(order, lock.locked)
sem = defer.DeferredSemaphore(2)
res = [sem.run(lambda i=i: i * i) for i in range(3)]
print([x.result for x in res], sem.tokens)
q = defer.DeferredQueue(); got = q.get(); got.addCallback(lambda v: print('queue got', v)); q.put('item'); q.put('later'); q.get().addCallback(print)
