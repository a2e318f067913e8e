# gevent glue, part 2 (same namespace as gevent.py): events, locks, queues, pools.


class _AbstractLinkable(object):
    """Something greenlets wait on: links are called by the hub once it is ready."""

    def __init__(self, hub=None):
        self._links = deque()
        self._notifier = None
        self.hub = hub

    def _get_hub(self):
        if self.hub is None:
            self.hub = get_hub()
        return self.hub

    def linkcount(self):
        return len(self._links)

    def rawlink(self, callback):
        if not callable(callback):
            raise TypeError('Expected callable: %r' % (callback, ))
        self._links.append(callback)
        self._check_and_notify()

    def unlink(self, callback):
        _discard(self._links, callback)

    def ready(self):
        raise NotImplementedError

    def _check_and_notify(self):
        if self.ready() and self._links and not self._notifier:
            self._notifier = self._get_hub().loop.run_callback(self._notify_links)

    def _notify_links(self):
        try:
            for link in list(self._links):
                if not self.ready():
                    break
                if link not in self._links:
                    continue
                try:
                    self._links.remove(link)
                    link(self)
                except:
                    self._get_hub().handle_error((link, self), *sys.exc_info())
        finally:
            self._notifier = None
        self._check_and_notify()

    def _wait_core(self, timeout, catch=Timeout):
        switch = getcurrent().switch
        self.rawlink(switch)
        try:
            t = Timeout._start_new_or_dummy(timeout)
            try:
                try:
                    result = self._get_hub().switch()
                    if result is not self:
                        raise InvalidSwitchError('Invalid switch into %s: %r' % (type(self).__name__, result))
                    return True
                except catch as ex:
                    if ex is not t:
                        raise
                    return False
            finally:
                t.cancel()
        finally:
            self.unlink(switch)

    def _wait(self, timeout=None):
        if self.ready():
            return True
        return self._wait_core(timeout)


class Event(_AbstractLinkable):
    def __init__(self):
        _AbstractLinkable.__init__(self)
        self._flag = False

    def __str__(self):
        return '<%s %s _links[%s]>' % (type(self).__name__, (self._flag and 'set') or 'clear', self.linkcount())

    def is_set(self):
        return self._flag

    isSet = is_set
    ready = is_set

    def set(self):
        self._flag = True
        self._check_and_notify()

    def clear(self):
        self._flag = False

    def wait(self, timeout=None):
        if self._flag:
            return True
        self._wait_core(timeout)
        return self._flag


class AsyncResult(_AbstractLinkable):
    def __init__(self):
        _AbstractLinkable.__init__(self)
        self._value = _NONE
        self._exc_info = ()

    @property
    def value(self):
        return self._value if self._value is not _NONE else None

    @property
    def exc_info(self):
        return self._exc_info

    @property
    def exception(self):
        return self._exc_info[1] if self._exc_info else None

    def ready(self):
        return self._value is not _NONE or bool(self._exc_info)

    def successful(self):
        return self._value is not _NONE

    def set(self, value=None):
        self._value = value
        self._check_and_notify()

    def set_exception(self, exception, exc_info=None):
        if exc_info:
            self._exc_info = tuple(exc_info)
        else:
            self._exc_info = (type(exception), exception, None)
        self._check_and_notify()

    def _raise_exception(self):
        getcurrent().throw(*self._exc_info)

    def get(self, block=True, timeout=None):
        if self._value is not _NONE:
            return self._value
        if self._exc_info:
            return self._raise_exception()
        if not block:
            raise Timeout()
        if not self._wait_core(timeout, ()) is False:
            pass
        if self._value is not _NONE:
            return self._value
        if self._exc_info:
            return self._raise_exception()
        raise Timeout()

    def get_nowait(self):
        return self.get(block=False)

    def wait(self, timeout=None):
        self._wait(timeout)
        return self.value

    def __call__(self, source):
        if source.successful():
            self.set(source.value)
        else:
            self.set_exception(source.exception, getattr(source, 'exc_info', None))


# ---------------------------------------------------------------------------------------------
# locks

