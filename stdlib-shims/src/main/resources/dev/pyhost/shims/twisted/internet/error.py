# twisted.internet.error: the exceptions of connections, ports and the reactor, with Twisted's
# messages ("Connection was closed cleanly.").
import errno as _errno
import socket as _socket


def _joined(message, args):
    if args:
        message = '%s: %s' % (message, ' '.join([str(a) for a in args]))
    return message + '.'


class BindError(Exception):
    __doc__ = MESSAGE = 'An error occurred binding to an interface'

    def __str__(self):
        return _joined(self.MESSAGE, self.args)


class CannotListenError(BindError):
    """The reactor could not start listening on a port."""

    def __init__(self, interface, port, socketError):
        BindError.__init__(self, interface, port, socketError)
        self.interface = interface
        self.port = port
        self.socketError = socketError

    def __str__(self):
        return "Couldn't listen on %s:%s: %s." % (self.interface or 'any', self.port, self.socketError)


class MulticastJoinError(Exception):
    """An attempt to join a multicast group failed."""


class MessageLengthError(Exception):
    __doc__ = MESSAGE = 'Message is too long to send'

    def __str__(self):
        return _joined(self.MESSAGE, self.args)


class DNSLookupError(IOError):
    __doc__ = MESSAGE = 'DNS lookup failed'

    def __str__(self):
        return _joined(self.MESSAGE, self.args)


class ConnectInProgressError(Exception):
    """A connect operation was started and isn't done yet."""


class ConnectError(Exception):
    __doc__ = MESSAGE = 'An error occurred while connecting'

    def __init__(self, osError=None, string=''):
        self.osError = osError
        Exception.__init__(self, string)

    def __str__(self):
        s = self.MESSAGE
        if self.osError:
            s = '%s: %s' % (s, self.osError)
        if self.args[0]:
            s = '%s: %s' % (s, self.args[0])
        return s + '.'


class ConnectBindError(ConnectError):
    __doc__ = MESSAGE = "Couldn't bind"


class UnknownHostError(ConnectError):
    __doc__ = MESSAGE = "Hostname couldn't be looked up"


class NoRouteError(ConnectError):
    __doc__ = MESSAGE = 'No route to host'


class ConnectionRefusedError(ConnectError):
    __doc__ = MESSAGE = 'Connection was refused by other side'


class TCPTimedOutError(ConnectError):
    __doc__ = MESSAGE = 'TCP connection timed out'


class BadFileError(ConnectError):
    __doc__ = MESSAGE = 'File used for UNIX socket is no good'


class ServiceNameUnknownError(ConnectError):
    __doc__ = MESSAGE = 'Service name given as port is unknown'


class UserError(ConnectError):
    __doc__ = MESSAGE = 'User aborted connection'


class TimeoutError(UserError):
    __doc__ = MESSAGE = 'User timeout caused connection failure'


class SSLError(ConnectError):
    __doc__ = MESSAGE = 'An SSL error occurred'


errnoMapping = {
    _errno.ENETUNREACH: NoRouteError,
    _errno.ECONNREFUSED: ConnectionRefusedError,
    _errno.ETIMEDOUT: TCPTimedOutError,
}


def getConnectError(e):
    """Given a socket exception, return connection error."""
    args = e.args if isinstance(e, Exception) else e
    try:
        number, string = args
    except ValueError:
        return ConnectError(string=e)
    if isinstance(e, _socket.gaierror):
        klass = UnknownHostError
    else:
        klass = errnoMapping.get(number, ConnectError)
    return klass(number, string)


class ConnectionClosed(Exception):
    """Connection was closed, whether cleanly or non-cleanly."""


class ConnectionLost(ConnectionClosed):
    __doc__ = MESSAGE = """
    Connection to the other side was lost in a non-clean fashion
    """

    def __str__(self):
        s = self.MESSAGE.strip().splitlines()[0]
        if self.args:
            s = '%s: %s' % (s, ' '.join([str(a) for a in self.args]))
        return s + '.'


class ConnectionAborted(ConnectionLost):
    """Connection was aborted locally, using abortConnection."""
    MESSAGE = 'Connection was aborted locally using ITCPTransport.abortConnection'


class ConnectionDone(ConnectionClosed):
    __doc__ = MESSAGE = 'Connection was closed cleanly'

    def __str__(self):
        return _joined(self.MESSAGE, self.args)


class FileDescriptorOverrun(ConnectionLost):
    """A mis-use of IUNIXTransport.sendFileDescriptor caused the connection to be closed."""
    MESSAGE = 'A mis-use of IUNIXTransport.sendFileDescriptor caused the connection to be closed.'


class AlreadyCalled(ValueError):
    __doc__ = MESSAGE = 'Tried to cancel an already-called event'

    def __str__(self):
        return _joined(self.MESSAGE, self.args)


class AlreadyCancelled(ValueError):
    __doc__ = MESSAGE = 'Tried to cancel an already-cancelled event'

    def __str__(self):
        return _joined(self.MESSAGE, self.args)


class ProcessDone(ConnectionDone):
    __doc__ = MESSAGE = 'A process has ended without apparent errors'


class ProcessExitedAlready(Exception):
    """The process has already exited."""


class NotConnectingError(RuntimeError):
    __doc__ = MESSAGE = 'The Connector was not connecting when it was asked to stop connecting'

    def __str__(self):
        return _joined(self.MESSAGE, self.args)


class NotListeningError(RuntimeError):
    __doc__ = MESSAGE = 'The Port was not listening when it was asked to stop listening'

    def __str__(self):
        return _joined(self.MESSAGE, self.args)


class ReactorNotRunning(RuntimeError):
    """Error raised when trying to stop a reactor which is not running."""


class ReactorNotRestartable(RuntimeError):
    """Error raised when trying to run a reactor which was stopped."""


class ReactorAlreadyRunning(RuntimeError):
    """Error raised when trying to start the reactor multiple times."""


class ReactorAlreadyInstalledError(AssertionError):
    """Could not install reactor because one is already installed."""


class ConnectingCancelledError(Exception):
    """An C{Exception} that will be raised when an IStreamClientEndpoint is cancelled."""

    def __init__(self, address):
        Exception.__init__(self, address)
        self.address = address


class NoProtocol(Exception):
    """An Exception that will be raised when the factory given to a IStreamClientEndpoint returns None."""


class AlreadyListened(Exception):
    """An attempt was made to listen on a file descriptor which can only be listened on once."""


class InvalidAddressError(ValueError):
    """An invalid address was specified."""

    def __init__(self, address, message):
        self.address = address
        self.message = message
        ValueError.__init__(self, address, message)
