# twisted.internet.reactor: the one event loop, single-threaded as Twisted's. Timers, thread
# calls and system events live here; sockets live in a Java NioLoop (a java.nio Selector) that
# this thread polls, so every protocol callback runs on the thread that called run().
# Importing the module installs the reactor: sys.modules['twisted.internet.reactor'] becomes the
# reactor object itself, as Twisted's default reactor module does.
import socket as _socket
import sys as _sys
import threading as _threading
import time as _time
from heapq import heapify as _heapify, heappop as _heappop, heappush as _heappush

from twisted.internet import error as _error
from twisted.internet.address import IPv4Address as _IPv4Address
from twisted.internet.base import DelayedCall, _ThreePhaseEvent
from twisted.python import failure as _failure, log as _log

_PY3 = _sys.version_info[0] >= 3
_bytes = bytes if _PY3 else str
_text = str if _PY3 else unicode  # noqa: F821 (Python 2)


def _native(value):
    """A Java string as the session's str (Jython hands them over as unicode)."""
    if value is None:
        return None
    if _PY3:
        return str(value)
    return _text(value).encode('utf-8')


def _safe_repr(obj):
    try:
        return repr(obj)
    except Exception:
        return '<unrepresentable object>'


_CONNECTION_LOST = _error.ConnectionLost()
_CONNECTION_DONE = _error.ConnectionDone()

_ACCEPTED, _CONNECTED, _CONNECT_FAILED, _DATA, _CLOSED = 1, 2, 3, 4, 5


class _ThreadPool(object):
    """The reactor's pool for callInThread: up to maxthreads worker threads fed from a queue."""

    def __init__(self, minthreads=0, maxthreads=10, name='twisted.internet.reactor'):
        self.min = minthreads
        self.max = maxthreads
        self.name = name
        self.started = False
        self.joined = False
        self._queue = []
        self._cond = _threading.Condition()
        self.threads = []
        self._idle = 0
        self._counter = 0

    def adjustPoolsize(self, minthreads=None, maxthreads=None):
        if minthreads is not None:
            self.min = minthreads
        if maxthreads is not None:
            self.max = maxthreads
        if self.started:
            with self._cond:
                self._grow()

    def start(self):
        with self._cond:
            self.started = True
            self.joined = False
            self._grow()

    def _grow(self):
        wanted = min(self.max, max(self.min, len(self._queue) - self._idle + len(self.threads)))
        while len(self.threads) < wanted:
            self._counter += 1
            t = _threading.Thread(target=self._worker, name='PoolThread-%s-%d' % (self.name, self._counter))
            t.daemon = True
            self.threads.append(t)
            t.start()

    def callInThread(self, func, *args, **kw):
        self.callInThreadWithCallback(None, func, *args, **kw)

    def callInThreadWithCallback(self, onResult, func, *args, **kw):
        if self.joined:
            return
        with self._cond:
            self._queue.append((onResult, func, args, kw))
            if self.started:
                self._grow()
            self._cond.notify()

    def _worker(self):
        while True:
            with self._cond:
                self._idle += 1
                while not self._queue:
                    self._cond.wait()
                self._idle -= 1
                item = self._queue.pop(0)
            if item is None:
                return
            onResult, func, args, kw = item
            try:
                result = func(*args, **kw)
            except BaseException:
                if onResult is None:
                    _log.err()
                else:
                    onResult(False, _failure.Failure())
            else:
                if onResult is not None:
                    try:
                        onResult(True, result)
                    except BaseException:
                        _log.err()

    def stop(self):
        self.joined = True
        self.started = False
        threads = list(self.threads)
        with self._cond:
            for _ in threads:
                self._queue.append(None)
            self._cond.notify_all()
        for t in threads:
            t.join()
        self.threads = []


