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
# SIGPIPE and SIGXFSZ: ignored from the start; a Python 3 Popen child gets their defaults back
# unless restore_signals=False, a Python 2 one and os.system's keep them ignored; SIG_DFL set by
# the script reaches os.system's children
def pipe_bits(out):
    mask = int(out.split()[1], 16)
    return int((mask >> 12) & 1), int((mask >> 24) & 1)  # SIGPIPE, SIGXFSZ (int: Jython makes a long of a 64-bit mask)
child = ['sh', '-c', 'grep SigIgn /proc/self/status']
print(signal.getsignal(signal.SIGPIPE) == signal.SIG_IGN, signal.getsignal(signal.SIGXFSZ) == signal.SIG_IGN)
print('Popen', pipe_bits(subprocess.Popen(child, stdout=subprocess.PIPE).communicate()[0]))
if sys.version_info[0] > 2:
    print('restore_signals=False', pipe_bits(subprocess.Popen(child, stdout=subprocess.PIPE, restore_signals=False).communicate()[0]))
import os, tempfile
report = os.path.join(tempfile.mkdtemp(), 'ign')
os.system('grep SigIgn /proc/self/status > ' + report)
print('os.system', pipe_bits(open(report).read()))
print(signal.signal(signal.SIGPIPE, signal.SIG_DFL) == signal.SIG_IGN, signal.getsignal(signal.SIGPIPE) == signal.SIG_DFL)
os.system('grep SigIgn /proc/self/status > ' + report)
print('os.system after SIG_DFL', pipe_bits(open(report).read()))
signal.signal(signal.SIGPIPE, signal.SIG_IGN)