class Semaphore(_AbstractLinkable):
    def __init__(self, value=1, hub=None):
        if value < 0:
            raise ValueError('semaphore initial value must be >= 0')
        _AbstractLinkable.__init__(self, hub)
        self.counter = value

    def __str__(self):
        return '<%s counter=%s _links[%s]>' % (type(self).__name__, self.counter, self.linkcount())

    def locked(self):
        return self.counter <= 0

    def ready(self):
        return self.counter > 0

    def release(self):
        self.counter += 1
        self._check_and_notify()
        return self.counter

    def wait(self, timeout=None):
        if self.counter > 0:
            return self.counter
        self._wait_core(timeout)
        return self.counter

    def acquire(self, blocking=True, timeout=None):
        if self.counter > 0:
            self.counter -= 1
            return True
        if not blocking:
            return False
        while True:
            ok = self._wait_core(timeout)
            if not ok:
                return False
            if self.counter > 0:
                self.counter -= 1
                return True
            if timeout is not None:
                return False

    _py3k_acquire = acquire

    def __enter__(self):
        self.acquire()

    def __exit__(self, t, v, tb):
        self.release()


class BoundedSemaphore(Semaphore):
    def __init__(self, *args, **kwargs):
        Semaphore.__init__(self, *args, **kwargs)
        self._initial_value = self.counter

    def release(self):
        if self.counter >= self._initial_value:
            raise ValueError('Semaphore released too many times')
        return Semaphore.release(self)


class DummySemaphore(object):
    def __init__(self, value=None):
        pass

    def locked(self):
        return False

    def ready(self):
        return True

    def release(self):
        pass

    def rawlink(self, callback):
        pass

    def unlink(self, callback):
        pass

    def wait(self, timeout=None):
        return 1

    def acquire(self, blocking=True, timeout=None):
        return True

    def __enter__(self):
        pass

    def __exit__(self, typ, val, tb):
        pass


class RLock(object):
    def __init__(self, hub=None):
        self._block = Semaphore(1, hub)
        self._owner = None
        self._count = 0

    def acquire(self, blocking=True, timeout=None):
        me = getcurrent()
        if self._owner is me:
            self._count += 1
            return 1
        rc = self._block.acquire(blocking, timeout)
        if rc:
            self._owner = me
            self._count = 1
        return rc

    def __enter__(self):
        return self.acquire()

    def release(self):
        if self._owner is not getcurrent():
            raise RuntimeError('cannot release un-acquired lock')
        self._count -= 1
        if not self._count:
            self._owner = None
            self._block.release()

    def __exit__(self, typ, value, tb):
        self.release()

    def locked(self):
        return self._block.locked()

    def _is_owned(self):
        return self._owner is getcurrent()


class _LockType(BoundedSemaphore):
    """The lock monkey-patched threading uses: release by any greenlet, error when unlocked."""

    def __init__(self):
        BoundedSemaphore.__init__(self, 1)

    def acquire(self, blocking=True, timeout=-1):
        if timeout == -1:
            timeout = None
        return BoundedSemaphore.acquire(self, blocking, timeout)

    def release(self):
        if self.counter >= 1:
            raise (RuntimeError('release unlocked lock') if _PY3 else _thread_error('release unlocked lock'))
        return BoundedSemaphore.release(self)

    def _at_fork_reinit(self):
        self.counter = 1

    acquire_lock = acquire
    release_lock = release
    locked_lock = Semaphore.locked


try:
    from _thread import error as _thread_error
except ImportError:
    from thread import error as _thread_error


# ---------------------------------------------------------------------------------------------
# queues

if _PY3:
    import queue as _stdqueue
else:
    import Queue as _stdqueue
Full = _stdqueue.Full
Empty = _stdqueue.Empty


class _ItemWaiter(Waiter):
    __slots__ = ('item', 'queue')

    def __init__(self, item, queue):
        Waiter.__init__(self)
        self.item = item
        self.queue = queue


