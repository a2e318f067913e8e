# hash() as CPython 2.7 on 64-bit Linux gives it: of strings, numbers and tuples of them (so a script
# sharding by hash(name) % n picks CPython's shards), and a class's own __hash__ passed through.
print [hash(x) for x in ['', 'abc', u'abc', u'\xe9', '\xe9', 'host-01.example.com']]
print [hash(x) for x in [0, 1, -1, -2, 2 ** 31, 2 ** 40, -2 ** 63, 2 ** 64, 2 ** 70, 5L, True, False]]
print [hash(x) for x in [0.0, -0.0, 1.5, -1.0, 1e100, 2.0 ** 70, float('inf'), 0.1]]
print [hash(x) for x in [(), (1,), (1, 'a'), ((1, 2), u'x', 2.5), frozenset([1, 2]), frozenset(['a'])]]
print ['shard%d' % (hash('web%02d' % i) % 4) for i in range(10)]


class Host(object):
    def __init__(self, name):
        self.name = name

    def __eq__(self, other):
        return isinstance(other, Host) and other.name == self.name

    def __hash__(self):
        return hash(self.name)


class Minus(object):
    def __hash__(self):
        return -1


class Huge(object):
    def __hash__(self):
        return 2 ** 70


class Old:
    def __init__(self, n):
        self.n = n

    def __hash__(self):
        return hash((self.n, 'x'))


class Name(str):
    pass


class Unhashable(object):
    __hash__ = None


print hash(Host('a')) == hash('a'), {Host('a'): 1}[Host('a')], len(set([Host('a'), Host('a'), Host('b')]))
print hash(Minus()), hash(Huge()), hash(Old(3)) == hash((3, 'x')), hash(Name('abc')) == hash('abc')
for bad in ([1], (1, [2]), {}, Unhashable()):
    try:
        hash(bad)
    except TypeError as e:
        print 'TypeError:', e
print [hash(x) for x in [0.5 + 0j, complex(-1, 0), 1 + 2j, complex(1e100, -2.5)]], hash(0.5) == hash(0.5 + 0j)
