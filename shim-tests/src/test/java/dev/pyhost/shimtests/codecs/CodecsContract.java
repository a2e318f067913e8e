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
}
