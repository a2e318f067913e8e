# Twisted workload for pyhost vs CPython + real Twisted (Python 2 and 3): one process runs a
# LineReceiver echo server and CLIENTS concurrent loopback clients doing LINES round trips each,
# then 100,000 Deferred callbacks and 20,000 timers. Prints "name seconds" per part.
from __future__ import print_function
import sys
import time

from twisted.internet import defer, protocol, reactor
from twisted.protocols import basic

CLIENTS = int(sys.argv[1]) if len(sys.argv) > 1 else 200
LINES = int(sys.argv[2]) if len(sys.argv) > 2 else 20
results = []


class Echo(basic.LineReceiver):
    delimiter = b'\n'

    def lineReceived(self, line):
        self.sendLine(line)


class Client(basic.LineReceiver):
    delimiter = b'\n'

    def connectionMade(self):
        self.n = 0
        self.sendLine(b'ping 0')

    def lineReceived(self, line):
        self.n += 1
        if self.n == LINES:
            self.factory.ok += 1
            self.transport.loseConnection()
        else:
            self.sendLine(('ping %d' % self.n).encode('ascii'))


class ClientFactory(protocol.ClientFactory):
    protocol = Client
    noisy = False

    def __init__(self):
        self.ok = 0
        self.finished = 0

    def clientConnectionLost(self, connector, reason):
        self.done()

    def clientConnectionFailed(self, connector, reason):
        self.done()

    def done(self):
        self.finished += 1
        if self.finished == CLIENTS:
            results.append(('echo_%dx%d' % (CLIENTS, LINES), time.time() - started[0]))
            reactor.callLater(0, timers)


def timers():
    t0 = time.time()
    fired = [0]
    count = 20000

    def tick():
        fired[0] += 1
        if fired[0] == count:
            results.append(('timers_20000', time.time() - t0))
            reactor.stop()

    for i in range(count):
        reactor.callLater((i % 100) / 10000.0, tick)


def deferreds():
    t0 = time.time()
    for _ in range(1000):
        d = defer.Deferred()
        for _ in range(100):
            d.addCallback(lambda r: r + 1)
        d.callback(0)
    results.append(('deferred_callbacks_100000', time.time() - t0))


deferreds()
factory = protocol.ServerFactory.forProtocol(Echo)
factory.noisy = False
port = reactor.listenTCP(0, factory, backlog=CLIENTS, interface='127.0.0.1')
clients = ClientFactory()
started = [time.time()]
for _ in range(CLIENTS):
    reactor.connectTCP('127.0.0.1', port.getHost().port, clients)
reactor.callLater(300, reactor.stop)
reactor.run()
for name, seconds in results:
    print(name, '%.4f' % seconds)
print('clients_ok', clients.ok)
