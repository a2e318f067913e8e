package dev.pyhost.shimtests.struct;

import dev.pyhost.Engine;
import dev.pyhost.shimtests.ShimContract;
import org.junit.jupiter.api.Test;

/**
 * struct's native formats as CPython 2 lays them out on 64-bit Linux (Jython's were those of a
 * big-endian machine with Java's sizes): sizes, alignment, byte order, and a record of the
 * system's own read back (the utmp layout admin scripts parse).
 */
class JythonStructTest extends ShimContract {
    @Override
    protected Engine engine() {
        return Engine.JYTHON;
    }

    @Test
    void nativeFormatsAreThoseOfThisMachine() {
        assertSameAsCPython("""
                import struct
                for fmt in ('h', '=h', '@hl', 'hhllhh', 'hi32s4s32s256shhiii4i20s', 'cbB', '3h2x5sP',
                            'd', '=ql', '<l', '>l', '!I', 'hh ll', 'i0l', 'ihq', 'Hd'):
                    size = struct.calcsize(fmt)
                    print fmt, size, repr(struct.pack(fmt, *struct.unpack(fmt, '\\x07' * size)))
                print struct.unpack('hi', struct.pack('hi', -2, 70000)), repr(struct.pack('i', 1))
                record = struct.pack('hi32s4s32s256shhiii4i20s', 7, 1234, 'pts/0', 'ts/0', 'root',
                                     'example.org', 0, 0, 0, 1700000000, 5000, 127, 0, 0, 1, '')
                print len(record), struct.unpack('hi32s4s32s256shhiii4i20s', record)[:2]
                s = struct.Struct('hl')
                print s.format, s.size, s.unpack(s.pack(1, 2)), s.unpack_from('xx' + s.pack(3, 4), 2)
                print struct.unpack_from('i', 'xx\\x01\\x00\\x00\\x00', 2), struct.unpack('!I', '\\x00\\x00\\x01\\x00')
                try:
                    struct.pack('z', 1)
                except struct.error as e:
                    print 'error', e
                """);
    }

    /**
     * Values checked as CPython 2.7's _struct checks them, with its errors and words: before,
     * Jython packed -129 as 'b' by dropping its high bits (as 0x7f), had no '?' code, refused
     * floats and __index__ objects for integer codes and wrote into no bytearray.
     */
    @Test
    void valuesAreCheckedAsCPythonChecksThem() {
        assertSameAsCPython("""
                import struct, warnings, array
                class Index(object):
                    def __index__(self): return 7
                class Int(object):
                    def __int__(self): return 9
                for order in ('', '<', '>', '='):
                    for code in 'bBhHiIlLqQ':
                        for v in (-2**63 - 1, -129, -1, 256, 65536, 2**32, 2**64, None, '1', True, Index()):
                            try:
                                r = repr(struct.pack(order + code, v))
                            except Exception as e:
                                r = '%s %s' % (type(e).__name__, e)
                            print order + code, r
                with warnings.catch_warnings(record=True) as caught:
                    warnings.simplefilter('always')
                    print repr(struct.pack('i', 2.7)), repr(struct.pack('<h', Int()))
                print [str(w.message) for w in caught], [w.lineno for w in caught]
                for fmt, args in [('c', ('ab',)), ('s', (1,)), ('p', (u'x',)), ('f', ('x',)), ('<f', (1e300,)),
                                  ('f', (1e300,)), ('d', (None,)), ('3i', (1, 2)), ('P', (-1,)), ('z', (1,)), ('<P', (1,)),
                                  ('5p', ('abcdefgh',)), ('?', ([],)), ('2?', ('x', 0)), ('ii3', (1, 2))]:
                    try:
                        r = repr(struct.pack(fmt, *args)), struct.calcsize(fmt)
                    except Exception as e:
                        r = type(e).__name__, str(e)
                    print fmt, r
                for fmt, data in [('i', 'abc'), ('3?', '\\x00\\x01\\xff'), ('2i', bytearray('12345678')), ('i', buffer('1234')),
                                  ('i', None), ('Q', '\\xff' * 8), ('<h', array.array('h', [5]))]:
                    try:
                        r = struct.unpack(fmt, data)
                    except Exception as e:
                        r = type(e).__name__, str(e)
                    print fmt, r
                b = bytearray(10)
                struct.pack_into('<hi', b, 2, 1, 2); struct.pack_into('<h', b, -2, 3); print repr(str(b))
                for target, offset in [(bytearray(3), 0), (bytearray(8), -9), ('abcdefgh', 0), (None, 0),
                                       (array.array('c', 'x' * 8), 1), (array.array('i', [0, 0]), 0)]:
                    try:
                        struct.pack_into('<i', target, offset, 0x41424344)
                        print 'into', repr(target)
                    except Exception as e:
                        print 'into', type(e).__name__, e
                for data, offset in [(bytearray('12345678'), 4), ('1234', 1), ('12345678', -4), (None, 0)]:
                    try:
                        print 'from', struct.unpack_from('<i', data, offset)
                    except Exception as e:
                        print 'from', type(e).__name__, e
                for bad in (None, 5, 'z'):
                    for call in (struct.Struct, struct.pack, struct.calcsize):
                        try:
                            call(bad)
                        except Exception as e:
                            print call.__name__, type(e).__name__, e
                s = struct.Struct(u'<h?')
                print type(s.format), s.size, s.unpack(s.pack(-5, 7)), struct.calcsize('3c3b18x12h6i6l6f3d3?')
                class Sub(struct.Struct):
                    pass
                print repr(Sub('>H').pack(258))
                """);
    }
}
