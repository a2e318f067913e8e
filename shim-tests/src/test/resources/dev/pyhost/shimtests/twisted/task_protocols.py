from __future__ import print_function
from twisted.internet import task, defer, protocol, error
from twisted.protocols import basic
clock = task.Clock()
calls = []
def tick(tag):
    calls.append((tag, clock.seconds()))
    if len(calls) == 4:
        lc.stop()
lc = task.LoopingCall(tick, 'x')
lc.clock = clock
d = lc.start(2.0)
d.addCallback(lambda l: print('stopped', l is lc, lc.running))
print('after start', calls, lc.running)
clock.advance(1); clock.advance(1); clock.pump([2, 2, 2])
print(calls)
print(repr(lc).split('(')[0])
# now=False and skipped intervals via withCount
counts = []
lc2 = task.LoopingCall.withCount(lambda n: counts.append(n))
lc2.clock = clock
lc2.start(1.0, now=False)
clock.advance(1); clock.advance(3.5); clock.advance(0.5)
lc2.stop()
print('counts', counts)
# error inside a LoopingCall
def failing():
    raise ValueError('lc failed')
lc3 = task.LoopingCall(failing); lc3.clock = clock
lc3.start(1).addErrback(lambda f: print('lc errback', f.getErrorMessage(), lc3.running))
# deferLater and callLater cancel
dl = task.deferLater(clock, 3, lambda a: 'later ' + a, 'arg')
dl.addCallback(print)
dc = clock.callLater(1, print, 'should not run')
print(dc.active()); dc.cancel(); print(dc.active())
try:
    dc.cancel()
except error.AlreadyCancelled as e:
    print('AlreadyCancelled:', e)
dc2 = clock.callLater(0.5, print, 'ran once')
clock.advance(3)
try:
    dc2.cancel()
except error.AlreadyCalled as e:
    print('AlreadyCalled:', e)
print(repr(dc2).split(' ')[0], 'called=1' in repr(dc2))
# timeout via addTimeout
slow = defer.Deferred()
slow.addTimeout(5, clock)
slow.addErrback(lambda f: print('timeout', f.type.__name__, f.value.args))
clock.advance(5)
# LineReceiver framing over a fake transport
class Transport(object):
    disconnecting = False
    def __init__(self): self.written = []
    def write(self, data): self.written.append(data)
    def writeSequence(self, seq): self.written.append(b''.join(seq))
    def loseConnection(self): self.disconnecting = True; print('loseConnection')
class Lines(basic.LineReceiver):
    delimiter = b'\n'
    MAX_LENGTH = 20
    def lineReceived(self, line):
        print('line', line.decode())
        if line == b'raw':
            self.setRawMode()
        if line == b'quit':
            self.transport.loseConnection()
    def rawDataReceived(self, data):
        print('raw', data.decode())
        if b'END' in data:
            rest = data.split(b'END', 1)[1]
            self.setLineMode(rest)
p = Lines(); t = Transport(); p.makeConnection(t)
for chunk in [b'he', b'llo\nwor', b'ld\n\n', b'raw\nsome bytes', b' moreEND', b'after\nnext\n']:
    p.dataReceived(chunk)
p.sendLine(b'reply')
print('written', [str(w.decode('latin-1')) for w in t.written])
p.dataReceived(b'x' * 25)
p2 = Lines(); t2 = Transport(); p2.makeConnection(t2)
p2.dataReceived(b'one\nquit\nignored\n')
crlf = basic.LineReceiver(); crlf.lineReceived = lambda l: print('crlf', l.decode()); crlf.makeConnection(Transport())
crlf.dataReceived(b'a\r\nb\nc\r\n')
# LineOnlyReceiver and Int32StringReceiver
class Only(basic.LineOnlyReceiver):
    def lineReceived(self, line): print('only', line.decode())
o = Only(); o.makeConnection(Transport()); o.dataReceived(b'x\r\ny\r\nz')
class I32(basic.Int32StringReceiver):
    def stringReceived(self, s): print('int32', s.decode())
i = I32(); ti = Transport(); i.makeConnection(ti); i.sendString(b'hey'); print('written', [str(w.decode('latin-1')) for w in ti.written])
i.dataReceived(ti.written[0][:5]); i.dataReceived(ti.written[0][5:] + b'\x00\x00\x00\x01z')
# factories
class P(protocol.Protocol):
    pass
f = protocol.Factory.forProtocol(P)
pr = f.buildProtocol(None); print(type(pr).__name__, pr.factory is f, f.logPrefix())
f.doStart(); f.doStart(); print(f.numPorts); f.doStop(); f.doStop(); f.doStop(); print(f.numPorts)
# ReconnectingClientFactory with a clock and no jitter
class Conn(object):
    def __init__(self): self.n = 0
    def connect(self): self.n += 1; print('connect attempt', self.n, round(clock.seconds(), 6))
    def stopConnecting(self): raise error.NotConnectingError()
rf = protocol.ReconnectingClientFactory(); rf.clock = clock; rf.jitter = 0; rf.maxRetries = 3; rf.noisy = False
c = Conn()
for i in range(5):
    rf.clientConnectionFailed(c, None)
    clock.advance(rf.delay)
print('retries', rf.retries, round(rf.delay, 4))
rf.resetDelay(); print(rf.delay, rf.retries, rf.continueTrying)
rf.stopTrying(); print('continueTrying', rf.continueTrying)
rf.clientConnectionLost(c, None)
for e in [error.ConnectionDone(), error.ConnectionLost(), error.ConnectionRefusedError(111, 'Connection refused'),
          error.CannotListenError('127.0.0.1', 80, OSError(13, 'Permission denied')), error.TimeoutError(),
          error.ConnectError(string='x'), error.AlreadyCalled(), error.ConnectionAborted(), error.DNSLookupError('h')]:
    print(type(e).__name__, str(e))
print(protocol.connectionDone.getErrorMessage())
