# SIG_IGN for SIGINT and SIGTERM: read back as set, inherited by children, and undone by
# putting the old handlers back (whatever the host had: the command line's are checked in
# TerminationSignalIT).
from __future__ import print_function
import signal, subprocess, sys
def ignored_mask():
    out = subprocess.Popen(['sh', '-c', 'grep SigIgn /proc/self/status'], stdout=subprocess.PIPE).communicate()[0]
    return int(out.split()[1], 16) & ((1 << 0) | (1 << 1) | (1 << 14))  # HUP, INT, TERM bits
print(ignored_mask())
old_int = signal.signal(signal.SIGINT, signal.SIG_IGN)
old_term = signal.signal(signal.SIGTERM, signal.SIG_IGN)
print(ignored_mask(), signal.getsignal(signal.SIGINT) == signal.SIG_IGN, signal.getsignal(signal.SIGTERM) == signal.SIG_IGN)
sys.stdout.flush()
subprocess.call(['sh', '-c', 'kill -INT $$; kill -TERM $$; echo child survived'])
signal.signal(signal.SIGINT, old_int)
signal.signal(signal.SIGTERM, old_term)
print(ignored_mask(), signal.getsignal(signal.SIGINT) != signal.SIG_IGN, signal.getsignal(signal.SIGTERM) != signal.SIG_IGN)
