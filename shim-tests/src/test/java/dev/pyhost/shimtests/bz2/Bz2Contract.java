package dev.pyhost.shimtests.bz2;

import dev.pyhost.shimtests.ShimContract;
import org.junit.jupiter.api.Test;

import static org.junit.jupiter.api.Assumptions.assumeTrue;

/**
 * {@code bz2} as CPython's: the same compressed bytes (one shot and in pieces, at two levels),
 * incremental decompression with its state, data after the stream, concatenated streams, and
 * each error as CPython words it; on Python 2 also {@code BZ2File} (CPython 2.7's C type).
 */
abstract class Bz2Contract extends ShimContract {

    @Test
    void compressedBytesStateAndErrorsAreCPythons() {
        assumeTrue(major() == 3, "Python 2's module is another test's");
        assertSameAsCPython("""
                import bz2, hashlib, pickle, tarfile, tempfile, os
                data = b''.join(b'line %d of the log\\n' % i for i in range(20000))
                c = bz2.compress(data)
                print(len(c), hashlib.md5(c).hexdigest(), bz2.decompress(c) == data)
                comp = bz2.BZ2Compressor(1)
                parts = [comp.compress(data[i:i + 1000]) for i in range(0, len(data), 1000)] + [comp.flush()]
                print([len(p) for p in parts if p], hashlib.md5(b''.join(parts)).hexdigest())
                d = bz2.BZ2Decompressor()
                out = d.decompress(c[:100])
                print(len(out))
                print(d.needs_input, d.eof)
                out += d.decompress(c[100:] + b'trailing', max_length=1000)
                print(len(out), d.needs_input, d.eof, d.unused_data)
                while not d.eof:
                    out += d.decompress(b'', 100000)
                print(len(out) == len(data), d.unused_data, d.needs_input)
                print(bz2.decompress(bz2.compress(b'a') + bz2.compress(b'b')))
                for call in [lambda: d.decompress(b'x'), lambda: bz2.decompress(b'BZh9garbage'),
                             lambda: bz2.decompress(c[:-10]), lambda: bz2.BZ2Compressor(10),
                             lambda: bz2.BZ2Compressor(0), lambda: bz2.compress(u'text')]:
                    try:
                        print(repr(call()))
                    except Exception as e:
                        print(type(e).__name__, e)
                comp = bz2.BZ2Compressor()
                comp.flush()
                for call in [lambda: comp.flush(), lambda: comp.compress(b'more')]:
                    try:
                        call()
                    except Exception as e:
                        print(type(e).__name__, e)
                try:
                    pickle.dumps(bz2.BZ2Decompressor())
                except TypeError as e:
                    print(e)
                folder = tempfile.mkdtemp()
                with bz2.open(os.path.join(folder, 'a.bz2'), 'wt') as f:
                    f.write('hello\\n' * 3)
                with tarfile.open(os.path.join(folder, 'a.tar.bz2'), 'w:bz2') as t:
                    t.add(os.path.join(folder, 'a.bz2'), arcname='a.bz2')
                with tarfile.open(os.path.join(folder, 'a.tar.bz2')) as t:
                    print(t.getnames(), t.extractfile('a.bz2').read() == open(os.path.join(folder, 'a.bz2'), 'rb').read())
                """);
    }

