class Upper(logging.Formatter):
    def format(self, record):
        return logging.Formatter.format(self, record).upper()
h, path = handler(formatter=Upper)
caller.tick(logger(h), 'subclassed formatter %s', 'x')
h.close(); show(path)
h, path = handler()
class Even(logging.Filter):
    def filter(self, record):
        return record.args[0] % 2 == 0
h.addFilter(Even())
log = logger(h)
for i in range(4):
    caller.tick(log, 'handler filter %d', i)
h.close(); show(path)
h, path = handler()
log = logger(h)
class Odd(logging.Filter):
    def filter(self, record):
        record.msg = record.msg + ' (seen)'
        return record.args[0] % 2
log.addFilter(Odd())
for i in range(4):
    caller.tick(log, 'logger filter %d', i)
h.close(); show(path)
class Mine(logging.FileHandler):
    def emit(self, record):
        self.stream.write('[mine] ')
        logging.FileHandler.emit(self, record)
h, path = handler(cls=Mine)
caller.tick(logger(h), 'handler subclass')
h.close(); show(path)
h, path = handler()
h.format = lambda record: 'instance format ' + record.getMessage()
caller.tick(logger(h), 'set on the instance')
h.close(); show(path)
h, path = handler('%(asctime)s %(levelname)s %(message)s', None, delay=True)
log = logger(h)
print(os.path.exists(path))
caller.tick(log, 'delayed %s', 'open')
h.close(); show(path)
h, path = handler('%(levelname)s %(message)s', None, encoding='utf-8')
caller.tick(logger(h), u'utf-8 caf\xe9')
h.close(); show(path)
h, path = handler('%(levelname)s %(message)s', None, encoding='latin-1')
caller.tick(logger(h), u'latin-1 caf\xe9')
h.close(); show(path)
h, path = handler('%(levelname)s %(message)s', None)
caller.tick(logger(h), 'first')
h.close()
h = logging.FileHandler(path, 'a')
h.setFormatter(logging.Formatter('%(levelname)s %(message)s'))
caller.tick(logger(h), 'appended')
h.close(); show(path)
out = io.StringIO() if sys.version_info[0] > 2 else io.BytesIO()
sh = logging.StreamHandler(out)
sh.setFormatter(logging.Formatter(PS12))
caller.tick(logger(sh), 'to a stream %d', 1)
print(repr(out.getvalue()))
h, path = handler('%(levelname)s %(message)s %(user)s', None)
caller.tick(logger(h), 'extra', extra={'user': 'ann'})
h.close(); show(path)
h, path = handler()
log = logger(h)
lines = 200
def work(n):
    for i in range(lines):
        caller.tick(log, 'thread %d record %d', n, i)
threads = [threading.Thread(target=work, args=(n,)) for n in range(4)]
for t in threads: t.start()
for t in threads: t.join()
h.close()
with open(path) as f:
    got = f.read().splitlines()
print(len(got), sorted(got) == sorted('Tue, 14 Nov 2023 22:13:20 caller.py[line:3] INFO thread %d record %d' % (n, i) for n in range(4) for i in range(lines)))
