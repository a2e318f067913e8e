#!/usr/bin/env python
#file_name: ps12_config.py -- look at and change the PS1.2 daemon's ini file
#
# The ini holds the machine settings and, in the same file, the log setup
# (logging.config.fileConfig: a file handler plus a console handler).
#
# usage: ps12_config.py [-f INI] [check | list | get SECTION OPTION | set SECTION OPTION VALUE]
#   with no -f a sample ps.ini is written to a temporary folder first; no command means "check"
import os, sys, shutil, tempfile, logging, logging.config, ConfigParser

SAMPLE = """# PS1.2 local machine settings
[LocalMachine]
localip = 127.0.0.1
serverip = 10.1.2.3
home = %(here)s
datadir = %(home)s/data
monitertimeinterval = 30
screenwidth = 1024
Debug = yes

[Sender]
managerip: 192.168.1.1
; a comment
retries=3
port = 9090

[loggers]
keys = root,ps12

[handlers]
keys = logfile,console

[formatters]
keys = full,short

[logger_root]
level = WARNING
handlers = console

[logger_ps12]
level = DEBUG
handlers = logfile
qualname = ps12

[handler_logfile]
class = FileHandler
level = DEBUG
formatter = full
args = ('%(here)s/ps12-config.log', 'w')

[handler_console]
class = StreamHandler
level = INFO
formatter = short
args = (sys.stderr,)

[formatter_full]
format = %(asctime)s %(name)s %(levelname)s %(message)s
datefmt = %Y-%m-%d %H:%M:%S

[formatter_short]
format = %(name)s: %(levelname)s %(message)s
"""

# the settings the daemon needs: (option, type)
SCHEMA = {
    'LocalMachine': [('localip', 'ip'), ('serverip', 'ip'), ('datadir', 'str'),
                     ('monitertimeinterval', 'int'), ('screenwidth', 'int'), ('debug', 'bool')],
    'Sender': [('managerip', 'ip'), ('retries', 'int'), ('port', 'int')],
}

USAGE = 'usage: ps12_config.py [-f INI] [check | list | get SECTION OPTION | set SECTION OPTION VALUE]'


def is_ip(text):
    parts = text.split('.')
    if len(parts) != 4:
        return False
    for p in parts:
        if not p.isdigit() or int(p) > 255:
            return False
    return True


class Settings(object):
    def __init__(self, file_name):
        self.file_name = file_name
        self.here = os.path.dirname(os.path.abspath(file_name))
        self.cf = ConfigParser.SafeConfigParser({'here': self.here})
        if len(self.cf.read(file_name)) == 0:
            raise NameError('No file avilable: %s' % file_name)
        self.log = logging.getLogger('ps12.config')

    def check(self):
        problems = 0
        for section in sorted(SCHEMA.keys()):
            for option, kind in SCHEMA[section]:
                try:
                    if kind == 'int':
                        value = self.cf.getint(section, option)
                    elif kind == 'bool':
                        value = self.cf.getboolean(section, option)
                    else:
                        value = self.cf.get(section, option)
                        if kind == 'ip' and not is_ip(value):
                            raise ValueError('not an IPv4 address: %r' % value)
                    self.log.debug('%s.%s = %r', section, option, value)
                except (ConfigParser.Error, ValueError), e:
                    problems += 1
                    self.log.error('%s.%s: %s', section, option, str(e).splitlines()[0])
        return problems

    def list(self):
        for section in self.cf.sections():
            if section in SCHEMA:
                print '[%s]' % section
                for name, value in self.cf.items(section, raw=True):
                    if name != 'here':
                        print '  %s = %s' % (name, value)

    def get(self, section, option):
        return self.cf.get(section, option)

    def set(self, section, option, value):
        if not self.cf.has_section(section):
            self.log.info('adding section [%s]', section)
            self.cf.add_section(section)
        old = None
        if self.cf.has_option(section, option):
            old = self.cf.get(section, option, raw=True)
        self.cf.set(section, option, value)
        # write without the 'here' default: it is computed each time the file is read
        self.cf.remove_option('DEFAULT', 'here')
        f = open(self.file_name, 'w')
        self.cf.write(f)
        f.close()
        self.cf.set('DEFAULT', 'here', self.here)
        self.log.info('%s.%s: %r -> %r (saved %s)', section, option, old, value,
                      os.path.basename(self.file_name))


def main(argv):
    ini = None
    if argv[:1] == ['-f']:
        if len(argv) < 2:
            print >> sys.stderr, USAGE
            return 2
        ini, argv = argv[1], argv[2:]
    temp = None
    if ini is None:
        temp = tempfile.mkdtemp(prefix='ps12-config-')
        ini = os.path.join(temp, 'ps.ini')
        f = open(ini, 'w')
        f.write(SAMPLE)
        f.close()
    command = argv and argv[0] or 'check'
    try:
        logging.config.fileConfig(ini, {'here': os.path.dirname(os.path.abspath(ini))})
        log = logging.getLogger('ps12')
        log.debug('read %s', ini)
        settings = Settings(ini)
        if command == 'check' and len(argv) <= 1:
            problems = settings.check()
            print '%s: %d settings, %d problems' % (os.path.basename(ini),
                                                   sum([len(v) for v in SCHEMA.values()]), problems)
            return problems and 1 or 0
        elif command == 'list' and len(argv) == 1:
            settings.list()
        elif command == 'get' and len(argv) == 3:
            try:
                print settings.get(argv[1], argv[2])
            except ConfigParser.Error, e:
                print >> sys.stderr, '%s: %s' % (type(e).__name__, e)
                return 1
        elif command == 'set' and len(argv) == 4:
            settings.set(argv[1], argv[2], argv[3])
            print '%s = %s' % (argv[2], settings.get(argv[1], argv[2]))
        else:
            print >> sys.stderr, USAGE
            return 2
        return 0
    finally:
        logging.shutdown()
        if temp is not None:
            shutil.rmtree(temp)


if __name__ == '__main__':
    sys.exit(main(sys.argv[1:]))
