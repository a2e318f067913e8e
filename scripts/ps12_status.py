#!/usr/bin/env python
# -*- coding: utf-8 -*-
#file_name: ps12_status.py -- one status pass of the PS1.2 daemon
#
# Reads the managed programs from an ini file (writes a default one first if it is missing),
# starts each of them the way the PS1.2 daemon did (os.system, os.popen or subprocess.Popen),
# logs what it does to logs/ps12.log and the console, writes the status as XML, reads the XML
# back and prints a short summary.
#
# usage: ps12_status.py [-d WORKDIR] [-c CONFIG] [-k] [-v] [PROGRAM ...]
import os, sys, time, socket, shutil, logging, tempfile, subprocess, ConfigParser
from optparse import OptionParser
from xml.dom import minidom

VERSION = '1.2'

DEFAULT_INI = """# PS1.2 managed programs (written by ps12_status.py)
[LocalMachine]
localip = 127.0.0.1
logdir = logs
loglevel = 10
statusfile = status.xml
# seconds a daemon must stay up to count as started
startwait = 0.3

[program:hello]
run = popen
command = echo "hello from %(name)s, PS_HOME set: ${PS_HOME:+yes}"
expect = 0

[program:backup]
run = system
command = mkdir -p backup && cp ps12.ini backup/ps12.ini.bak
expect = 0

[program:sleeper]
run = daemon
command = exec sleep 30
expect = running

# a program that fails: its exit status is what the ini expects
[program:flaky]
run = system
command = sh -c 'echo flaky is about to fail; exit 3'
expect = 3
"""


def parse_args(argv):
    parser = OptionParser(usage='%prog [options] [PROGRAM ...]', version='%prog ' + VERSION)
    parser.add_option('-d', '--dir', dest='workdir', default=None,
                      help='working folder (default: a new temporary folder)')
    parser.add_option('-c', '--config', dest='config', default='ps12.ini',
                      help='ini file, relative to the working folder [%default]')
    parser.add_option('-k', '--keep', dest='keep', action='store_true', default=False,
                      help='keep the temporary working folder')
    parser.add_option('-v', '--verbose', dest='verbose', action='store_true', default=False,
                      help='debug messages on the console too')
    return parser.parse_args(argv)


class Config(object):
    def __init__(self, config_name):
        if not os.path.isfile(config_name):
            f = open(config_name, 'w')
            f.write(DEFAULT_INI)
            f.close()
            self.created = True
        else:
            self.created = False
        cf = ConfigParser.ConfigParser()
        if len(cf.read(config_name)) == 0:
            raise NameError('No file avilable: %s' % config_name)
        self.cf = cf
        self.log_dir = cf.get('LocalMachine', 'logdir')
        self.log_level = cf.getint('LocalMachine', 'loglevel')
        self.status_file = cf.get('LocalMachine', 'statusfile')
        self.start_wait = cf.getfloat('LocalMachine', 'startwait')

    def programs(self):
        result = []
        for section in self.cf.sections():
            if section.startswith('program:'):
                name = section[len('program:'):]
                result.append((name, self.cf.get(section, 'run'),
                               self.cf.get(section, 'command', vars={'name': name}),
                               self.cf.get(section, 'expect')))
        return result


def setup_logging(log_dir, level, verbose):
    if not os.path.isdir(log_dir):
        os.makedirs(log_dir)
    log_file = os.path.join(log_dir, 'ps12.log')
    logging.basicConfig(level=level, filename=log_file, filemode='w',
                        format='%(asctime)s %(name)-8s %(levelname)-8s %(message)s',
                        datefmt='%Y-%m-%d %H:%M:%S')
    console = logging.StreamHandler()
    if verbose:
        console.setLevel(logging.DEBUG)
    else:
        console.setLevel(logging.INFO)
    console.setFormatter(logging.Formatter('%(name)-8s: %(levelname)-8s %(message)s'))
    logging.getLogger('').addHandler(console)
    return log_file


