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
}
