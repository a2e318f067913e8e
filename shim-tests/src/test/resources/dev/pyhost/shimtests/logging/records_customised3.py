class Record(logging.LogRecord):
    def getMessage(self):
        return 'factory: ' + logging.LogRecord.getMessage(self)
logging.setLogRecordFactory(Record)
h, path = handler()
caller.tick(logger(h), 'record factory %s', 'x')
logging.setLogRecordFactory(logging.LogRecord)
h.close(); show(path)
class MyLogger(logging.Logger):
    def makeRecord(self, *args, **kwargs):
        r = logging.Logger.makeRecord(self, *args, **kwargs)
        r.msg = 'made: ' + r.msg
        return r
logging.setLoggerClass(MyLogger)
h, path = handler()
caller.tick(logger(h, 'mylogger'), 'logger class %s', 'x')
logging.setLoggerClass(logging.Logger)
h.close(); show(path)
h, path = handler()
h.setFormatter(logging.Formatter('{asctime} {filename}[line:{lineno}] {levelname} {message}', None, style='{'))
caller.tick(logger(h), 'brace style %s', 'x')
h.close(); show(path)
h, path = handler()
h.setFormatter(logging.Formatter(PS12 + ' %(user)s', defaults={'user': 'nobody'}))
caller.tick(logger(h), 'defaults')
h.close(); show(path)
h, path = handler('%(levelname)s %(message)s', None)
log = logger(h)
caller.tick(log, 'with stack', stack_info=True)
caller.tick(log, 'stacklevel', stacklevel=2)
h.close()
with open(path) as f:
    text = f.read()
lines = text.splitlines()
print(lines[:2], [l.strip().replace(folder, 'FOLDER') for l in lines if 'caller.py' in l], lines[-1])
