from __future__ import print_function
from twisted.internet import reactor, protocol
from twisted.protocols import basic
events = []

class Greeter(basic.LineReceiver):
    delimiter = b'\n'
    def connectionMade(self):
        self.factory.accepted += 1
        if self.factory.accepted < 3:
            self.transport.loseConnection()
        else:
            self.sendLine(b'welcome')

class GreeterFactory(protocol.ServerFactory):
    protocol = Greeter
    accepted = 0

class Client(basic.LineReceiver):
    delimiter = b'\n'
    def connectionMade(self):
        events.append('connected')
    def lineReceived(self, line):
        events.append('line ' + line.decode())
        self.factory.resetDelay()
        self.factory.stopTrying()
        self.transport.loseConnection()

class Reconnecting(protocol.ReconnectingClientFactory):
    protocol = Client
    initialDelay = 0.05
    factor = 1.5
    jitter = 0
    noisy = False
    def clientConnectionLost(self, connector, reason):
        events.append('lost %s retries=%d trying=%d' % (reason.type.__name__, self.retries, self.continueTrying))
        protocol.ReconnectingClientFactory.clientConnectionLost(self, connector, reason)
        if not self.continueTrying:
            reactor.callLater(0, reactor.stop)

port = reactor.listenTCP(0, GreeterFactory(), interface='127.0.0.1')
factory = Reconnecting()
reactor.connectTCP('127.0.0.1', port.getHost().port, factory)
reactor.callLater(20, reactor.stop)
reactor.run()
for e in events:
    print(e)
print('accepted', port.factory.accepted, 'delay', factory.delay, 'retries', factory.retries)
