# The dicts of instances, as scripts print them: vars(args) of argparse, an object's __dict__,
# attributes set, replaced and deleted.
import argparse

parser = argparse.ArgumentParser()
for option in ['--host', '--port', '--user', '--timeout', '--retries', '--verbose', '--log-file',
               '--config', '--dry-run', '--output', '--format', '--workers']:
    parser.add_argument(option)
args = parser.parse_args(['--host', 'web01', '--port', '8080'])
for k, v in vars(args).items():
    print k, v


class Server(object):
    def __init__(self, name):
        self.name = name
        self.ip = '10.0.0.1'
        self.port = 80
        self.status = 'up'
        self.cpu = 4
        self.mem = 8192
        self.disk = 100


s = Server('web01')
print s.__dict__
s.load = 0.5
s.uptime = 1000
del s.cpu
s.status = 'down'
for i in range(12):
    setattr(s, 'metric_%d' % i, i)
print vars(s)
print vars(s).keys()
