package dev.pyhost.shimtests.bz2;

import dev.pyhost.shimtests.ShimContract;
import org.junit.jupiter.api.Test;

/**
 * {@code bz2} as CPython 3's: the same compressed bytes (one shot and in pieces, at two levels),
 * incremental decompression with its state (max_length, needs_input, eof), data after the stream,
 * concatenated streams, and each error as CPython words it. Python 3 only: Jython's own bz2
 * (Python 2) is not pyhost's, and differs (see the README).
 */
abstract class Bz2Contract extends ShimContract {

    @Test
    void compressedBytesStateAndErrorsAreCPythons() {
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
}
