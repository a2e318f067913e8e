# dict(k=v, ...), d.update(k=v, ...) and a function's **kwargs, for growing numbers of keywords
# whose hashes collide: CPython 2.7 gathers keywords last first and merges them.
def f(**kw):
    return kw


names = [a + b for a in 'abcdefgh' for b in 'xyz']
for n in range(1, 25):
    ks = names[:n]
    d1 = eval('dict(%s)' % ', '.join('%s=1' % k for k in ks))
    d2 = eval('f(%s)' % ', '.join('%s=1' % k for k in ks))
    d3 = f(**d1)
    d4 = {'base': 0}
    eval('d4.update(%s)' % ', '.join('%s=1' % k for k in ks))
    print n, d1.keys(), d2.keys(), d3.keys(), d4.keys()
print dict(host='web01', port=8080, user='admin', path='/var/log', level='debug', retries=3, timeout=30)
print dict({'a': 1, 'b': 2}, c=3, d=4, e=5, f=6, g=7, h=8)
