package dev.pyhost.shimtests.builtins;

import dev.pyhost.Engine;
import dev.pyhost.shimtests.ShimContract;
import org.junit.jupiter.api.Test;

/**
 * The machine's byte order on Jython, as CPython 2.7 has it on x86: sys.byteorder, array's bytes,
 * the UTF-16/UTF-32 codecs without an order given, and what reads sys.byteorder (json's NaN and
 * Infinity, codecs.BOM). Before, Jython said 'big' and wrote arrays and UTF-16 big-endian, and
 * json.loads('NaN') gave 3.143e-319.
 */
class JythonByteOrderTest extends ShimContract {
    @Override
    protected Engine engine() {
        return Engine.JYTHON;
    }

    @Test
    void sysByteOrderAndWhatReadsIt() {
        assertSameAsCPython("""
                import sys, json, codecs, threading
                print sys.byteorder, json.loads('[NaN, Infinity, -Infinity]')
                print repr(codecs.BOM), repr(codecs.BOM_UTF16), repr(codecs.BOM_UTF32)
                seen = []
                t = threading.Thread(target=lambda: seen.append(sys.byteorder)); t.start(); t.join()
                print seen
                """);
    }

    @Test
    void arrayBytesAreInTheMachinesOrder() {
        assertSameAsCPython("""
                import array, pickle, copy, os, tempfile
                for t in 'cbBuhHiIlLfd':
                    a = array.array(t, u'ab' if t == 'u' else ('ab' if t == 'c' else ([1, 100] if t in 'bB' else [1, 258])))
                    s = a.tostring()
                    b = array.array(t); b.fromstring(s)
                    r = a.__reduce__()  # (the items' int or long: Jython's 'I' gives ints, its 'l' longs)
                    print t, repr(s), b == a, array.array(t, s) == a, r[0], r[1][0], r[1][1] == a.tolist(), r[2]
                    print '  ', pickle.loads(pickle.dumps(a, 2)) == a, pickle.loads(pickle.dumps(a)) == a, copy.copy(a) == a
                print [int(x) for x in array.array('i', '\\x01\\x00\\x00\\x00\\x00\\x01\\x00\\x00')]
                h = array.array('H'); h.fromstring(buffer('\\x01\\x00\\x02\\x00')); print h
                class Sub(array.array):
                    pass
                x = Sub('i', [1]); x.note = 3
                print repr(x.__reduce__())
                fd, path = tempfile.mkstemp(); os.close(fd)
                f = open(path, 'wb'); array.array('i', [3, 4]).tofile(f); f.write('\\x05\\x00'); f.close()
                print repr(open(path, 'rb').read())
                a = array.array('i')
                f = open(path, 'rb')
                try:
                    a.fromfile(f, 3)
                except EOFError as e:
                    print 'EOFError', e, a, repr(f.read())
                f.close()
                a.fromfile(open(path, 'rb'), 0); a.fromfile(open(path, 'rb'), 1); print a
                for bad in (lambda: a.fromstring('abc'), lambda: a.fromstring(5), lambda: a.tofile(3),
                            lambda: a.fromfile(3, 1)):
                    try:
                        bad()
                    except Exception as e:
                        print type(e).__name__, e
                a = array.array('i', [5, 6])
                print repr(buffer(a)[:]), repr(buffer(a, 4)[:]), repr(str(buffer(a)))
                f = open(path, 'wb'); f.write(a); f.writelines([a, 'x']); f.close()
                print repr(open(path, 'rb').read())
                b = array.array('i'); b.fromstring(array.array('h', [1, 2])); print b
                for bad in (lambda: a.fromstring(a), lambda: b.fromstring(array.array('h', [1])),
                            lambda: open(path, 'wb').writelines(5)):
                    try:
                        bad()
                    except Exception as e:
                        print type(e).__name__, e
                os.remove(path)
                """);
    }

    @Test
    void utf16AndUtf32WithoutAnOrderAreTheMachines() {
        assertSameAsCPython("""
                import codecs, io, os, tempfile
                print repr(u'a'.encode('utf-16')), repr(u'a'.encode('utf-32')), repr(u''.encode('utf-16')), repr(u''.encode('utf-32'))
                print repr(codecs.utf_16_encode(u'ab')), repr(codecs.utf_16_encode(u'ab', 'strict', 1)), repr(codecs.utf_16_encode(u'ab', None, -1))
                print repr(codecs.utf_32_encode(u'ab')), repr(codecs.utf_32_encode(u'ab', 'strict', 1))
                print repr('a\\x00\\x00\\x00'.decode('utf-32')), repr('\\x00\\x00\\xfe\\xff\\x00\\x00\\x00a'.decode('utf-32'))
                print repr('\\xff\\xfe\\x00\\x00b\\x00\\x00\\x00'.decode('utf-32')), repr('a\\x00'.decode('utf-16'))
                fd, p = tempfile.mkstemp(); os.close(fd)
                for name in ('utf-16', 'utf-32'):
                    f = codecs.open(p, 'w', name); f.write(u'x'); f.write(u'y'); f.close()
                    print repr(open(p, 'rb').read()), repr(codecs.open(p, 'r', name).read())
                    e = codecs.getincrementalencoder(name)(); print repr(e.encode(u'a') + e.encode(u'b'))
                    d = codecs.getincrementaldecoder(name)()
                    data = u'cd'.encode(name)
                    print repr(u''.join(d.decode(data[i:i + 1]) for i in range(len(data))))
                with io.open(p, 'w', encoding='utf-16') as f:
                    f.write(u'hi')
                print repr(open(p, 'rb').read())
                os.remove(p)
                """);
    }
}
