# termios overlay for Python 3 (GraalPy): _target is GraalPy's own module, C over the process's
# descriptors. GraalPy numbers what it opens itself (a terminal from os.openpty or os.open) its
# own way, so a descriptor above 2 is handed on as the process's descriptor behind it
# (_core.realFd); one the engine does not know stays as given, and the C module reports it.
# The argument is read as CPython's PyObject_AsFileDescriptor reads it, which GraalPy's Java
# backend does not offer the C module for objects with a fileno() method.


def _fd(obj):
    if isinstance(obj, int):
        fd = obj
    else:
        fileno = getattr(type(obj), 'fileno', None)
        if fileno is None:
            raise TypeError('argument must be an int, or have a fileno() method.')
        fd = fileno(obj)
        if not isinstance(fd, int):
            raise TypeError('fileno() returned a non-integer')
    if fd < 0:
        raise ValueError('file descriptor cannot be a negative integer (%d)' % fd)
    if fd > 0x7fffffff:
        raise OverflowError('Python int too large to convert to C int')
    if fd > 2:
        real = int(_core.realFd(fd))
        if real >= 0:
            return real
    return int(fd)


def _on_real_fd(name):
    engine = getattr(_target, name, None)
    if engine is None:
        return

    def call(*args):
        if args:
            args = (_fd(args[0]),) + args[1:]
        return engine(*args)
    call.__name__ = call.__qualname__ = name
    call.__doc__ = engine.__doc__
    call.__module__ = 'termios'
    setattr(_target, name, call)


for _name in ('tcgetattr', 'tcsetattr', 'tcsendbreak', 'tcdrain', 'tcflush', 'tcflow',
              'tcgetwinsize', 'tcsetwinsize'):
    _on_real_fd(_name)
del _name
