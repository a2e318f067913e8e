from __future__ import print_function
import sys
from twisted.internet import reactor, protocol
from twisted.python import log
seen = []
log.addObserver(lambda e: seen.append(e['failure'].getErrorMessage()) if e.get('isError') and 'failure' in e else None)
class Bad(protocol.Protocol):
    def dataReceived(self, data):
        raise ValueError('bad data %s' % data.decode())
    def connectionLost(self, reason):
        seen.append('server lost ' + reason.type.__name__ + ' ' + reason.getErrorMessage())
class Sender(protocol.Protocol):
    def connectionMade(self):
        self.transport.write(b'x')
    def connectionLost(self, reason):
        seen.append('client lost ' + reason.type.__name__)
        reactor.callLater(0.05, reactor.stop)
port = reactor.listenTCP(0, protocol.Factory.forProtocol(Bad), interface='127.0.0.1')
reactor.connectTCP('127.0.0.1', port.getHost().port, protocol.ClientFactory.forProtocol(Sender))
def boom():
    raise KeyError('timer')
reactor.callLater(0, boom)
reactor.callLater(10, reactor.stop)
reactor.run()
for s in seen:
    print(s)