class Queue(object):
    def __init__(self, maxsize=None, items=(), _warn_depth=2):
        if maxsize is not None and maxsize <= 0:
            maxsize = None
        self._maxsize = maxsize
        self.getters = deque()
        self.putters = deque()
        self.hub = get_hub()
        self._event_unlock = None
        self.queue = self._create_queue(items)
        self.unfinished_tasks = 0
        self._cond = None

    def _create_queue(self, items=()):
        return deque(items)

    def copy(self):
        return type(self)(self._maxsize, self.queue)

    def _get(self):
        return self.queue.popleft()

    def _peek(self):
        return self.queue[0]

    def _put(self, item):
        self.queue.append(item)

    def __repr__(self):
        return '<%s at %s%s>' % (type(self).__name__, hex(id(self)), self._format())

    def __str__(self):
        return '<%s%s>' % (type(self).__name__, self._format())

    def _format(self):
        result = []
        if self._maxsize is not None:
            result.append('maxsize=%r' % (self._maxsize, ))
        if getattr(self, 'queue', None):
            result.append('queue=%r' % (self.queue, ))
        if self.getters:
            result.append('getters[%s]' % len(self.getters))
        if self.putters:
            result.append('putters[%s]' % len(self.putters))
        return ' ' + ' '.join(result) if result else ''

    def qsize(self):
        return len(self.queue)

    def __len__(self):
        return self.qsize()

    def __bool__(self):
        return True

    __nonzero__ = __bool__

    def empty(self):
        return not self.qsize()

    def full(self):
        return self._maxsize is not None and self.qsize() >= self._maxsize

    @property
    def maxsize(self):
        return self._maxsize

    def put(self, item, block=True, timeout=None):
        if self._maxsize is None or self.qsize() < self._maxsize:
            self._put(item)
            if self.getters:
                self._schedule_unlock()
        elif self.hub is getcurrent():
            while self.getters and self.qsize() and self.qsize() >= self._maxsize:
                getter = self.getters.popleft()
                getter.switch(getter)
            if self.qsize() < self._maxsize:
                self._put(item)
                return
            raise Full
        elif block:
            waiter = _ItemWaiter(item, self)
            self.putters.append(waiter)
            t = Timeout._start_new_or_dummy(timeout, Full)
            try:
                if self.getters:
                    self._schedule_unlock()
                result = waiter.get()
                if result is not waiter:
                    raise InvalidSwitchError('Invalid switch into Queue.put: %r' % (result, ))
            finally:
                t.cancel()
                _discard(self.putters, waiter)
        else:
            raise Full

    def put_nowait(self, item):
        self.put(item, False)

    def __get_or_peek(self, method, block, timeout):
        if not block:
            raise Empty
        if self.hub is getcurrent():
            while self.putters:
                self.putters.popleft().put_and_switch()
                if self.qsize():
                    return method()
            raise Empty
        waiter = Waiter()
        t = Timeout._start_new_or_dummy(timeout, Empty)
        try:
            self.getters.append(waiter)
            if self.putters:
                self._schedule_unlock()
            result = waiter.get()
            if result is not waiter:
                raise InvalidSwitchError('Invalid switch into Queue.get: %r' % (result, ))
            return method()
        finally:
            t.cancel()
            _discard(self.getters, waiter)

    def get(self, block=True, timeout=None):
        if self.qsize():
            if self.putters:
                self._schedule_unlock()
            return self._get()
        return self.__get_or_peek(self._get, block, timeout)

    def get_nowait(self):
        return self.get(False)

    def peek(self, block=True, timeout=None):
        if self.qsize():
            return self._peek()
        return self.__get_or_peek(self._peek, block, timeout)

    def peek_nowait(self):
        return self.peek(False)

    def _unlock(self):
        while True:
            repeat = False
            if self.putters and (self._maxsize is None or self.qsize() < self._maxsize):
                repeat = True
                try:
                    putter = self.putters.popleft()
                    self._put(putter.item)
                except:
                    putter.throw(*sys.exc_info())
                else:
                    putter.switch(putter)
            while self.getters and self.qsize():
                repeat = True
                getter = self.getters.popleft()
                getter.switch(getter)
            if not repeat:
                return

    def _schedule_unlock(self):
        if not self._event_unlock:
            self._event_unlock = self.hub.loop.run_callback(self.__unlock_then_clear)

    def __unlock_then_clear(self):
        try:
            self._unlock()
        finally:
            self._event_unlock = None

    def __iter__(self):
        return self

    def __next__(self):
        result = self.get()
        if result is StopIteration:
            raise result
        return result

    next = __next__


SimpleQueue = Queue


class UnboundQueue(Queue):
    def __init__(self, maxsize=None, items=()):
        if maxsize is not None:
            raise ValueError('UnboundQueue has no maxsize')
        Queue.__init__(self, maxsize, items)


