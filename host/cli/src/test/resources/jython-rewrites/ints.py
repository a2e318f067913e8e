# Integers as CPython 2.7 on 64-bit Linux prints them: int is 64 bits wide, long is contagious.
import json
import time

def show(label, *values):
    print label, [v for v in values], repr(values)

big = 2 ** 40
show('powers', 2 ** 31, 2 ** 32, -2 ** 31, -2 ** 31 - 1, 2 ** 62, 2 ** 63 - 1, 2 ** 63, 2 ** 64, -2 ** 63, -2 ** 63 - 1)
show('overflow', 2147483647 + 1, -2147483648 - 1, 65536 * 65536, 46341 * 46341, 1 << 31, 1 << 40, 1 << 63, 1 << 64)
show('back', big - big, big // big, big % 7, big >> 20, big & 0xffff, big | 1, big ^ big, -(-big), abs(-big), ~big)
show('shrink', (2 ** 63) - (2 ** 63), 2 ** 64 // 2 ** 60, (2 ** 64 - 1) & 0xff, int(2 ** 64 - 2 ** 64))
h = 2 ** 62
show('edges', h + h, h + (h - 1), -h - h, -h - h - 1, h - (-h), (2 ** 32) * (2 ** 31), (2 ** 32) * (2 ** 30),
     3037000499 * 3037000499, 3037000500 * 3037000500, -3037000500 * 3037000500, big + True, big * -1, h * 2 - 1)
show('mixed', big + 1, 1 + big, big * 3, 3 * big, big - 1.5, big / 3, big / 3.0 > 0, big ** 2, 2 ** big.bit_length())
show('divmod', divmod(big, 7), divmod(7, big), divmod(big, 7L), divmod(2 ** 70, 3), pow(big, 2, 1000), pow(3, 40, 7))
show('long', 5L, 0L, long(5), long(big), long('7'), long(2.5), 5L + 1, 1 + 5L, big + 1L, 1L * 3, -5L, abs(-5L), ~5L, +5L)
show('int', int(5L), int(big), int(2 ** 40L), int('10000000000'), int(1e10), int(1e20), int(-3e9), int('5'), int(2 ** 70))
acc = 0L
for n in range(5):
    acc += n
total = 0
for n in [2 ** 33, 2 ** 34, 5]:
    total += n
show('sums', acc, total, sum([2 ** 33, 1]), sum([1L, 2]), max(2 ** 40, 3), min(-2 ** 40, 3L))
show('literals', 10000000000, 10000000000L, 0xFFFFFFFF, 0xFFFFFFFFL, 0777777777777, 0x7FFFFFFFFFFFFFFF, 0x8000000000000000, 1L)
print 'text', str(big), '%d %s %r %x %o' % (big, big, big, big, big), hex(big), oct(big), hex(5L), oct(5L), hex(2 ** 64)
print 'text', '%r %r' % (5L, 2 ** 64), str(5L), hex(-big), oct(-big), repr(-big), json.dumps([big, 5L, 2 ** 64])
print 'eval', repr(eval('10000000000')), repr(eval('5L')), repr(eval('2 ** 40 - 1')), repr(eval('0L + 1'))
d = {big: 'wide', 5L: 'five'}
print 'keys', d[2 ** 40L], d[5], big == 2 ** 40L, hash(big) == hash(2 ** 40L), sorted(d.keys()), sorted(d.items())
print 'compare', big > 2 ** 39, big < 2 ** 64, cmp(big, 2 ** 40L), big == big + 0, bool(big - big), not (big - big)
now = int(time.time() * 1000)
print 'millis', repr(now)[-1] != 'L', repr([now])[-2] != 'L', repr(long(now))[-1]
w = [2 ** 40 + 7, -(2 ** 40) - 7, 2 ** 62, -(2 ** 63)]
print 'floor', [(a // b, a % b, a / b) for a in w for b in (1, -1, 3, -3, 2 ** 33, -(2 ** 33))]
print 'floor', [(b // a, b % a) for a in w for b in (5, -5)], [divmod(a, 7) for a in w], -(2 ** 63) // -1, -(2 ** 63) % -1
for a, b in ((big, 0), (big, 0L)):
    for op in ('//', '%', '/'):
        try:
            eval('a %s b' % op)
        except ZeroDivisionError as e:
            print 'ZeroDivisionError', op, e
