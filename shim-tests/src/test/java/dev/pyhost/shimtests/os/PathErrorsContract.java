package dev.pyhost.shimtests.os;

import dev.pyhost.shimtests.ShimContract;
import org.junit.jupiter.api.Test;

/**
 * Errors of the path operations admin scripts test by errno, as CPython gives them: rename and
 * link (Jython answered errno 0 for a rename into a missing folder and ENOENT for a link whose
 * name exists), a temporary file in a missing folder (Jython's os.open had no errno, so tempfile
 * failed with TypeError), a file renamed onto a folder (GraalPy let a Java exception out as
 * SystemError), open('') (Jython opened the working directory: EISDIR) and the mode strings
 * Python 2's open() refuses, in its words.
 */
abstract class PathErrorsContract extends ShimContract {

    @Test
    void pathErrorsCarryCPythonsErrno() {
        assertSameAsCPython("""
                from __future__ import print_function
                import io, os, sys, tempfile
                d = tempfile.mkdtemp(); os.chdir(d)
                open('f', 'w').close(); os.mkdir('sub'); open(os.path.join('sub', 'g'), 'w').close()
                def t(label, f):
                    try:
                        print(label, repr(f()))
                    except Exception as e:
                        print(label, type(e).__name__, getattr(e, 'errno', '-'), getattr(e, 'strerror', '-'),
                              repr(getattr(e, 'filename', '-')))
                t('rename into missing folder', lambda: os.rename('f', os.path.join('no', 'x')))
                t('rename missing', lambda: os.rename('nope', 'x'))
                t('rename onto folder', lambda: os.rename('f', 'sub'))
                t('rename', lambda: (os.rename('f', 'f2'), os.path.exists('f2'), os.rename('f2', 'f')))
                t('link onto existing', lambda: os.link('f', os.path.join('sub', 'g')))
                t('link missing', lambda: os.link('nope', 'h'))
                t('link', lambda: (os.link('f', 'h'), os.stat('h').st_nlink, os.remove('h')))
                try:
                    tempfile.mkstemp(dir='nope')
                except Exception as e:  # (its name is random)
                    print('temporary file in missing folder', type(e).__name__, e.errno, e.strerror)
                t('replace onto folder', lambda: os.replace('f', 'sub') if sys.version_info[0] == 3 else None)
                t('rename, str', lambda: str(os.rename('f', 'sub')))
                for opener in (open, io.open):
                    t('empty name', lambda: opener(''))
                if sys.version_info[0] == 2:
                    for mode in ('', 'z', 'wU', 'aU', 'x'):
                        t('mode %r' % mode, lambda: open('f', mode))
                    for mode in ('U', 'rU', 'Ur', 'rb+'):
                        t('mode %r' % mode, lambda: open('f', mode).mode)
                """);
    }
}
