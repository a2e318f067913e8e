# twisted.internet.protocol: Protocol, Factory, ClientFactory, ReconnectingClientFactory and
# ClientCreator, as Twisted defines them.
import random

from twisted.internet import defer, error
from twisted.python import failure, log


class Factory(object):
    """This is a factory which produces protocols."""

    protocol = None
    numPorts = 0
    noisy = True

    @classmethod
    def forProtocol(cls, protocol, *args, **kwargs):
        factory = cls(*args, **kwargs)
        factory.protocol = protocol
        return factory

    def logPrefix(self):
        return self.__class__.__name__

    def doStart(self):
        """Make sure startFactory is called (used by the reactor)."""
        if not self.numPorts:
            if self.noisy:
                log.msg('Starting factory %r' % (self,))
            self.startFactory()
        self.numPorts = self.numPorts + 1

    def doStop(self):
        """Make sure stopFactory is called (used by the reactor)."""
        if self.numPorts == 0:
            return
        self.numPorts = self.numPorts - 1
        if not self.numPorts:
            if self.noisy:
                log.msg('Stopping factory %r' % (self,))
            self.stopFactory()

    def startFactory(self):
        """This will be called before I begin listening on a Port or Connector."""

    def stopFactory(self):
        """This will be called before I stop listening on all Ports/Connectors."""

    def buildProtocol(self, addr):
        """Create an instance of a subclass of Protocol (self.protocol)."""
        p = self.protocol()
        p.factory = self
        return p


class ServerFactory(Factory):
    """Subclass this to indicate that your protocol.Factory is only usable for servers."""


class ClientFactory(Factory):
    """A Protocol factory for clients."""

    def startedConnecting(self, connector):
        """Called when a connection has been started."""

    def clientConnectionFailed(self, connector, reason):
        """Called when a connection has failed to connect."""

    def clientConnectionLost(self, connector, reason):
        """Called when an established connection is lost."""


class _InstanceFactory(ClientFactory):
    """Factory used by ClientCreator."""

    noisy = False
    pending = None

    def __init__(self, reactor, instance, deferred):
        self.reactor = reactor
        self.instance = instance
        self.deferred = deferred

    def __repr__(self):
        return '<ClientCreator factory: %r>' % (self.instance,)

    def buildProtocol(self, addr):
        self.pending = self.reactor.callLater(0, self.fire, self.deferred.callback, self.instance)
        self.deferred = None
        return self.instance

    def clientConnectionFailed(self, connector, reason):
        self.pending = self.reactor.callLater(0, self.fire, self.deferred.errback, reason)
        self.deferred = None

    def fire(self, func, value):
        self.pending = None
        func(value)


class ClientCreator(object):
    """Client connections that do not require a factory."""

    def __init__(self, reactor, protocolClass, *args, **kwargs):
        self.reactor = reactor
        self.protocolClass = protocolClass
        self.args = args
        self.kwargs = kwargs

    def _connect(self, method, *args, **kwargs):
        def cancelConnect(deferred):
            connector.disconnect()
            if f.pending is not None:
                f.pending.cancel()

        d = defer.Deferred(cancelConnect)
        f = _InstanceFactory(self.reactor, self.protocolClass(*self.args, **self.kwargs), d)
        connector = method(factory=f, *args, **kwargs)
        return d

    def connectTCP(self, host, port, timeout=30, bindAddress=None):
        return self._connect(self.reactor.connectTCP, host, port, timeout=timeout,
                             bindAddress=bindAddress)


