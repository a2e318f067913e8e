package dev.pyhost.shimtests.traceback;

import dev.pyhost.shimtests.ShimContract;
import org.junit.jupiter.api.Test;

import static org.junit.jupiter.api.Assumptions.assumeTrue;

/**
 * A codec error, as a traceback, logging or the interpreter reports it, reads as CPython's: the
 * codec's own name, CPython's reason and the extent CPython gives, for decoding and encoding in
 * the built-in codecs and a charmap one, in a chained exception too.
 */
abstract class CodecErrorWordingContract extends ShimContract {

    @Test
    void codecErrorsAreReportedInCPythonsWords() {
        assumeTrue(major() == 3, "Python 2's wording is not covered yet");
        assertSameAsCPython("""
                import io, logging, os, sys, tempfile, traceback
                def report(call):
                    try:
                        call()
                    except UnicodeError as e:
                        print(''.join(traceback.format_exception_only(type(e), e)).strip(), e.start, e.end)
                decoding = [(b'\\xff', 'utf-8'), (b'ab\\xffcd', 'utf8'), (b'\\xc3', 'utf-8'), (b'\\xc3(', 'utf-8'),
                            (b'\\xe2\\x82', 'utf-8'), (b'\\xed\\xa0\\x80', 'utf-8'), (b'\\xf4\\x90\\x80\\x80', 'UTF-8'),
                            (b'\\xf0\\x9f\\x98a', 'utf-8'), (b'\\xe0\\x80\\x80', 'utf-8'), (b'a\\x80', 'utf-8'),
                            (b'\\xff\\xfe', 'ascii'), (b'\\xe9', 'us-ascii'), (b'a\\x81b', 'cp1252'), (b'\\xa5', 'iso8859_3'),
                            (b'\\xff', 'utf-16'), (b'\\x00\\xd8\\x00\\x00', 'utf-16-le'), (b'\\x00\\xdc', 'utf-16-le'),
                            (b'\\x00\\xd8a', 'utf-16-le'), (b'\\xfe\\xff\\xd8\\x00\\x00a', 'utf-16'), (b'a\\x00b', 'utf-16'),
                            (b'\\x00\\x00\\x11\\x00', 'utf-32-le'), (b'\\x00\\xd8\\x00\\x00', 'utf-32-le'), (b'ab', 'utf-32'),
                            (b'\\x00\\x00\\xfe\\xff\\x00\\x00\\x00', 'utf-32')]
                for data, encoding in decoding:
                    report(lambda: data.decode(encoding))
                encoding_ = [('ée', 'ascii'), ('éé\\u20ac!', 'ascii'), ('a\\u20ac\\u20acb', 'latin-1'), ('\\u3042', 'iso8859-1'),
                             ('\\udcff\\udcfe', 'utf-8'), ('\\ud800', 'utf-16'), ('\\ud800x', 'utf-16-le'), ('\\ud800', 'utf-32'),
                             ('\\u0100\\u0101a', 'cp1252'), ('\\u20ac', 'cp437')]
                for text, encoding in encoding_:
                    report(lambda: text.encode(encoding))
                def without_frames(text):  # the lines that do not depend on where the source is
                    print(''.join(l for l in text.splitlines(True) if not l.startswith('  ')))
                class Failed(Exception):
                    pass
                path = os.path.join(tempfile.mkdtemp(), 'log')
                with open(path, 'wb') as f:
                    f.write(b'line one\\nline \\xff two\\n')
                try:
                    try:
                        with open(path, encoding='utf-8') as f:
                            f.read()
                    except ValueError as e:
                        raise Failed('reading ' + os.path.basename(path)) from e
                except Failed:
                    without_frames(traceback.format_exc())
                log = io.StringIO()
                logging.basicConfig(stream=log, format='%(levelname)s %(message)s')
                try:
                    'naïve'.encode('ascii')
                except UnicodeError:
                    logging.exception('cannot encode')
                without_frames(log.getvalue())
                """);
    }
}
