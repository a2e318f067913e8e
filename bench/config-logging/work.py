# The measured work, the same file for Python 2 and 3 (common subset): parse a 10,000-line ini,
# and log 100,000 records through a FileHandler with the PS1.2 format. Prints one line per task:
# NAME first_round_seconds median_seconds (median over the rounds after the first).
#   work.py [ROUNDS [parse,log]]
import logging, os, sys, tempfile, time
try:
    import configparser as cp
    from io import StringIO
except ImportError:
    import ConfigParser as cp
    from StringIO import StringIO

rounds = int(sys.argv[1]) if len(sys.argv) > 1 else 5
tasks = sys.argv[2].split(',') if len(sys.argv) > 2 else ['parse', 'log']
folder = tempfile.mkdtemp()

lines = []
for s in range(500):
    lines.append('[section%d]' % s)
    for k in range(18):
        lines.append('key%d = value %d of section %d ; comment' % (k, k, s))
    lines.append('')
ini = os.path.join(folder, 'big.ini')
f = open(ini, 'w')
f.write('\n'.join(lines) + '\n')
f.close()


def parse():
    p = cp.RawConfigParser()
    p.read(ini)
    assert len(p.sections()) == 500


logfile = os.path.join(folder, 'ps_daemon.log')
handler = logging.FileHandler(logfile, 'w')
handler.setFormatter(logging.Formatter('%(asctime)s %(filename)s[line:%(lineno)d] %(levelname)s %(message)s',
                                       '%a, %d %b %Y %H:%M:%S'))
log = logging.getLogger('ps')
log.addHandler(handler)
log.setLevel(logging.DEBUG)
log.propagate = False


def records():
    for i in range(100000):
        log.info('monitor tick %d every %d seconds', i, 30)
    handler.flush()


def measure(name, fn):
    times = []
    for _ in range(rounds):
        t = time.time()
        fn()
        times.append(time.time() - t)
    rest = sorted(times[1:]) or times
    sys.stdout.write('%s %.4f %.4f\n' % (name, times[0], rest[len(rest) // 2]))
    sys.stdout.flush()


if 'parse' in tasks:
    measure('parse-10k-lines', parse)
if 'log' in tasks:
    measure('log-100k-records', records)
handler.close()
