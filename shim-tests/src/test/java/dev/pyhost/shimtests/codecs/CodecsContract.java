package dev.pyhost.shimtests.codecs;

import dev.pyhost.shimtests.ShimContract;
import org.junit.jupiter.api.Test;

import static org.junit.jupiter.api.Assumptions.assumeTrue;

/**
 * Text written in pieces through a codec comes out as CPython writes it: UTF-16 and UTF-32 mark
 * the byte order once, at the start of a file or stream, however many writes it takes.
 */
abstract class CodecsContract extends ShimContract {

    @Test
    void aByteOrderMarkIsWrittenOnce() {
        // Jython is a big-endian machine to its scripts (sys.byteorder, array, the UTF-16/32
        // codecs): its files mark once, but big-endian where CPython on x86 writes little-endian
        assumeTrue(major() == 3, "Jython writes UTF-16 and UTF-32 big-endian");
        assertSameAsCPython("""
                from __future__ import print_function
                import codecs, io, os, tempfile
                path = os.path.join(tempfile.mkdtemp(), 'text')
                for encoding in ('utf-16', 'UTF16', 'u16', 'utf_32', 'utf32', 'utf-16-le', 'utf-8-sig'):
                    with io.open(path, 'w', encoding=encoding) as f:
                        f.write(u'ab'); f.write(u'c\\n'); f.write(u'\\U0001f600')
                    with io.open(path, 'a', encoding=encoding) as f:
                        f.write(u'd')
                    with io.open(path, 'rb') as f:
                        print(encoding, repr(f.read()))
                    with io.open(path, encoding=encoding) as f:
                        print(repr(f.read()) == repr(u'abc\\n\\U0001f600d'))
                    with codecs.open(path, 'w', encoding) as f:
                        f.write(u'x'); f.write(u'y')
                    with io.open(path, 'rb') as f:
                        print(repr(f.read()))
                    stream = io.BytesIO()
                    writer = codecs.getwriter(encoding)(stream)
                    writer.write(u'p'); writer.write(u'q'); writer.reset(); writer.write(u'r')
                    print(repr(stream.getvalue()))
                    encoder = codecs.getincrementalencoder(encoding)()
                    print(repr(encoder.encode(u'a')), repr(encoder.encode(u'b')), encoder.getstate())
                    encoder.reset()
                    print(repr(encoder.encode(u'c', True)))
                """);
    }

    @Test
    void utf16AndUtf32DecodeAsCPython() {
        assertSameAsCPython("""
                from __future__ import print_function
                import codecs, io, os, tempfile
                datas = [b'\\x00\\xd8a', b'\\xd8\\x00a', b'\\x00\\xd8', b'\\x00\\xd8\\x00', b'\\x00\\xdc\\x00', b'a', b'\\x00\\x00\\x11',
                         b'\\xff\\xfe\\x00\\xd8a', b'\\xfe\\xff\\xd8\\x00a', b'a\\x00b\\x00', b'\\xfe\\xff\\x00a', b'\\xfe\\xff\\xfe\\xff',
                         b'\\x3d\\xd8\\x00\\xdeok']
                for name in ('utf_16_le_decode', 'utf_16_be_decode', 'utf_16_decode', 'utf_16_ex_decode',
                             'utf_32_le_decode', 'utf_32_decode', 'utf_32_ex_decode'):
                    decode = getattr(codecs, name)
                    for data in datas:
                        for final in (False, True):
                            try:
                                if name.endswith('_ex_decode'):
                                    print(name, repr(decode(data, 'strict', 0, final)))
                                else:
                                    print(name, repr(decode(data, 'strict', final)))
                            except UnicodeDecodeError as e:
                                print(name, 'UnicodeDecodeError', e.start, e.end)
                    print(name, repr(decode(b'a\\x00\\x00\\xdcb\\x00\\x00\\xd8', 'replace', *((0, True) if name.endswith('_ex_decode') else (True,)))))
                for text in (u'a\\ufffeb', u'a\\ufeffb', u'\\ufeff\\ufeffx', u'\\uff01\\uff5e \\ufffd'):
                    print([text.encode(e).decode(e) == text for e in ('utf-16-le', 'utf-16-be', 'utf-16')])
                text = u'h\\xe9llo \\U0001f600 w\\xf6rld\\n' * 3
                path = os.path.join(tempfile.mkdtemp(), 'text')
                for encoding in ('utf-16', 'utf-16-le', 'utf-16-be', 'utf-32'):
                    data = text.encode(encoding)
                    decoder = codecs.getincrementaldecoder(encoding)()
                    pieces = u''.join(decoder.decode(data[i:i + 1]) for i in range(len(data)))
                    print(encoding, data.decode(encoding) == text, pieces == text, repr(decoder.decode(b'', True)))
                    with open(path, 'wb') as f:
                        f.write(data)
                    with io.open(path, encoding=encoding) as f:
                        print(f.readline() == text.splitlines(True)[0], f.read() == u''.join(text.splitlines(True)[1:]))
                    with codecs.open(path, encoding=encoding) as f:
                        print(f.readlines() == text.splitlines(True))
                """);
    }
}
