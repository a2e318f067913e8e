# Dict operations chosen by a fixed pseudo-random sequence (seed: the first argument), printing
# each dict's iteration order: inserts, deletes, setdefault, popitem, copy, update, dict(d),
# clear, displays, comprehensions and fromkeys, over str, unicode, int, long, float and tuple keys.
import sys
seed = [int(sys.argv[1]) if len(sys.argv) > 1 else 7]
def rnd(n):
    seed[0] = int((seed[0] * 1103515245 + 12345) & 0x7fffffff)
    return seed[0] % n
words = ['web', 'db', 'cache', 'host', 'name', 'port', 'user', 'status', 'cpu', 'mem', 'disk', 'a', 'b', '', 'x' * 40, 'path', 'log_level']
def key():
    k = rnd(9)
    if k == 0: return words[rnd(len(words))]
    if k == 1: return words[rnd(len(words))] + str(rnd(300))
    if k == 2: return rnd(1000) - 500
    if k == 3: return (rnd(50), words[rnd(len(words))])
    if k == 4: return rnd(1000) / 7.0
    if k == 5: return u'u' + words[rnd(len(words))] + unichr(200 + rnd(2000))
    if k == 6: return 2 ** (64 + rnd(60)) * (1 if rnd(2) else -1) + rnd(10)  # long on both (Jython's int is 32-bit)
    if k == 7: return float(rnd(100))
    return 'k%d' % rnd(5000)
for round_ in range(60):
    d = {}
    for step in range(rnd(120)):
        op = rnd(10)
        if op < 6:
            d[key()] = step
        elif op < 8 and d:
            del d[d.keys()[rnd(len(d))]]
        elif op == 8 and d:
            d.popitem()
        else:
            d.setdefault(key(), 0)
    print sorted(d.items()) == sorted(d.items()) and d.keys()
    e = d.copy(); e.update({key(): 1, key(): 2}); print e.keys()
    print dict(zip(d.keys()[::-1], range(len(d)))).keys()
    print dict(d).keys(), [d.popitem()[0] for _ in range(min(5, len(d)))], d.keys()
    d.clear(); d[key()] = 1; print d.keys()
print {'one': 1, 'two': 2, 'three': 3, 'four': 4, 'five': 5, 'six': 6, 'seven': 7, 'eight': 8, 'nine': 9}
print dict([('one', 1), ('two', 2), ('three', 3), ('four', 4), ('five', 5), ('six', 6), ('seven', 7), ('eight', 8), ('nine', 9)])
print {k: len(k) for k in ['one', 'two', 'three', 'four', 'five', 'six', 'seven', 'eight', 'nine']}
print dict.fromkeys(['one', 'two', 'three', 'four', 'five', 'six', 'seven']).keys()
print {True: 1, 2: 2, 3.5: 3, (1, 2): 4, u'\u20ac': 5, -1: 6, -2: 7, 10 ** 30: 8}
