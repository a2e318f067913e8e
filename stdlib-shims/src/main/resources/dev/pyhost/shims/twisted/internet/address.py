# twisted.internet.address: the addresses transports report (getPeer, getHost).


class IPv4Address(object):
    """An IPv4 socket endpoint: type ('TCP' or 'UDP'), host and port."""

    def __init__(self, type, host, port):
        if type not in ('TCP', 'UDP'):
            raise ValueError('illegal transport type')
        self.type = type
        self.host = host
        self.port = port

    def __eq__(self, other):
        if not isinstance(other, self.__class__):
            return NotImplemented
        return (self.type, self.host, self.port) == (other.type, other.host, other.port)

    def __ne__(self, other):
        result = self.__eq__(other)
        return result if result is NotImplemented else not result

    def __hash__(self):
        return hash((self.type, self.host, self.port))

    def __repr__(self):
        return '%s(type=%r, host=%r, port=%d)' % (self.__class__.__name__, self.type, self.host, self.port)


class IPv6Address(IPv4Address):
    """An IPv6 socket endpoint."""

    def __init__(self, type, host, port, flowInfo=0, scopeID=0):
        IPv4Address.__init__(self, type, host, port)
        self.flowInfo = flowInfo
        self.scopeID = scopeID
