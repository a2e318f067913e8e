# Set operations chosen by a fixed pseudo-random sequence (seed: the first argument), printing each
# result's iteration order: add, discard, pop, update, the operators and their in-place forms, the
# methods with several arguments, copies, frozensets, displays and comprehensions.
import sys
seed = [int(sys.argv[1]) if len(sys.argv) > 1 else 7]
def rnd(n):
    seed[0] = int((seed[0] * 1103515245 + 12345) & 0x7fffffff)
    return seed[0] % n
words = ['web', 'db', 'cache', 'host', 'name', 'port', 'user', 'status', 'cpu', 'mem', 'disk', 'a', 'b', '', 'path']
def key():
    k = rnd(6)
    if k == 0: return words[rnd(len(words))]
    if k == 1: return words[rnd(len(words))] + str(rnd(200))
    if k == 2: return rnd(600) - 300
    if k == 3: return (rnd(20), words[rnd(len(words))])
    if k == 4: return rnd(500) / 4.0
    return 'h%d' % rnd(3000)
def some(n):
    return [key() for _ in range(n)]
for round_ in range(50):
    s = set(some(rnd(40)))
    for step in range(rnd(80)):
        op = rnd(8)
        if op < 4:
            s.add(key())
        elif op == 4 and s:
            s.discard(list(s)[rnd(len(s))])
        elif op == 5 and s:
            s.pop()
        elif op == 6:
            s.update(some(rnd(5)))
        else:
            s.discard(key())
    t = set(some(rnd(30)) + list(s)[::2])
    print list(s)
    print list(s | t), list(s & t), list(t & s), list(s - t), list(t - s), list(s ^ t), list(t ^ s)
    print list(s.union(some(5), t)), list(s.intersection(t, list(t)[::2])), list(s.difference(t, some(8)))
    print list(s.intersection(list(t))), list(s.difference(list(t))), list(s.symmetric_difference(list(t)))
    print list(s.difference(dict.fromkeys(t))), list(s.intersection(dict.fromkeys(t)))
    u = s.copy(); u |= t; print list(u)
    u = s.copy(); u &= t; print list(u)
    u = s.copy(); u -= t; print list(u)
    u = s.copy(); u ^= t; print list(u)
    u = s.copy(); u.difference_update(list(t)); print list(u)
    u = s.copy(); u.symmetric_difference_update(list(t)); print list(u)
    u = s.copy(); u.symmetric_difference_update(dict.fromkeys(t)); print list(u)
    u = s.copy(); u.intersection_update(list(t)); print list(u)
    f = frozenset(s); g = frozenset(t)
    print list(f), list(f | g), list(f & g), list(f - g), list(f ^ g), list(f.copy())
    print [s.pop() for _ in range(min(4, len(s)))], list(s)
print {'web', 'db', 'cache', 'host', 'name', 'port', 'user', 'status'}
print {w.upper() for w in words}, sorted(set(words)) == sorted(words)
print list(set(['web01', 'web02', 'db01', 'web01', 'cache01', 'db02', 'web03']))
