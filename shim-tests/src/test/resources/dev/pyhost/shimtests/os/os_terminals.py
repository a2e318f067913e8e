# The terminal calls GraalPy lacked and Jython too (ttyname, tcgetpgrp, tcsetpgrp), and isatty:
# terminals or not, bad descriptors and arguments, compared with CPython of the same version.
from __future__ import print_function
import os, tempfile


def t(label, f, *args):
    try:
        r = f(*args)
    except Exception as e:
        print(label, type(e).__name__, e.args, getattr(e, 'filename', None))
    else:
        print(label, repr(r))


print([name for name in ('ttyname', 'tcgetpgrp', 'tcsetpgrp', 'ctermid') if hasattr(os, name)])
fd = os.open(os.devnull, os.O_RDONLY)
os.close(fd)
for name, args in [('ttyname', ()), ('tcgetpgrp', ()), ('tcsetpgrp', (os.getpgrp(),))]:
    t(name + ' bad', getattr(os, name), 999, *args)
    t(name + ' closed', getattr(os, name), fd, *args)
    t(name + ' negative', getattr(os, name), -1, *args)
    t(name + ' str', getattr(os, name), 'x', *args)
t('tcsetpgrp bad group', os.tcsetpgrp, 999, 'x')
t('ctermid', os.ctermid)

# terminals or not: a character device that is none, a pipe, the captured standard output, and a
# pseudo-terminal's master opened by name
n = os.open(os.devnull, os.O_RDONLY)
for name, args in [('ttyname', ()), ('tcgetpgrp', ()), ('tcsetpgrp', (os.getpgrp(),))]:
    t(name + ' devnull', getattr(os, name), n, *args)
    t(name + ' stdout', getattr(os, name), 1, *args)
t('isatty devnull', os.isatty, n)
t('isatty stdout', os.isatty, 1)
os.close(n)
r, w = os.pipe()
t('ttyname pipe', os.ttyname, r)
t('tcgetpgrp pipe', os.tcgetpgrp, w)
t('isatty pipe', os.isatty, r)
os.close(r)
os.close(w)
pm = os.open('/dev/ptmx', os.O_RDWR | os.O_NOCTTY)
t('ttyname ptmx', os.ttyname, pm)
t('isatty ptmx', os.isatty, pm)
os.close(pm)
t('isatty closed', os.isatty, pm)
t('isatty bad', os.isatty, 999)
t('isatty negative', os.isatty, -1)
t('isatty str', os.isatty, 'x')
f = tempfile.TemporaryFile()
t('ttyname file', os.ttyname, f.fileno())
t('tcgetpgrp file', os.tcgetpgrp, f.fileno())
t('isatty file', os.isatty, f.fileno())
f.close()