class _Connection(object):
    """A TCP connection's transport (ITCPTransport) over one NioLoop connection."""

    connected = 0
    disconnecting = 0
    disconnected = 0
    producer = None
    TLS = False

    def __init__(self, reactor, cid, protocol):
        self.reactor = reactor
        self._id = cid
        self.protocol = protocol
        self._noDelay = True
        self._keepAlive = False

    def logPrefix(self):
        return self.logstr

    def write(self, data):
        if not isinstance(data, _bytes):
            raise TypeError('Data must be bytes')
        if not self.connected or self.disconnecting or not data:
            return
        self.reactor._loop.write(self._id, data.decode('latin-1'))

    def writeSequence(self, iovec):
        for i in iovec:
            if not isinstance(i, _bytes):
                raise TypeError('Data must be bytes')
        self.write(b''.join(iovec))

    def loseConnection(self, _connDone=None):
        if self.connected and not self.disconnecting:
            self.disconnecting = 1
            self.reactor._loop.loseConnection(self._id)

    def abortConnection(self):
        if self.disconnected or not self.connected:
            return
        self.disconnecting = 1
        self._aborting = True
        self.reactor._loop.abortConnection(self._id)

    def getPeer(self):
        loop = self.reactor._loop
        return _IPv4Address('TCP', _native(loop.peerHost(self._id)), int(loop.peerPort(self._id)))

    def getHost(self):
        loop = self.reactor._loop
        return _IPv4Address('TCP', _native(loop.localHost(self._id)), int(loop.localPort(self._id)))

    def getTcpNoDelay(self):
        return self._noDelay

    def setTcpNoDelay(self, enabled):
        self._noDelay = bool(enabled)

    def getTcpKeepAlive(self):
        return self._keepAlive

    def setTcpKeepAlive(self, enabled):
        self._keepAlive = bool(enabled)

    def pauseProducing(self):
        if self.connected and not self.disconnecting:
            self.reactor._loop.pauseReading(self._id)

    stopReading = pauseProducing

    def resumeProducing(self):
        if self.connected and not self.disconnecting:
            self.reactor._loop.startReading(self._id)

    startReading = resumeProducing

    def stopProducing(self):
        self.loseConnection()

    def registerProducer(self, producer, streaming):
        if self.producer is not None:
            raise RuntimeError('Cannot register producer %s, because producer %s was never '
                               'unregistered.' % (producer, self.producer))
        if self.disconnected:
            producer.stopProducing()
        else:
            self.producer = producer
            self.streamingProducer = streaming
            if not streaming:
                producer.resumeProducing()

    def unregisterProducer(self):
        self.producer = None

    def _dataReceived(self, data):
        self.protocol.dataReceived(data)

    def connectionLost(self, reason):
        self.disconnected = 1
        self.connected = 0
        if getattr(self, '_aborting', False) and reason.check(_error.ConnectionDone, _error.ConnectionLost):
            reason = _failure.Failure(_error.ConnectionAborted())
        protocol = self.protocol
        del self.protocol
        self.reactor._connections.pop(self._id, None)
        try:
            protocol.connectionLost(reason)
        finally:
            if self.producer is not None:
                try:
                    self.producer.stopProducing()
                except BaseException:
                    _log.err()
                self.producer = None


class _ServerConnection(_Connection):
    """A connection accepted by a listening Port."""

    def __init__(self, reactor, cid, protocol, port, sessionno, client):
        _Connection.__init__(self, reactor, cid, protocol)
        self.server = port
        self.sessionno = sessionno
        self.client = client
        self.hostname = client[0]
        self.logstr = '%s,%s,%s' % (protocol.__class__.__name__, sessionno, self.hostname)
        self.repstr = '<%s #%s on %s>' % (protocol.__class__.__name__, sessionno, port._realPortNumber)
        self.connected = 1

    def __repr__(self):
        return self.repstr


