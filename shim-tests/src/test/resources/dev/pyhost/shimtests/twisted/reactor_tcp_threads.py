from __future__ import print_function
import sys, threading
from twisted.internet import reactor, protocol, defer, error, task, threads
from twisted.protocols import basic
events = []
def note(*a):
    events.append(' '.join(str(x) for x in a))
reactor.callLater(0, note, 'zero a')
reactor.callLater(0, note, 'zero b')
pending = [2]
def maybe_stop():
    pending[0] -= 1
    if not pending[0]:
        reactor.callLater(0.05, reactor.stop)
def last_timer():
    note('timer 1.5')
    maybe_stop()
reactor.callLater(1.5, last_timer)
r = reactor.callLater(5, note, 'reset to 0.6')
r.reset(0.6)
reactor.callLater(0.3, note, 'timer 0.3')
c = reactor.callLater(0.05, note, 'cancelled')
c.cancel()
reactor.callWhenRunning(note, 'when running', reactor.running)
reactor.addSystemEventTrigger('before', 'startup', note, 'before startup')
reactor.addSystemEventTrigger('after', 'startup', note, 'after startup')
reactor.addSystemEventTrigger('before', 'shutdown', note, 'before shutdown')
reactor.addSystemEventTrigger('during', 'shutdown', note, 'during shutdown')
reactor.addSystemEventTrigger('after', 'shutdown', note, 'after shutdown')
tid = reactor.addSystemEventTrigger('after', 'shutdown', note, 'removed trigger')
reactor.removeSystemEventTrigger(tid)

def worker(x):
    name = threading.current_thread().name
    reactor.callFromThread(note, 'thread from', x, name != 'MainThread')
reactor.callInThread(worker, 1)
d = threads.deferToThread(lambda a, b: a * b, 6, 7)
d.addCallback(lambda v: note('thread deferToThread', v))
def raiser():
    raise ValueError('in thread')
threads.deferToThread(raiser).addErrback(lambda f: note('thread error', f.type.__name__, f.getErrorMessage()))

class Echo(basic.LineReceiver):
    delimiter = b'\n'
    def connectionMade(self):
        peer, host = self.transport.getPeer(), self.transport.getHost()
        note('server made', type(peer).__name__, peer.type, peer.host, host.port == port.getHost().port)
    def lineReceived(self, line):
        note('server line', line.decode())
        self.sendLine(line.upper())
        if line == b'bye':
            self.transport.loseConnection()
    def connectionLost(self, reason):
        note('server lost', reason.type.__name__)

class EchoFactory(protocol.ServerFactory):
    protocol = Echo
    def startFactory(self):
        note('server factory start')
    def stopFactory(self):
        note('server factory stop')

class Client(basic.LineReceiver):
    delimiter = b'\n'
    def connectionMade(self):
        note('client made', self.transport.getPeer().port == port.getHost().port)
        try:
            self.transport.write(u'text')
        except TypeError as e:
            note('client write text', e)
        self.sendLine(b'hello')
        self.transport.write(b'wor')
        self.transport.write(b'ld\nbye\n')
    def lineReceived(self, line):
        note('client line', line.decode())
    def connectionLost(self, reason):
        note('client lost', reason.type.__name__, reason.getErrorMessage())

class ClientF(protocol.ClientFactory):
    protocol = Client
    def startedConnecting(self, connector):
        note('started connecting', connector.getDestination().port == port.getHost().port)
    def clientConnectionLost(self, connector, reason):
        note('clientConnectionLost', reason.type.__name__)
        reactor.connectTCP('127.0.0.1', closed_port, Refused())
    def clientConnectionFailed(self, connector, reason):
        note('unexpected failure', reason.getErrorMessage())

class Refused(protocol.ClientFactory):
    def clientConnectionFailed(self, connector, reason):
        note('refused', reason.type.__name__, reason.getErrorMessage())
        try:
            reactor.listenTCP(port.getHost().port, EchoFactory(), interface='127.0.0.1')
        except error.CannotListenError as e:
            note('CannotListenError', e.port == port.getHost().port, e.interface, str(e.socketError))
        maybe_stop()

port = reactor.listenTCP(0, EchoFactory(), interface='127.0.0.1')
probe = reactor.listenTCP(0, protocol.Factory(), interface='127.0.0.1')
closed_port = probe.getHost().port
probe.stopListening()
reactor.connectTCP('127.0.0.1', port.getHost().port, ClientF())
note('running before run', reactor.running)
reactor.run()
note('after run', reactor.running)
try:
    reactor.stop()
except error.ReactorNotRunning as e:
    note('ReactorNotRunning', e)
try:
    reactor.run()
except error.ReactorNotRestartable as e:
    note('ReactorNotRestartable', repr(e))
groups = {}
for e in events:
    key = e.split(' ')[0]
    key = {'timer': 'time', 'reset': 'time', 'zero': 'time', 'client': 'client', 'clientConnectionLost': 'client',
           'server': 'server', 'thread': 'thread'}.get(key, 'other')
    groups.setdefault(key, []).append(e)
for key in sorted(groups):
    print(key, groups[key] if key != 'thread' else sorted(groups[key]))