class PriorityQueue(Queue):
    def _create_queue(self, items=()):
        q = list(items)
        heapq.heapify(q)
        return q

    def _put(self, item):
        heapq.heappush(self.queue, item)

    def _get(self):
        return heapq.heappop(self.queue)

    def _peek(self):
        return self.queue[0]


class LifoQueue(Queue):
    def _create_queue(self, items=()):
        return list(items)

    def _put(self, item):
        self.queue.append(item)

    def _get(self):
        return self.queue.pop()

    def _peek(self):
        return self.queue[-1]


class JoinableQueue(Queue):
    def __init__(self, maxsize=None, items=(), unfinished_tasks=None):
        Queue.__init__(self, maxsize, items)
        self._cond = Event()
        self._cond.set()
        if unfinished_tasks:
            self.unfinished_tasks = unfinished_tasks
        elif items:
            self.unfinished_tasks = len(items)
        else:
            self.unfinished_tasks = 0
        if self.unfinished_tasks:
            self._cond.clear()

    def _put(self, item):
        Queue._put(self, item)
        self.unfinished_tasks += 1
        self._cond.clear()

    def task_done(self):
        if self.unfinished_tasks <= 0:
            raise ValueError('task_done() called too many times')
        self.unfinished_tasks -= 1
        if self.unfinished_tasks == 0:
            self._cond.set()

    def join(self, timeout=None):
        return self._cond.wait(timeout=timeout)


class Channel(object):
    def __init__(self, maxsize=1):
        self.getters = deque()
        self.putters = deque()
        self.hub = get_hub()
        self._event_unlock = None

    def qsize(self):
        return 0

    def empty(self):
        return True

    def full(self):
        return True

    @property
    def balance(self):
        return len(self.putters) - len(self.getters)

    def put(self, item, block=True, timeout=None):
        if self.hub is getcurrent():
            if self.getters:
                getter = self.getters.popleft()
                getter.switch(item)
                return
            raise Full
        if not block:
            timeout = 0
        waiter = Waiter()
        item = (item, waiter)
        self.putters.append(item)
        t = Timeout._start_new_or_dummy(timeout, Full)
        try:
            if self.getters:
                self._schedule_unlock()
            result = waiter.get()
            if result is not waiter:
                raise InvalidSwitchError('Invalid switch into Channel.put: %r' % (result, ))
        except:
            _discard(self.putters, item)
            raise
        finally:
            t.cancel()

    def put_nowait(self, item):
        self.put(item, False)

    def get(self, block=True, timeout=None):
        if self.hub is getcurrent():
            if self.putters:
                item, putter = self.putters.popleft()
                self.hub.loop.run_callback(putter.switch, putter)
                return item
        if not block:
            timeout = 0
        waiter = Waiter()
        t = Timeout._start_new_or_dummy(timeout, Empty)
        try:
            self.getters.append(waiter)
            if self.putters:
                self._schedule_unlock()
            return waiter.get()
        except:
            _discard(self.getters, waiter)
            raise
        finally:
            t.cancel()

    def get_nowait(self):
        return self.get(False)

    def _unlock(self):
        while self.putters and self.getters:
            getter = self.getters.popleft()
            item, putter = self.putters.popleft()
            getter.switch(item)
            putter.switch(putter)

    def _schedule_unlock(self):
        if not self._event_unlock:
            self._event_unlock = self.hub.loop.run_callback(self._unlock_clear)

    def _unlock_clear(self):
        try:
            self._unlock()
        finally:
            self._event_unlock = None

    def __iter__(self):
        return self

    def __next__(self):
        result = self.get()
        if result is StopIteration:
            raise result
        return result

    next = __next__


# ---------------------------------------------------------------------------------------------
# pools

class _End(object):
    pass


