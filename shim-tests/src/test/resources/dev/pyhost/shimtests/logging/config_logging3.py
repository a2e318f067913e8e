# The PS1.2 daemon's start-up in Python 3: configparser (mapping protocol, fallbacks, extended
# interpolation, write) and logging (dictConfig, '{' style, file and stream handlers, exception).
import configparser, io, logging, logging.config, os, re, sys, tempfile

home = tempfile.mkdtemp()
ini = os.path.join(home, 'ps.ini')
with open(ini, 'w') as f:
    f.write("""# PS1.2 local machine settings
[DEFAULT]
home = /opt/ps
[LocalMachine]
localip = 127.0.0.1
datadir = ${home}/data
monitertimeinterval = 30
loglevel = DEBUG
Debug = yes
[Sender]
managerip: 192.168.1.1
; a comment
retries=3  ; inline comments stay in py3 unless asked
peers =
    10.0.0.1
    10.0.0.2
""")

cf = configparser.ConfigParser(interpolation=configparser.ExtendedInterpolation())
print(cf.read([ini, os.path.join(home, 'missing.ini')]) == [ini])
lm = cf['LocalMachine']
print(lm['localip'], lm['datadir'], lm.getint('monitertimeinterval'), lm.getboolean('debug'))
print(cf.get('Sender', 'retries'), cf['Sender']['peers'].split(), cf.get('Sender', 'nope', fallback='-'))
print(sorted(cf['Sender']), cf.has_option('Sender', 'home'), list(cf))
for bad in [('Nope', 'x'), ('Sender', 'nope')]:
    try:
        cf.get(*bad)
    except configparser.Error as e:
        print(type(e).__name__, e)
try:
    configparser.ConfigParser().read_string('[a]\nx=1\n[a]\n')
except configparser.Error as e:
    print(type(e).__name__, e)
cf['New'] = {'key': 'value', 'n': '1'}
out = io.StringIO()
cf.write(out)
print(out.getvalue())

logfile = os.path.join(home, 'ps_daemon.log')
logging.config.dictConfig({
    'version': 1,
    'formatters': {
        'file': {'format': '{asctime} {filename}[line:{lineno}] {levelname} {message}',
                 'datefmt': '%a, %d %b %Y %H:%M:%S', 'style': '{'},
        'console': {'format': '%(name)-12s: %(levelname)-8s %(message)s'},
    },
    'handlers': {
        'file': {'class': 'logging.FileHandler', 'filename': logfile, 'mode': 'w', 'formatter': 'file',
                 'level': 'DEBUG'},
        'console': {'class': 'logging.StreamHandler', 'stream': 'ext://sys.stdout', 'formatter': 'console',
                    'level': 'INFO'},
    },
    'loggers': {'ps.sender': {'level': 'WARNING'}},
    'root': {'level': lm['loglevel'], 'handlers': ['file', 'console']},
})


def monitor():
    logging.debug('monitor tick every %d seconds', lm.getint('monitertimeinterval'))
    logging.getLogger('ps.sender').warning('manager %s not answering', cf['Sender']['managerip'])
    logging.getLogger('ps.sender').info('suppressed')


logging.info('daemon started')
monitor()
try:
    1 / 0
except ZeroDivisionError:
    logging.exception('failed to compute')
logging.getLogger('ps.adapter').warning('%(who)s says %(what)s', {'who': 'dict', 'what': 'hi'})
logging.shutdown()
stamp = re.compile(r'^[A-Z][a-z]{2}, \d{2} [A-Z][a-z]{2} \d{4} \d{2}:\d{2}:\d{2} ')
with open(logfile) as f:
    for line in f.read().splitlines():
        print('LOG|', stamp.sub('<date> ', line))
