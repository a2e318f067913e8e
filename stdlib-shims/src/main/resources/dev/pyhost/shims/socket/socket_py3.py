# socket overlay for Python 3 (GraalPy): _target is GraalPy's socket module. GraalPy binds a TCP
# socket only when it listens or connects: after bind(('host', 0)), getsockname() answered port 0 where CPython answers the port the system chose
# (socketserver takes server_address from it). Port 0 is resolved here, as the system resolves it,
# by a socket of the same family bound to the same host and listening; the socket is then bound
# to that port. Other binds are the engine's.
_engine_bind = _target.socket.bind
_families = tuple(getattr(_target, name) for name in ('AF_INET', 'AF_INET6') if hasattr(_target, name))


def _chosen_port(family, address):
    probe = _target.socket(family, _target.SOCK_STREAM)
    try:
        _engine_bind(probe, address)
        probe.listen(1)
        return probe.getsockname()[1]
    finally:
        probe.close()


def bind(self, address):
    """bind(address)

    Bind the socket to a local address."""
    if (self.type == _target.SOCK_STREAM and self.family in _families and isinstance(address, tuple)
            and len(address) >= 2 and isinstance(address[1], int) and address[1] == 0):
        address = (address[0], _chosen_port(self.family, address)) + tuple(address[2:])
    _engine_bind(self, address)


bind.__module__ = _target.__name__
bind.__qualname__ = 'socket.bind'
_target.socket.bind = bind

# gethostbyname_ex of a name that does not resolve: GraalPy raised herror('Name or service not
# known'), where CPython raises gaierror(EAI_NONAME, 'Name or service not known') from glibc.
_engine_gethostbyname_ex = _target.gethostbyname_ex


def gethostbyname_ex(host):
    try:
        return _engine_gethostbyname_ex(host)
    except _target.herror as e:
        if len(e.args) == 1 and e.args[0] == 'Name or service not known':
            raise _target.gaierror(_target.EAI_NONAME, e.args[0]) from None
        raise


gethostbyname_ex.__doc__ = _engine_gethostbyname_ex.__doc__
gethostbyname_ex.__module__ = _target.__name__
_target.gethostbyname_ex = gethostbyname_ex
