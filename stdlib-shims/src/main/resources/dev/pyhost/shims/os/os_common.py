# os overlay, part shared by Python 2 and 3 (prepended to os_py2.py / os_py3.py).
# Wait-status helpers with CPython's POSIX meaning: Jython lacks them, and GraalPy's Java
# backend reads statuses as exit codes (WIFEXITED(768) is False there).


def WIFEXITED(status):
    return (status & 0x7f) == 0


def WEXITSTATUS(status):
    return (status >> 8) & 0xff


def WIFSIGNALED(status):
    return (status & 0x7f) not in (0, 0x7f)


def WTERMSIG(status):
    return status & 0x7f


def WIFSTOPPED(status):
    return (status & 0xff) == 0x7f


def WSTOPSIG(status):
    return (status >> 8) & 0xff


def WCOREDUMP(status):
    return bool(status & 0x80)


def WIFCONTINUED(status):
    return status == 0xffff


for _f in (WIFEXITED, WEXITSTATUS, WIFSIGNALED, WTERMSIG, WIFSTOPPED, WSTOPSIG, WCOREDUMP, WIFCONTINUED):
    _f.__module__ = 'os'
    setattr(_target, _f.__name__, _f)

