# twisted.internet.interfaces: the interface names scripts import (as plain marker classes;
# there is no zope.interface here), with implementer-style decorators accepted.


class Interface(object):
    """A marker: objects are checked by duck typing."""

    def __init__(self, *args, **kw):
        raise TypeError('%s is an interface' % self.__class__.__name__)

    @classmethod
    def providedBy(cls, obj):
        return True


def _interface(name, doc):
    return type(name, (Interface,), {'__doc__': doc})


_names = {
    'IReactorCore': 'Core methods that a Reactor must implement.',
    'IReactorTime': 'Time methods that a Reactor should implement.',
    'IReactorTCP': 'TCP methods of a reactor.',
    'IReactorThreads': 'Dispatch methods to be run in threads.',
    'IReactorFromThreads': 'Calling the reactor from other threads.',
    'IReactorPluggableResolver': 'A reactor with a pluggable name resolver.',
    'IDelayedCall': 'A scheduled call.',
    'IProtocol': 'The interface of a protocol.',
    'IProtocolFactory': 'Interface for protocol factories.',
    'ITransport': 'I am a transport for bytes.',
    'ITCPTransport': 'A TCP based transport.',
    'IConnector': 'Object used to interface between connections and protocols.',
    'IListeningPort': 'A listening port.',
    'IAddress': 'An address, e.g. a TCP (host, port).',
    'IConsumer': 'A consumer consumes data from a producer.',
    'IProducer': 'A producer produces data for a consumer.',
    'IPushProducer': 'A push producer.',
    'IPullProducer': 'A pull producer.',
    'IHalfCloseableProtocol': 'Implemented to indicate they want notification of half-closes.',
    'IStreamServerEndpoint': 'A stream server endpoint.',
    'IStreamClientEndpoint': 'A stream client endpoint.',
}
for _n, _d in _names.items():
    globals()[_n] = _interface(_n, _d)
del _n, _d