class _ClientConnection(_Connection):
    """The transport of an outgoing connection, made by a Connector."""

    def __init__(self, reactor, connector, host, port):
        _Connection.__init__(self, reactor, None, None)
        self.connector = connector
        self.addr = (host, port)
        self.logstr = 'Uninitialized'
        reactor.callLater(0, self._start)

    def _start(self):
        if getattr(self, 'connector', None) is None or self.disconnected:
            return
        host, port = self.addr
        cid = self.reactor._loop.connect(host, port)
        if cid < 0:
            why = _native(self.reactor._loop.error())
            number, text = why.split(':', 1)
            if int(number) == -2:
                self.failIfNotConnected(_error.DNSLookupError(
                    'address %r not found: [Errno -2] Name or service not known' % (host,)))
            else:
                self.failIfNotConnected(_error.getConnectError((int(number), text)))
            return
        self._id = cid
        self.reactor._connections[cid] = self

    def _connectDone(self):
        self.protocol = self.connector.buildProtocol(self.getPeer())
        self.connected = 1
        self.logstr = self.protocol.__class__.__name__ + ',client'
        if self.protocol is None:
            self.protocol = _NoProtocol()
            self.loseConnection()
            return
        self.reactor._loop.startReading(self._id)
        self.protocol.makeConnection(self)

    def failIfNotConnected(self, err):
        if self.connected or self.disconnected or getattr(self, 'connector', None) is None:
            return
        self.disconnected = 1
        if self._id is not None:
            self.reactor._connections.pop(self._id, None)
            self.reactor._loop.abortConnection(self._id)
        connector = self.connector
        del self.connector
        connector.connectionFailed(_failure.Failure(err))

    def stopConnecting(self):
        self.failIfNotConnected(_error.UserError())

    def connectionLost(self, reason):
        if not self.connected:
            self.failIfNotConnected(_error.ConnectError(string=reason))
        else:
            _Connection.connectionLost(self, reason)
            self.connector.connectionLost(reason)

    def __repr__(self):
        return '<%s to %s at %x>' % (self.__class__, self.addr, id(self))


class _NoProtocol(object):
    def dataReceived(self, data):
        pass

    def connectionLost(self, reason):
        pass


class Connector(object):
    """A TCP connector (IConnector): connects a ClientFactory's protocol, and again on demand."""

    timeoutID = None
    factoryStarted = 0

    def __init__(self, host, port, factory, timeout, bindAddress, reactor):
        if isinstance(port, _text if not _PY3 else ()):
            port = str(port)
        if isinstance(port, str) and not port.isdigit():
            try:
                port = _socket.getservbyname(port, 'tcp')
            except _socket.error as e:
                raise _error.ServiceNameUnknownError(string='%s (%r)' % (e, port))
        self.host, self.port = host, int(port)
        self.bindAddress = bindAddress
        self.reactor = reactor
        self.factory = factory
        self.timeout = timeout
        self.state = 'disconnected'
        self.transport = None

    def connect(self):
        """Start connection to remote server."""
        if self.state != 'disconnected':
            raise RuntimeError("can't connect in this state")
        self.state = 'connecting'
        if not self.factoryStarted:
            self.factory.doStart()
            self.factoryStarted = 1
        self.transport = transport = _ClientConnection(self.reactor, self, self.host, self.port)
        if self.timeout is not None:
            self.timeoutID = self.reactor.callLater(self.timeout, transport.failIfNotConnected,
                                                    _error.TimeoutError())
        self.factory.startedConnecting(self)

    def stopConnecting(self):
        """Stop attempting to connect."""
        if self.state != 'connecting':
            raise _error.NotConnectingError("we're not trying to connect")
        self.state = 'disconnected'
        self.transport.failIfNotConnected(_error.UserError())
        self.transport = None

    def disconnect(self):
        """Disconnect whatever our state is."""
        if self.state == 'connecting':
            self.stopConnecting()
        elif self.state == 'connected':
            self.transport.loseConnection()

    def cancelTimeout(self):
        if self.timeoutID is not None:
            try:
                self.timeoutID.cancel()
            except ValueError:
                pass
            self.timeoutID = None

    def buildProtocol(self, addr):
        self.state = 'connected'
        self.cancelTimeout()
        return self.factory.buildProtocol(addr)

    def connectionFailed(self, reason):
        self.cancelTimeout()
        self.transport = None
        self.state = 'disconnected'
        self.factory.clientConnectionFailed(self, reason)
        if self.state == 'disconnected':
            self.factory.doStop()
            self.factoryStarted = 0

    def connectionLost(self, reason):
        self.state = 'disconnected'
        self.factory.clientConnectionLost(self, reason)
        if self.state == 'disconnected':
            self.factory.doStop()
            self.factoryStarted = 0

    def getDestination(self):
        return _IPv4Address('TCP', self.host, self.port)

    def __repr__(self):
        return '<%s instance at 0x%x %s %s>' % (self.__class__, id(self), self.state, self.getDestination())