    /** CPython 2.7 crashes (SIGSEGV) on a BZ2File it refused to open: those cases are not here. */
    @Test
    void python2ModuleIsCPython27s() {
        assumeTrue(major() == 2, "Python 3's module is another test's");
        assertSameAsCPython("""
                import bz2, hashlib, os, tempfile, threading
                def t(label, f):
                    try:
                        print label, repr(f())
                    except Exception as e:
                        print label, type(e).__name__, str(e).replace(folder, 'F'), getattr(e, 'errno', '-')
                folder = tempfile.mkdtemp()
                data = ''.join('line %d of the log\\n' % i for i in range(20000))
                c = bz2.compress(data)
                print len(c), hashlib.md5(c).hexdigest(), bz2.decompress(c) == data
                print hashlib.md5(bz2.compress(data, 1)).hexdigest()
                comp = bz2.BZ2Compressor(3)
                parts = [comp.compress(data[i:i + 1000]) for i in range(0, len(data), 1000)] + [comp.flush()]
                print [len(p) for p in parts if p], hashlib.md5(''.join(parts)).hexdigest()
                d = bz2.BZ2Decompressor()
                out = d.decompress(c[:100]) + d.decompress(c[100:] + 'tail')
                print len(out) == len(data), repr(d.unused_data)
                t('eof', lambda: d.decompress(''))
                t('readonly', lambda: setattr(d, 'unused_data', 'x'))
                for label, call in [('garbage', lambda: bz2.decompress('BZh9' + 'x' * 20)),
                                    ('truncated', lambda: bz2.decompress(c[:-10])),
                                    ('two streams', lambda: bz2.decompress(bz2.compress('a') + bz2.compress('b'))),
                                    ('empty', lambda: bz2.decompress('')),
                                    ('level 0', lambda: bz2.BZ2Compressor(0)),
                                    ('level 10', lambda: bz2.compress('x', 10)),
                                    ('level str', lambda: bz2.BZ2Compressor('3')),
                                    ('int data', lambda: bz2.compress(5)),
                                    ('unicode data', lambda: bz2.decompress(bz2.compress(u'text'))),
                                    ('arguments', lambda: bz2.BZ2Decompressor(42))]:
                    t(label, call)
                t('after flush', lambda: comp.compress('more'))
                t('flush again', lambda: comp.flush())
                print bz2.BZ2File, bz2.BZ2File.__doc__.splitlines()[0]
                name = os.path.join(folder, 'log.bz2')
                text = 'one\\ntwo\\r\\nthree\\rfour\\n' * 3000
                with bz2.BZ2File(name, 'w') as f:
                    f.write(text[:5000])
                    f.writelines([text[5000:20000], text[20000:]])
                    print f.tell(), f.mode, f.closed
                    t('read on w', lambda: f.read())
                    t('seek on w', lambda: f.seek(0))
                    t('write int', lambda: f.write(5))
                print f.closed, bz2.decompress(open(name, 'rb').read()) == text
                f = bz2.BZ2File(name)
                print repr(f.read(5)), f.tell(), repr(f.readline()), repr(f.readline(2)), f.newlines
                print len(f.readlines()), repr(f.read()), f.tell()
                f.seek(-6, 2); print repr(f.read()), f.tell()
                f.seek(10); f.seek(-3, 1); print repr(f.read(4)), f.tell()
                f.seek(-100); print f.tell(); f.seek(10 ** 6); print f.tell(), repr(f.read())
                f.seek(0); print repr(next(f)); t('mixed', lambda: f.read(1)); print len(list(f))
                t('write on r', lambda: f.write('x'))
                f.close(); f.close()
                for label in ('read', 'readline', 'tell', 'next', '__iter__', '__enter__'):
                    t(label + ' closed', getattr(f, label))
                f = bz2.BZ2File(name, 'rU')
                lines = f.readlines()
                print len(lines), repr(lines[:4]), f.newlines
                f.close()
                with bz2.BZ2File(name) as f:
                    print len(list(f)), f.newlines
                for content, label in ((bz2.compress('a\\n') + 'junk', 'junk'), ('', 'zero length'), (c[:-10], 'truncated'),
                                       ('not bz2 data', 'not bz2')):
                    open(name, 'wb').write(content)
                    f = bz2.BZ2File(name)
                    t(label, f.read)
                    t(label + ' again', f.read)
                    f.close()
                t('missing', lambda: bz2.BZ2File(os.path.join(folder, 'missing.bz2')))
                t('folder', lambda: bz2.BZ2File(folder))
                shared = bz2.BZ2File(name, 'w')
                def writer():
                    for _ in range(50):
                        shared.write('x' * 1000)
                workers = [threading.Thread(target=writer) for _ in range(4)]
                for w in workers: w.start()
                for w in workers: w.join()
                shared.close()
                print len(bz2.BZ2File(name).read())
                """);
    }
}
