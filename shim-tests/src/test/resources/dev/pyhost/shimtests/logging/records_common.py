# Shared start of the records_*.py snippets: records are made at a fixed time by functions of a
# module of the snippet's own (caller.py), so that every field reads the same under CPython and
# pyhost; show() prints a log file's bytes.
import io, logging, os, sys, tempfile, threading, time
real_time = time.time
time.time = lambda: 1700000000.25
folder = tempfile.mkdtemp()
with open(os.path.join(folder, 'caller.py'), 'w') as f:
    f.write('''import logging
def tick(log, *args, **kwargs):
    log.info(*args, **kwargs)
def at(log, level, *args, **kwargs):
    log.log(level, *args, **kwargs)
def failing(log):
    try:
        {}['missing']
    except KeyError:
        log.exception('failed %s', 'lookup')
''')
sys.path.insert(0, folder)
sys.modules.pop('caller', None)
import caller
PS12 = '%(asctime)s %(filename)s[line:%(lineno)d] %(levelname)s %(message)s'
ALL = '%(asctime)s|%(msecs)03d|%(name)s|%(levelno)d|%(pathname)s|%(module)s|%(funcName)s|%(threadName)s|%(processName)s|%(message)r'
count = [0]
def handler(fmt=PS12, datefmt='%a, %d %b %Y %H:%M:%S', mode='w', cls=logging.FileHandler, formatter=logging.Formatter, **kw):
    count[0] += 1
    path = os.path.join(folder, 'log%d' % count[0])
    h = cls(path, mode, **kw)
    h.setFormatter(formatter(fmt, datefmt))
    return h, path
def logger(h, name=None):
    count[0] += 1
    log = logging.getLogger(name or 'ps%d' % count[0])
    log.setLevel(logging.DEBUG)
    log.propagate = False
    for old in list(log.handlers):
        log.removeHandler(old)
    log.addHandler(h)
    return log
def show(path):
    with open(path, 'rb') as f:
        data = f.read()
    print(repr(data.replace(folder.encode(), b'FOLDER')).lstrip('b'))