class ProcessOperation(object):
    """Starts the managed programs; remembers what became of each one."""

    def __init__(self, start_wait):
        self.start_wait = start_wait
        self.log = logging.getLogger('process')
        self.daemons = {}
        self.results = []

    def run(self, name, how, command, expect):
        self.log.info('starting %s (%s): %s', name, how, command)
        output = ''
        if how == 'system':
            sys.stdout.flush()
            status = os.system(command + ' >> %s 2>&1' % os.path.join('logs', name + '.out'))
            state, code = 'exited', status >> 8
        elif how == 'popen':
            pipe = os.popen(command)
            output = pipe.read().strip()
            status = pipe.close()
            if status is None:
                status = 0
            state, code = 'exited', status >> 8
            self.log.debug('%s said: %s', name, output)
        elif how == 'daemon':
            out = open(os.path.join('logs', name + '.out'), 'w')
            p = subprocess.Popen(command, shell=True, stdout=out, stderr=subprocess.STDOUT)
            out.close()
            time.sleep(self.start_wait)
            code = p.poll()
            if code is None:
                state = 'running'
                self.daemons[name] = p
                self.log.info('%s is running as pid %d', name, p.pid)
            else:
                state = 'exited'
        else:
            self.log.error('%s: unknown run type %r', name, how)
            state, code = 'skipped', None
        if expect == 'running':
            ok = state == 'running'
        else:
            ok = state == 'exited' and str(code) == expect
        if ok:
            if code is None:
                self.log.info('%s: %s', name, state)
            else:
                self.log.info('%s: %s %s', name, state, code)
        else:
            self.log.warning('%s: %s %s, expected %s', name, state, code, expect)
        self.results.append({'name': name, 'run': how, 'state': state,
                             'code': code, 'ok': ok, 'output': output})

    def stop_all(self):
        for name in sorted(self.daemons.keys()):
            p = self.daemons[name]
            self.log.info('stopping %s (pid %d)', name, p.pid)
            p.terminate()
            rc = p.wait()
            self.log.debug('%s stopped, return code %s', name, rc)
            for r in self.results:
                if r['name'] == name:
                    r['stopped'] = rc
        self.daemons.clear()


def write_status_xml(results, file_name):
    impl = minidom.getDOMImplementation()
    doc = impl.createDocument(None, 'PS12Status', None)
    root = doc.documentElement
    root.setAttribute('version', VERSION)
    root.setAttribute('host', socket.gethostname())
    root.setAttribute('generated', time.strftime('%Y-%m-%dT%H:%M:%S'))
    for r in results:
        node = doc.createElement('Program')
        node.setAttribute('name', r['name'])
        node.setAttribute('run', r['run'])
        node.setAttribute('state', r['state'])
        node.setAttribute('ok', r['ok'] and 'yes' or 'no')
        if r['code'] is not None:
            node.setAttribute('exitcode', str(r['code']))
        if 'stopped' in r:
            node.setAttribute('stopped', str(r['stopped']))
        if r['output']:
            out = doc.createElement('Output')
            out.appendChild(doc.createTextNode(r['output']))
            node.appendChild(out)
        root.appendChild(node)
    f = open(file_name, 'w')
    f.write(doc.toprettyxml(indent='  ', encoding='utf-8'))
    f.close()


def summary(file_name):
    doc = minidom.parse(file_name)
    programs = doc.getElementsByTagName('Program')
    good = [p for p in programs if p.getAttribute('ok') == 'yes']
    print 'PS1.2 status: %d programs, %d ok, %d failed' % (len(programs), len(good), len(programs) - len(good))
    for p in programs:
        line = '  %-8s %-7s %-8s' % (p.getAttribute('name'), p.getAttribute('run'), p.getAttribute('state'))
        if p.hasAttribute('exitcode'):
            line += ' exit %s' % p.getAttribute('exitcode')
        if p.getAttribute('ok') != 'yes':
            line += '  <-- FAILED'
        print line.rstrip()
        for o in p.getElementsByTagName('Output'):
            print '           | ' + o.firstChild.data
    return len(programs) - len(good)


def main(argv):
    options, only = parse_args(argv)
    temporary = options.workdir is None
    if temporary:
        workdir = tempfile.mkdtemp(prefix='ps12-')
    else:
        workdir = os.path.abspath(options.workdir)
        if not os.path.isdir(workdir):
            os.makedirs(workdir)
    home = os.getcwd()
    os.chdir(workdir)
    os.environ['PS_HOME'] = workdir
    try:
        config = Config(options.config)
        log_file = setup_logging(config.log_dir, config.log_level, options.verbose)
        log = logging.getLogger('ps12')
        if config.created:
            log.info('wrote default configuration %s', options.config)
        log.debug('working folder %s', workdir)
        ops = ProcessOperation(config.start_wait)
        for name, how, command, expect in config.programs():
            if only and name not in only:
                log.debug('skipping %s', name)
                continue
            ops.run(name, how, command, expect)
        ops.stop_all()
        write_status_xml(ops.results, config.status_file)
        log.info('status written to %s', config.status_file)
        failed = summary(config.status_file)
        lines = len(open(log_file).readlines())
        print 'log: %s (%d lines), status: %s' % (log_file, lines, config.status_file)
        logging.shutdown()
    finally:
        os.chdir(home)
        if temporary and not options.keep:
            shutil.rmtree(workdir)
        elif temporary:
            print 'kept', workdir
    return failed


if __name__ == '__main__':
    sys.exit(main(sys.argv[1:]) and 1 or 0)
