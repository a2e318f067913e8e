# socket overlay on Python 2 (Jython): _target is Jython's socket module. Its exception classes
# are named by their module as CPython 2 names them (socket.error, not _socket.error, on the
# last line of an uncaught exception and in repr()).
for _name in ('error', 'herror', 'gaierror', 'timeout'):
    _cls = getattr(_target, _name, None)
    if _cls is not None and getattr(_cls, '__module__', None) == '_socket':
        _cls.__module__ = 'socket'
