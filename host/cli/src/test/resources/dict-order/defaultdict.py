# collections.defaultdict as report scripts use it: grouping, counting, copies, and a subclass's
# own __missing__ (whose result CPython returns without storing it).
from collections import defaultdict

hosts = ['web%02d' % i for i in range(1, 13)] + ['db%02d' % i for i in range(1, 6)] + \
        ['cache01', 'lb01', 'lb02', 'mq01', 'mq02', 'mq03', 'search01', 'backup01']
groups = defaultdict(list)
for h in hosts:
    groups[h.rstrip('0123456789')].append(h)
print groups
print dict(groups), groups.keys()
counts = defaultdict(int)
for w in 'the quick brown fox jumps over the lazy dog and the end of the quick run'.split():
    counts[w] += 1
print counts.items(), counts.copy(), counts.get('zzz'), 'zzz' in counts, len(counts)
nested = defaultdict(lambda: defaultdict(int))
for i, h in enumerate(hosts):
    nested[h[:2]][h] += i
print sorted(nested), [nested[k].keys() for k in nested]


class Zero(defaultdict):
    def __missing__(self, key):
        return 0


z = Zero(int)
print z['a'], z, z.keys()
try:
    defaultdict()[(1, 2)]
except KeyError as e:
    print repr(e)