class ReconnectingClientFactory(ClientFactory):
    """Factory which auto-reconnects clients with an exponential back-off."""

    maxDelay = 3600
    initialDelay = 1.0
    factor = 2.7182818284590451
    jitter = 0.119626565582
    delay = initialDelay
    retries = 0
    maxRetries = None
    _callID = None
    connector = None
    clock = None
    continueTrying = 1

    def clientConnectionFailed(self, connector, reason):
        if self.continueTrying:
            self.connector = connector
            self.retry()

    def clientConnectionLost(self, connector, unused_reason):
        if self.continueTrying:
            self.connector = connector
            self.retry()

    def retry(self, connector=None):
        """Have this connector connect again, after a suitable delay."""
        if not self.continueTrying:
            if self.noisy:
                log.msg('Abandoning %s on explicit request' % (connector,))
            return
        if connector is None:
            if self.connector is None:
                raise ValueError('no connector to retry')
            else:
                connector = self.connector
        self.retries += 1
        if self.maxRetries is not None and (self.retries > self.maxRetries):
            if self.noisy:
                log.msg('Abandoning %s after %d retries.' % (connector, self.retries))
            return
        self.delay = min(self.delay * self.factor, self.maxDelay)
        if self.jitter:
            self.delay = random.normalvariate(self.delay, self.delay * self.jitter)
        if self.noisy:
            log.msg('%s will retry in %d seconds' % (connector, self.delay))

        def reconnector():
            self._callID = None
            connector.connect()

        if self.clock is None:
            from twisted.internet import reactor
            self.clock = reactor
        self._callID = self.clock.callLater(self.delay, reconnector)

    def stopTrying(self):
        """Put a stop to any attempt to reconnect in progress."""
        if self._callID:
            self._callID.cancel()
            self._callID = None
        self.continueTrying = 0
        if self.connector:
            try:
                self.connector.stopConnecting()
            except error.NotConnectingError:
                pass

    def resetDelay(self):
        """Call this method after a successful connection: it resets the delay and the retry
        counter."""
        self.delay = self.initialDelay
        self.retries = 0
        self._callID = None
        self.continueTrying = 1

    def __getstate__(self):
        state = self.__dict__.copy()
        for key in ['connector', 'retries', 'delay', 'continueTrying', '_callID', 'clock']:
            if key in state:
                del state[key]
        return state


class BaseProtocol(object):
    """This is the abstract superclass of all protocols."""

    connected = 0
    transport = None

    def makeConnection(self, transport):
        """Make a connection to a transport and a server."""
        self.connected = 1
        self.transport = transport
        self.connectionMade()

    def connectionMade(self):
        """Called when a connection is made."""


connectionDone = failure.Failure(error.ConnectionDone())
connectionDone.cleanFailure()


class Protocol(BaseProtocol):
    """This is the base class for streaming connection-oriented protocols."""

    factory = None

    def logPrefix(self):
        return self.__class__.__name__

    def dataReceived(self, data):
        """Called whenever data is received."""

    def connectionLost(self, reason=connectionDone):
        """Called when the connection is shut down."""


class ProtocolToConsumerAdapter(object):
    def __init__(self, original):
        self.original = original

    def write(self, data):
        self.original.dataReceived(data)

    def registerProducer(self, producer, streaming):
        pass

    def unregisterProducer(self):
        pass


class ConsumerToProtocolAdapter(Protocol):
    def __init__(self, original):
        self.original = original

    def dataReceived(self, data):
        self.original.write(data)


class DatagramProtocol(object):
    """Protocol for datagram-oriented transport, e.g. UDP."""

    transport = None
    numPorts = 0
    noisy = True

    def logPrefix(self):
        return self.__class__.__name__

    def datagramReceived(self, datagram, addr):
        """Called when a datagram is received."""


class FileWrapper(object):
    """A wrapper around a file-like object to make it behave as a Transport."""

    closed = 0
    disconnecting = 0
    producer = None
    streamingProducer = 0

    def __init__(self, file):
        self.file = file

    def write(self, data):
        try:
            self.file.write(data)
        except BaseException:
            self.handleException()

    def _checkProducer(self):
        if self.producer:
            self.producer.resumeProducing()

    def registerProducer(self, producer, streaming):
        self.producer = producer
        self.streamingProducer = streaming
        if not streaming:
            producer.resumeProducing()

    def unregisterProducer(self):
        self.producer = None

    def stopConsuming(self):
        self.unregisterProducer()
        self.loseConnection()

    def writeSequence(self, iovec):
        self.write(b''.join(iovec))

    def loseConnection(self):
        self.closed = 1

    def getPeer(self):
        return ('file', 'file')

    def getHost(self):
        return 'file'

    def handleException(self):
        pass

    def resumeProducing(self):
        pass

    def pauseProducing(self):
        pass

    def stopProducing(self):
        self.loseConnection()
