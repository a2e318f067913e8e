# socket overlay on Python 2 (Jython): _target is Jython's socket module. Its exception classes
# are named by their module as CPython 2 names them (socket.error, not _socket.error, on the
# last line of an uncaught exception and in repr()).
for _name in ('error', 'herror', 'gaierror', 'timeout'):
    _cls = getattr(_target, _name, None)
    if _cls is not None and getattr(_cls, '__module__', None) == '_socket':
        _cls.__module__ = 'socket'


# A name that does not resolve is gaierror(-2, 'Name or service not known') (EAI_NONAME), as
# glibc's getaddrinfo reports it to CPython 2; Jython said (20001, 'getaddrinfo failed') or
# (8, 'nodename nor servname provided, or not known'), by which call it was.
import sys as _sys

_jsocket = _sys.modules.get('_socket')
if _jsocket is not None and hasattr(_jsocket, '_exception_map') and hasattr(_jsocket, 'getaddrinfo'):
    import java.net as _net
    import java.nio.channels as _channels

    def _no_name(java_exception=None):
        return _jsocket.gaierror(_jsocket.EAI_NONAME, 'Name or service not known')

    for _unknown in (_net.UnknownHostException, _channels.UnresolvedAddressException):
        if _unknown in _jsocket._exception_map:
            _jsocket._exception_map[_unknown] = _no_name
    _engine_getaddrinfo = _jsocket.getaddrinfo

    def getaddrinfo(*args, **kwargs):
        try:
            return _engine_getaddrinfo(*args, **kwargs)
        except _jsocket.gaierror as e:
            if e.args[:1] == (8,) and 'nodename nor servname' in str(e):
                raise _no_name()
            raise

    getaddrinfo.__doc__ = _engine_getaddrinfo.__doc__
    getaddrinfo.__module__ = 'socket'
    _jsocket.getaddrinfo = getaddrinfo
    if getattr(_target, 'getaddrinfo', None) is _engine_getaddrinfo:
        _target.getaddrinfo = getaddrinfo
