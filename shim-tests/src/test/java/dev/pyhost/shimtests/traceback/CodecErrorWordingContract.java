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
        assumeTrue(major() == 3, "Python 2's words are another test's");
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
                logger, handler = logging.getLogger('wording'), logging.StreamHandler(log)
                handler.setFormatter(logging.Formatter('%(levelname)s %(message)s'))
                logger.addHandler(handler)  # not basicConfig: the root logger is the shared host's
                logger.propagate = False
                try:
                    'naïve'.encode('ascii')
                except UnicodeError:
                    logger.exception('cannot encode')
                logger.removeHandler(handler)
                without_frames(log.getvalue())
                """);
    }

    @Test
    void codecErrorsAreReportedInCPython2sWords() {
        assumeTrue(major() == 2, "Python 3's words are another test's");
        assertSameAsCPython("""
                import logging, sys, traceback, StringIO
                def report(call):
                    try:
                        call()
                    except UnicodeError as e:
                        print ''.join(traceback.format_exception_only(type(e), e)).strip(), e.start, e.end, e.args[0]
                for data in ('\\xff', 'ab\\xffcd', '\\xc3', '\\xc3(', '\\xe2\\x82', '\\xf4\\x90\\x80\\x80', '\\xf0\\x9f\\x98a',
                             '\\xe0\\x80\\x80', 'a\\x80', '\\xed\\xa0', '\\xe0\\x80a', '\\xe0a\\x80', '\\xe2\\x82a', '\\xe2a',
                             '\\xf0\\x80\\x80\\x80', '\\xf0\\x9fa\\x80', '\\xf0\\x9f\\x98', '\\xc0\\x80', '\\xf5\\x80', '\\xc3\\x80\\x80'):
                    report(lambda: data.decode('utf-8'))
                for data, encoding in (('\\xff\\xfe', 'ascii'), ('\\xff', 'utf-16'), ('\\x00\\xd8\\x00\\x00', 'utf-16-le'),
                                       ('\\x00\\xdc', 'utf-16-le'), ('a\\x00b', 'utf-16'), ('\\x00\\x00\\x11\\x00', 'utf-32-le'),
                                       ('ab', 'utf-32'), ('\\\\x4', 'unicode_escape'), ('a\\x81b', 'cp1252')):
                    report(lambda: data.decode(encoding))
                for text, encoding in ((u'\\xe9e', 'ascii'), (u'\\xe9\\xe9\\u20ac!', 'ascii'), (u'a\\u20ac\\u20acb', 'latin-1')):
                    report(lambda: text.encode(encoding))
                log = StringIO.StringIO()
                logger, handler = logging.getLogger('wording'), logging.StreamHandler(log)
                handler.setFormatter(logging.Formatter('%(levelname)s %(message)s'))
                logger.addHandler(handler)  # not basicConfig: the root logger is the shared host's
                logger.propagate = False
                try:
                    'caf\\xc3'.decode('utf-8')
                except UnicodeError:
                    logger.exception('cannot decode')
                logger.removeHandler(handler)
                print ''.join(l for l in log.getvalue().splitlines(True) if not l.startswith('  '))
                """);
    }
}