class Port(object):
    """A listening TCP port (IListeningPort)."""

    _type = 'TCP'
    connected = False
    disconnecting = False
    _realPortNumber = None
    sessionno = 0

    def __init__(self, port, factory, backlog=50, interface='', reactor=None):
        self.port = port
        self.factory = factory
        self.backlog = backlog
        self.interface = interface
        self.reactor = reactor
        self._id = None

    def __repr__(self):
        if self._realPortNumber is not None:
            return '<%s of %s on %s>' % (self.__class__, self.factory.__class__, self._realPortNumber)
        return '<%s of %s (not listening)>' % (self.__class__, self.factory.__class__)

    def startListening(self):
        loop = self.reactor._loop
        pid = loop.listen(self.interface or '', int(self.port), int(self.backlog))
        if pid < 0:
            number, text = _native(loop.error()).split(':', 1)
            raise _error.CannotListenError(self.interface, self.port, _socket.error(int(number), text))
        self._id = pid
        self._realPortNumber = int(loop.localPort(pid))
        _log.msg('%s starting on %s' % (self._getLogPrefix(self.factory), self._realPortNumber))
        self.factory.doStart()
        self.connected = True
        self.reactor._ports[pid] = self

    def _getLogPrefix(self, factory):
        if hasattr(factory, 'logPrefix'):
            return factory.logPrefix()
        return factory.__class__.__name__

    def logPrefix(self):
        return '%s (%s)' % (self._getLogPrefix(self.factory), self._type)

    def _accepted(self, cid):
        loop = self.reactor._loop
        host, port = _native(loop.peerHost(cid)), int(loop.peerPort(cid))
        protocol = self.factory.buildProtocol(_IPv4Address('TCP', host, port))
        if protocol is None:
            loop.abortConnection(cid)
            return
        s = self.sessionno
        self.sessionno = s + 1
        transport = _ServerConnection(self.reactor, cid, protocol, self, s, (host, port))
        self.reactor._connections[cid] = transport
        loop.startReading(cid)
        _log.callWithLogger(protocol, protocol.makeConnection, transport)

    def loseConnection(self, connDone=None):
        """Stop accepting connections on this port; returns a Deferred fired once closed."""
        self.disconnecting = True
        if self.connected:
            from twisted.internet import task
            self.reactor._loop.stopListening(self._id)
            self.reactor._ports.pop(self._id, None)
            self.deferred = task.deferLater(self.reactor, 0, self.connectionLost,
                                            _failure.Failure(_CONNECTION_DONE))
            return self.deferred

    stopListening = loseConnection

    def connectionLost(self, reason):
        _log.msg('(%s Port %s Closed)' % (self._type, self._realPortNumber))
        self.reactor._ports.pop(self._id, None)
        self.reactor._loop.stopListening(self._id)
        self.connected = False
        self.disconnecting = False
        self.factory.doStop()

    def getHost(self):
        loop = self.reactor._loop
        return _IPv4Address('TCP', _native(loop.localHost(self._id)), self._realPortNumber)

    def startReading(self):
        pass

    def stopReading(self):
        pass


