package dev.pyhost.shimtests.lzma;

import dev.pyhost.shimtests.ShimContract;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;

/**
 * {@code lzma} as CPython 3's where GraalPy's decoder took anything for an {@code .lzma} header:
 * data that cannot start one is refused in CPython's words (it spun instead), a header with
 * nothing after it wants more input, an empty stream ends after its header, and so
 * {@code tarfile.open()} of a plain, gzip or bzip2 tar (whose {@code 'r:*'} tries xz first) opens it. Python 3 only: Jython has no lzma.
 */
abstract class LzmaContract extends ShimContract {

    @Test
    @Timeout(value = 5, unit = TimeUnit.MINUTES) // the engine's decoder spun forever on such data
    void dataThatIsNoLzmaIsRefusedAndTarfileOpensEveryKind() {
        assertSameAsCPython("""
                import io, lzma, tarfile, tempfile, os
                folder = tempfile.mkdtemp()
                src = os.path.join(folder, 'a.txt')
                with open(src, 'w') as f:
                    f.write('hello\\n' * 1000)
                for mode in ('w', 'w:gz', 'w:bz2', 'w:xz'):
                    path = os.path.join(folder, 'a%s.tar' % mode[2:])
                    with tarfile.open(path, mode) as t:
                        t.add(src, arcname='a.txt')
                    with tarfile.open(path) as t:
                        print(mode, t.getnames(), len(t.extractfile('a.txt').read()))
                data = b'payload ' * 5000
                for fmt in (lzma.FORMAT_XZ, lzma.FORMAT_ALONE):
                    c = lzma.compress(data, format=fmt)
                    d = lzma.LZMADecompressor()
                    out = b''.join(d.decompress(c[i:i + 500]) for i in range(0, len(c), 500))
                    print(fmt, lzma.decompress(c) == data, out == data, d.eof, d.needs_input)
                header = b'\\x5d\\x00\\x00\\x01\\x00' + b'\\xff' * 8
                for bad in (b'plain text data', b'\\x1f\\x8b\\x08\\x00', b'BZh91AY&SY', header,
                            b'\\x5d\\x00\\x00\\x80\\x00' + b'\\x00' * 7 + b'\\x10', b'\\x5d\\x00\\x00\\x03\\x00'):
                    for fmt in (lzma.FORMAT_AUTO, lzma.FORMAT_ALONE):
                        try:
                            print(repr(lzma.decompress(bad, format=fmt)))
                        except lzma.LZMAError as e:
                            print('LZMAError', e)
                d = lzma.LZMADecompressor()
                print(repr(d.decompress(header)), d.needs_input, d.eof)
                for n in (14, 18, 100):  # an empty .lzma stream: header, then the range coder's 5 bytes
                    d = lzma.LZMADecompressor()
                    print(n, repr(d.decompress(bytes(n))), d.eof, d.needs_input, len(d.unused_data))
                empty = io.BytesIO()
                tarfile.open(fileobj=empty, mode='w').close()
                empty.seek(0)
                with tarfile.open(fileobj=empty) as t:  # all zeros: read as such an .lzma stream first
                    print(t.next())
                try:
                    lzma.open(src).read()
                except lzma.LZMAError as e:
                    print('LZMAError', e)
                print(type(d).__name__, type(d).__module__, isinstance(d, lzma.LZMADecompressor))
                """);
    }
}
