# Dicts, sets and instance dicts that grow and lose keys many times before they are first
# iterated (the table is rebuilt from its history then), printed as CPython 2.7 orders them.
d = {}
for i in range(3000):
    d['k%d' % i] = i
    if i % 3:
        d.pop('k%d' % (i // 2), None)
print d.keys()[:50], len(d)
e = {}
for i in range(50):
    e[i * 7] = i
for i in range(0, 50, 2):
    del e[i * 7]
e['x'] = 1
print e.keys()
s = set()
for i in range(2000):
    s.add('h%d' % i)
    if i % 4 == 0:
        s.discard('h%d' % (i // 3))
print list(s)[:60], len(s)
o = type('O', (object,), {})()
for i in range(40):
    setattr(o, 'a%d' % i, i)
for i in range(0, 40, 3):
    delattr(o, 'a%d' % i)
print vars(o).keys()