class NioReactor(object):
    """The reactor: IReactorCore, IReactorTime, IReactorThreads, IReactorTCP."""

    _registerAsIOThread = True
    _MAX_WAIT = 3600.0

    def __init__(self, loopFactory):
        self._loop = loopFactory.newLoop()
        self.threadCallQueue = []
        self._eventTriggers = {}
        self._pendingTimedCalls = []
        self._newTimedCalls = []
        self._cancellations = 0
        self.running = False
        self._started = False
        self._justStopped = False
        self._startedBefore = False
        self._stopped = True
        self.waker = None
        self.threadpool = None
        self._ports = {}
        self._connections = {}
        self._threadCallLock = _threading.Lock()
        self.addSystemEventTrigger('during', 'shutdown', self.crash)
        self.addSystemEventTrigger('during', 'shutdown', self.disconnectAll)
        self.addSystemEventTrigger('during', 'startup', self._reallyStartRunning)

    # -- IReactorCore -------------------------------------------------------------------------

    def run(self, installSignalHandlers=True):
        self.startRunning(installSignalHandlers=installSignalHandlers)
        self.mainLoop()
        if self._startedBefore:
            self._loop.close()

    def startRunning(self, installSignalHandlers=True):
        if self._started:
            raise _error.ReactorAlreadyRunning()
        if self._startedBefore:
            raise _error.ReactorNotRestartable()
        self._started = True
        self._stopped = False
        self.fireSystemEvent('startup')

    def _reallyStartRunning(self):
        self.running = True

    def mainLoop(self):
        while self._started:
            try:
                while self._started:
                    self.runUntilCurrent()
                    t2 = self.timeout()
                    t = self.running and t2
                    self.doIteration(t)
            except KeyboardInterrupt:
                _log.msg('Received SIGINT, shutting down.')
                if not self._stopped:
                    self.stop()
            except BaseException:
                _log.msg('Unexpected error in main loop.')
                _log.err()
            else:
                _log.msg('Main loop terminated.')

    def stop(self):
        if self._stopped:
            raise _error.ReactorNotRunning("Can't stop reactor that isn't running.")
        self._stopped = True
        self._justStopped = True
        self._startedBefore = True

    def crash(self):
        self._started = False
        self.running = False
        self.addSystemEventTrigger('during', 'startup', self._reallyStartRunning)

    def iterate(self, delay=0.0):
        self.runUntilCurrent()
        self.doIteration(delay)

    def fireSystemEvent(self, eventType):
        event = self._eventTriggers.get(eventType)
        if event is not None:
            event.fireEvent()

    def addSystemEventTrigger(self, phase, eventType, callable, *args, **kw):
        assert hasattr(callable, '__call__'), '%s is not callable' % (callable,)
        if self._eventTriggers.get(eventType) is None:
            self._eventTriggers[eventType] = _ThreePhaseEvent()
        return eventType, self._eventTriggers[eventType].addTrigger(phase, callable, *args, **kw)

    def removeSystemEventTrigger(self, triggerID):
        eventType, handle = triggerID
        self._eventTriggers[eventType].removeTrigger(handle)

    def callWhenRunning(self, callable, *args, **kw):
        if self.running:
            callable(*args, **kw)
            return None
        return self.addSystemEventTrigger('after', 'startup', callable, *args, **kw)

    def wakeUp(self):
        self._loop.wakeup()

    def disconnectAll(self):
        """Disconnect every reader and writer (at shutdown)."""
        selectables = list(self._ports.values()) + list(self._connections.values())
        self._ports.clear()
        self._connections.clear()
        for s in selectables:
            if isinstance(s, Port):
                self._loop.stopListening(s._id)
            elif s._id is not None:
                self._loop.abortConnection(s._id)
        for s in selectables:
            if isinstance(s, _Connection) and s.disconnected:
                continue
            _log.callWithLogger(s, s.connectionLost, _failure.Failure(_CONNECTION_LOST))

    def getReaders(self):
        return list(self._ports.values()) + list(self._connections.values())

    def getWriters(self):
        return []

    def removeAll(self):
        return self.getReaders()

    def resolve(self, name, timeout=(1, 3, 11, 45)):
        from twisted.internet import defer, threads
        if not name:
            return defer.succeed('0.0.0.0')
        d = threads.deferToThreadPool(self, self.getThreadPool(), _socket.gethostbyname, name)

        def _failed(f):
            f.trap(_socket.error)
            raise _error.DNSLookupError('address %r not found: %s' % (name, f.value))

        return d.addErrback(_failed)

    # -- IReactorTime -------------------------------------------------------------------------

    def seconds(self):
        return _time.time()

    def callLater(self, delay, callable, *args, **kw):
        assert hasattr(callable, '__call__'), '%s is not callable' % (callable,)
        assert delay >= 0, '%s is not greater than or equal to 0 seconds' % (delay,)
        tple = DelayedCall(self.seconds() + delay, callable, args, kw,
                           self._cancelCallLater, self._moveCallLaterSooner, seconds=self.seconds)
        self._newTimedCalls.append(tple)
        return tple

    def _moveCallLaterSooner(self, tple):
        heap = self._pendingTimedCalls
        try:
            pos = heap.index(tple)
            elt = heap[pos]
            while pos != 0:
                parent = (pos - 1) // 2
                if heap[parent] <= elt:
                    break
                heap[pos] = heap[parent]
                pos = parent
            heap[pos] = elt
        except ValueError:
            pass

    def _cancelCallLater(self, tple):
        self._cancellations += 1

    def getDelayedCalls(self):
        return [x for x in (self._pendingTimedCalls + self._newTimedCalls) if not x.cancelled]

    def _insertNewDelayedCalls(self):
        for call in self._newTimedCalls:
            if call.cancelled:
                self._cancellations -= 1
            else:
                call.activate_delay()
                _heappush(self._pendingTimedCalls, call)
        self._newTimedCalls = []

    def timeout(self):
        self._insertNewDelayedCalls()
        if self.threadCallQueue:
            return 0
        if not self._pendingTimedCalls:
            return None
        delay = self._pendingTimedCalls[0].time - self.seconds()
        return min(max(0, delay), self._MAX_WAIT)

    def runUntilCurrent(self):
        """Run all pending timed calls and calls from threads."""
        if self.threadCallQueue:
            count = 0
            total = len(self.threadCallQueue)
            for (f, a, kw) in list(self.threadCallQueue):
                try:
                    f(*a, **kw)
                except BaseException:
                    _log.err()
                count += 1
                if count == total:
                    break
            with self._threadCallLock:
                del self.threadCallQueue[:count]
                more = bool(self.threadCallQueue)
            if more:
                self.wakeUp()
        self._insertNewDelayedCalls()
        now = self.seconds()
        while self._pendingTimedCalls and (self._pendingTimedCalls[0].time <= now):
            call = _heappop(self._pendingTimedCalls)
            if call.cancelled:
                self._cancellations -= 1
                continue
            if call.delayed_time > 0.0:
                call.activate_delay()
                _heappush(self._pendingTimedCalls, call)
                continue
            try:
                call.called = 1
                call.func(*call.args, **call.kw)
            except BaseException:
                _log.err()
        if self._cancellations > 50 and self._cancellations > len(self._pendingTimedCalls) >> 1:
            self._cancellations = 0
            self._pendingTimedCalls = [x for x in self._pendingTimedCalls if not x.cancelled]
            _heapify(self._pendingTimedCalls)
        if self._justStopped:
            self._justStopped = False
            self.fireSystemEvent('shutdown')

    def doIteration(self, timeout):
        """Wait for I/O up to timeout seconds (None: until something happens) and dispatch it."""
        if timeout is None:
            timeout = -1.0
        events = self._loop.poll(float(timeout))
        for ev in events:
            kind = ev.kind()
            if kind == _DATA:
                conn = self._connections.get(ev.id())
                if conn is not None and conn.connected:
                    self._dispatch(conn, conn._dataReceived, ev.data().encode('latin-1'))
            elif kind == _ACCEPTED:
                port = self._ports.get(ev.id())
                if port is None:
                    self._loop.abortConnection(ev.other())
                else:
                    _log.callWithLogger(port, port._accepted, ev.other())
            elif kind == _CONNECTED:
                conn = self._connections.get(ev.id())
                if conn is not None:
                    self._dispatch(conn, conn._connectDone)
            elif kind == _CONNECT_FAILED:
                conn = self._connections.pop(ev.id(), None)
                if conn is not None:
                    number, text = _native(ev.data()).split(':', 1)
                    conn._id = None
                    _log.callWithLogger(conn, conn.failIfNotConnected,
                                        _error.getConnectError((int(number), text)))
            elif kind == _CLOSED:
                conn = self._connections.pop(ev.id(), None)
                if conn is not None and not conn.disconnected:
                    if ev.other() == 0:
                        reason = _failure.Failure(_CONNECTION_DONE)
                    else:
                        reason = _failure.Failure(_CONNECTION_LOST)
                    _log.callWithLogger(conn, conn.connectionLost, reason)

    def _dispatch(self, conn, func, *args):
        """Run a protocol callback; if it raises, log the error and drop the connection with
        that failure as the reason, as Twisted does."""
        try:
            _log.callWithContext({'system': conn.logPrefix()}, func, *args)
        except BaseException:
            why = _failure.Failure()
            _log.err(why)
            if not conn.disconnected and conn._id is not None:
                self._connections.pop(conn._id, None)
                self._loop.abortConnection(conn._id)
                if conn.connected:
                    _log.callWithLogger(conn, conn.connectionLost, why)

    # -- IReactorThreads ----------------------------------------------------------------------

    def callFromThread(self, f, *args, **kw):
        assert hasattr(f, '__call__'), '%s is not callable' % (f,)
        with self._threadCallLock:
            self.threadCallQueue.append((f, args, kw))
        self.wakeUp()

    def _initThreadPool(self):
        self.threadpool = _ThreadPool(0, 10, 'twisted.internet.reactor')
        self._threadpoolStartupID = self.callWhenRunning(self.threadpool.start)
        self.threadpoolShutdownID = self.addSystemEventTrigger('during', 'shutdown', self._stopThreadPool)

    def _stopThreadPool(self):
        triggers = [self._threadpoolStartupID, self.threadpoolShutdownID]
        for trigger in [t for t in triggers if t is not None]:
            try:
                self.removeSystemEventTrigger(trigger)
            except (ValueError, KeyError):
                pass
        self._threadpoolStartupID = None
        self.threadpoolShutdownID = None
        self.threadpool.stop()
        self.threadpool = None

    def getThreadPool(self):
        if self.threadpool is None:
            self._initThreadPool()
        return self.threadpool

    def callInThread(self, _callable, *args, **kwargs):
        self.getThreadPool().callInThread(_callable, *args, **kwargs)

    def suggestThreadPoolSize(self, size):
        self.getThreadPool().adjustPoolsize(maxthreads=size)

    # -- IReactorTCP --------------------------------------------------------------------------

    def listenTCP(self, port, factory, backlog=50, interface=''):
        p = Port(port, factory, backlog, interface, self)
        p.startListening()
        return p

    def connectTCP(self, host, port, factory, timeout=30, bindAddress=None):
        c = Connector(host, port, factory, timeout, bindAddress, self)
        c.connect()
        return c

    def __repr__(self):
        return '<twisted.internet.epollreactor.EPollReactor object at 0x%x>' % id(self)


def install():
    """Install the reactor (done when this module is first imported)."""
    return reactor


reactor = NioReactor(_loop)
# The module stays alive (CPython 2 would clear its globals once nothing refers to it).
reactor._module = _sys.modules.get(__name__)
_sys.modules[__name__] = reactor
# Its methods also as this module's attributes, for an import that hands out the module.
for _name in dir(reactor):
    if not _name.startswith('_') and callable(getattr(reactor, _name)):
        globals()[_name] = getattr(reactor, _name)
del _name