class IMapUnordered(Greenlet):
    """Spawns func on each item through the pool's spawn; results come as they finish."""
    _ordered = False

    def __init__(self, func, iterable, spawn, maxsize=None, _zipped=False):
        Greenlet.__init__(self)
        self.func = func
        self.iterable = iter(iterable)
        self.spawn = spawn
        self._zipped = _zipped
        self.queue = Queue()
        self.count = 0
        self.finished = False
        self._results = {}
        self._next_index = 0
        self.rawlink(self._on_finish)

    def __iter__(self):
        return self

    def __next__(self):
        while True:
            if self._ordered and self._next_index in self._results:
                g = self._results.pop(self._next_index)
                self._next_index += 1
                return self._value_of(g)
            item = self.queue.get()
            if isinstance(item, _End):
                raise StopIteration()
            if isinstance(item, tuple) and len(item) == 3 and item[0] is _End:
                raise item[1]
            index, g = item
            if not self._ordered:
                return self._value_of(g)
            self._results[index] = g

    next = __next__

    def _value_of(self, g):
        if g.successful():
            return g.value
        self.kill(block=False)
        raise g.exception

    def _run(self):
        try:
            index = 0
            for item in self.iterable:
                self.count += 1
                if self._zipped:
                    g = self.spawn(self.func, *item)
                else:
                    g = self.spawn(self.func, item)
                g.rawlink(_IMapLink(self, index))
                index += 1
        finally:
            pass

    def _on_result(self, index, g):
        self.count -= 1
        self.queue.put((index, g))
        if self.finished and self.count == 0:
            self.queue.put(_End())

    def _on_finish(self, source):
        if self.finished:
            return
        self.finished = True
        if source.exception is not None and not isinstance(source.exception, GreenletExit):
            self.queue.put((_End, source.exception, None))
            return
        if self.count == 0:
            self.queue.put(_End())


class _IMapLink(object):
    __slots__ = ('imap', 'index')

    def __init__(self, imap, index):
        self.imap = imap
        self.index = index

    def __call__(self, g):
        self.imap._on_result(self.index, g)


class IMap(IMapUnordered):
    _ordered = True


class GroupMappingMixin(object):
    def spawn(self, func, *args, **kwargs):
        raise NotImplementedError

    def _apply_immediately(self):
        return getcurrent() in self

    def apply_cb(self, func, args=None, kwds=None, callback=None):
        result = self.apply(func, args, kwds)
        if callback is not None:
            spawn_raw(callback, result)
        return result

    def apply_async(self, func, args=None, kwds=None, callback=None):
        if args is None:
            args = ()
        if kwds is None:
            kwds = {}
        if self.full():
            return Greenlet.spawn(self.apply_cb, func, args, kwds, callback)
        greenlet = self.spawn(func, *args, **kwds)
        if callback is not None:
            greenlet.link(_SuccessLink(lambda g: callback(g.value)))
        return greenlet

    def apply(self, func, args=None, kwds=None):
        if args is None:
            args = ()
        if kwds is None:
            kwds = {}
        if self._apply_immediately():
            return func(*args, **kwds)
        return self.spawn(func, *args, **kwds).get()

    def map(self, func, iterable):
        return list(self.imap(func, iterable))

    def map_cb(self, func, iterable, callback=None):
        result = self.map(func, iterable)
        if callback is not None:
            callback(result)
        return result

    def map_async(self, func, iterable, callback=None):
        return Greenlet.spawn(self.map_cb, func, iterable, callback)

    def _imap(self, cls, func, *iterables, **kwargs):
        if len(iterables) == 1:
            it = cls(func, iterables[0], self.spawn)
        else:
            it = cls(func, zip(*iterables), self.spawn, _zipped=True)
        it.start()
        return it

    def imap(self, func, *iterables, **kwargs):
        return self._imap(IMap, func, *iterables, **kwargs)

    def imap_unordered(self, func, *iterables, **kwargs):
        return self._imap(IMapUnordered, func, *iterables, **kwargs)

    def full(self):
        return False


