# twisted.internet: reactor, protocol, defer, task, error, address, threads, interfaces.
__path__ = []
