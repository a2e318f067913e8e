#file_name: nightly_check.py -- a legacy Python 2 check that RunLegacyScript runs from Java
# usage: nightly_check.py [ok | warn | crash] [HOST ...]
import sys, os

def check(host):
    # pretend the odd-length names are unreachable
    return len(host) % 2 == 0

mode = len(sys.argv) > 1 and sys.argv[1] or 'ok'
hosts = sys.argv[2:] or ['db01', 'web1']
print 'nightly check (%s) of %d hosts' % (mode, len(hosts))
down = [h for h in hosts if not check(h)]
for h in hosts:
    print '  %-6s %s' % (h, h in down and 'DOWN' or 'up')
if mode == 'crash':
    config = {'retries': 3}
    print >> sys.stderr, 'reading timeout...'
    timeout = config['timeout']
if down:
    print >> sys.stderr, 'warning: %d host(s) down' % len(down)
    if mode == 'warn':
        sys.exit(len(down) + 10)
print 'done'
