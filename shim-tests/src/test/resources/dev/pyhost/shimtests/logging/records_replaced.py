# Each piece of the stock path a shortcut may stand for, replaced as scripts replace it: the
# thread's name (named, renamed, a Thread subclass's own name, a patched current_thread), the
# time converter (on the class, on the instance, a function of the script's), the default date
# format with its milliseconds, a unicode date format, a patched getLevelName and unnamed levels,
# a Logger subclass's findCaller, and a handler's flush set on the instance.
h, path = handler('%(asctime)s %(threadName)s %(levelname)s %(funcName)s %(message)s', None)
log = logger(h)
def named():
    caller.tick(log, 'in a named thread')
    threading.current_thread().name = 'renamed'
    caller.tick(log, 'after renaming')
t = threading.Thread(target=named, name='worker-1')
t.start(); t.join()
class Own(threading.Thread):
    @property
    def name(self):
        return 'own-name'
    def run(self):
        caller.tick(log, 'from a subclass')
t = Own()
t.start(); t.join()
real_current = threading.current_thread
class Fake(object):
    name = 'fake-thread'
threading.current_thread = lambda: Fake()
caller.tick(log, 'patched current_thread')
threading.current_thread = real_current
caller.tick(log, 'in the main thread')
h.close(); show(path)
h, path = handler('%(asctime)s %(message)s', None)
log = logger(h)
caller.tick(log, 'local time, default format')
logging.Formatter.converter = time.gmtime
caller.tick(log, 'gmtime on the class')
logging.Formatter.converter = time.localtime
h.formatter.converter = time.gmtime
caller.tick(log, 'gmtime on the instance')
h.formatter.converter = lambda secs: time.gmtime(secs + 3600)
caller.tick(log, 'a converter of the script')
h.setFormatter(logging.Formatter('%(asctime)s %(message)s', u'%H:%M:%S'))
caller.tick(log, 'unicode date format')
h.setFormatter(logging.Formatter('%(asctime)s %(message)s', '%Y %H:%M:%S'))
caller.tick(log, 'date format')
h.close(); show(path)
h, path = handler('%(levelname)s %(levelno)d %(message)s', None)
log = logger(h)
caller.at(log, 15, 'unnamed level')
real_name = logging.getLevelName
logging.getLevelName = lambda level: 'L%d' % level
caller.tick(log, 'patched getLevelName')
logging.getLevelName = real_name
caller.tick(log, 'restored getLevelName')
h.close(); show(path)
class Placed(logging.Logger):
    def findCaller(self, *args):
        return ('placed.py', 7, 'somewhere') + ((None,) if sys.version_info[0] > 2 else ())
logging.setLoggerClass(Placed)
h, path = handler('%(filename)s %(lineno)d %(funcName)s %(message)s', None)
log = logger(h, 'placed-logger')
logging.setLoggerClass(logging.Logger)
caller.tick(log, 'subclass findCaller')
flushes = []
h.flush = lambda: flushes.append(1)
caller.tick(log, 'instance flush')
print(len(flushes))
h.close(); show(path)