class Group(GroupMappingMixin):
    greenlet_class = Greenlet

    def __init__(self, *args):
        assert len(args) <= 1, args
        self.greenlets = set(*args)
        if args:
            for g in args[0]:
                g.rawlink(self._discard)
        self.dying = set()
        self._empty_event = Event()
        self._empty_event.set()
        if self.greenlets:
            self._empty_event.clear()

    def __repr__(self):
        return '<%s at 0x%x %s>' % (type(self).__name__, id(self), self.greenlets)

    def __len__(self):
        return len(self.greenlets)

    def __contains__(self, item):
        return item in self.greenlets

    def __iter__(self):
        return iter(self.greenlets)

    def add(self, greenlet):
        try:
            rawlink = greenlet.rawlink
        except AttributeError:
            pass
        else:
            rawlink(self._discard)
        self.greenlets.add(greenlet)
        self._empty_event.clear()

    def _discard(self, greenlet):
        self.greenlets.discard(greenlet)
        self.dying.discard(greenlet)
        if not self.greenlets:
            self._empty_event.set()

    def discard(self, greenlet):
        self._discard(greenlet)
        try:
            unlink = greenlet.unlink
        except AttributeError:
            pass
        else:
            unlink(self._discard)

    def start(self, greenlet):
        self.add(greenlet)
        greenlet.start()

    def spawn(self, *args, **kwargs):
        greenlet = self.greenlet_class(*args, **kwargs)
        self.start(greenlet)
        return greenlet

    def join(self, timeout=None, raise_error=False):
        if raise_error:
            greenlets = self.greenlets.copy()
            self._empty_event.wait(timeout=timeout)
            for greenlet in greenlets:
                if greenlet.exception is not None:
                    if hasattr(greenlet, '_raise_exception'):
                        greenlet._raise_exception()
                    raise greenlet.exception
            return self.empty()
        self._empty_event.wait(timeout=timeout)
        return self.empty()

    def kill(self, exception=GreenletExit, block=True, timeout=None):
        timer = Timeout._start_new_or_dummy(timeout)
        try:
            while self.greenlets:
                for greenlet in list(self.greenlets):
                    if greenlet in self.dying:
                        continue
                    try:
                        kill_ = greenlet.kill
                    except AttributeError:
                        kill(greenlet, exception)
                    else:
                        kill_(exception, block=False)
                    self.dying.add(greenlet)
                if not block:
                    break
                joinall(self.greenlets)
        except Timeout as ex:
            if ex is not timer:
                raise
        finally:
            timer.cancel()

    def killone(self, greenlet, exception=GreenletExit, block=True, timeout=None):
        if greenlet not in self.dying and greenlet in self.greenlets:
            greenlet.kill(exception, block=False)
            self.dying.add(greenlet)
            if block:
                greenlet.join(timeout)

    def full(self):
        return False

    def wait_available(self, timeout=None):
        pass

    def empty(self):
        return not self.greenlets


class PoolFull(Full):
    pass


class Pool(Group):
    def __init__(self, size=None, greenlet_class=None):
        if size is not None and size < 0:
            raise ValueError('size must not be negative: %r' % (size, ))
        Group.__init__(self)
        self.size = size
        if greenlet_class is not None:
            self.greenlet_class = greenlet_class
        if size is None:
            self._semaphore = DummySemaphore()
        else:
            self._semaphore = Semaphore(size)

    def wait_available(self, timeout=None):
        return self._semaphore.wait(timeout=timeout)

    def full(self):
        return self.free_count() <= 0

    def free_count(self):
        if self.size is None:
            return 1
        return max(0, self.size - len(self))

    def start(self, greenlet, blocking=True, timeout=None):
        if not self._semaphore.acquire(blocking=blocking, timeout=timeout):
            raise PoolFull()
        try:
            Group.add(self, greenlet)
            greenlet.start()
        except:
            self._semaphore.release()
            raise

    def add(self, greenlet, blocking=True, timeout=None):
        if not self._semaphore.acquire(blocking=blocking, timeout=timeout):
            raise PoolFull()
        try:
            Group.add(self, greenlet)
        except:
            self._semaphore.release()
            raise

    def spawn(self, *args, **kwargs):
        greenlet = self.greenlet_class(*args, **kwargs)
        self.start(greenlet)
        return greenlet

    def _discard(self, greenlet):
        Group._discard(self, greenlet)
        self._semaphore.release()


for _f in (Event, AsyncResult):
    _export('gevent.event')(_f)
for _f in (Semaphore, BoundedSemaphore, DummySemaphore, RLock):
    _export('gevent.lock')(_f)
_parts['gevent.lock']['LockType'] = _LockType
for _f in (Queue, SimpleQueue, UnboundQueue, PriorityQueue, LifoQueue, JoinableQueue, Channel):
    _export('gevent.queue')(_f)
_parts['gevent.queue'].update({'Full': Full, 'Empty': Empty, 'SimpleQueue': Queue})
for _f in (Group, Pool, PoolFull, GroupMappingMixin, IMap, IMapUnordered):
    _export('gevent.pool')(_f)
_parts['gevent.pool']['Greenlet'] = Greenlet
