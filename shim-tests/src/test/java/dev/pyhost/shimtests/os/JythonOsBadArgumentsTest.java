package dev.pyhost.shimtests.os;

import dev.pyhost.Engine;
import org.junit.jupiter.api.Test;

class JythonOsBadArgumentsTest extends OsBadArgumentsContract {
    @Override
    protected Engine engine() {
        return Engine.JYTHON;
    }

    /**
     * None, a string or a float where a descriptor, a command or a path goes: CPython 2.7's
     * TypeErrors. Before, os.system, os.popen, os.read, os.close, os.fdopen and time.strftime
     * of None raised a Java NullPointerException; os.open, os.readlink and Popen's cwd an
     * AttributeError; os.dup EBADF; and Popen took a float for a descriptor.
     */
    @Test
    void wrongTypesRaiseCPythonsTypeErrors() {
        assertSameAsCPython("""
                import os, time, subprocess
                cases = ["os.dup(None)", "os.dup2(None, 5)", "os.isatty(None)", "os.ttyname(None)", "os.fchmod(None, 0)",
                         "os.read(None, 1)", "os.read('3', 1)", "os.read(1.5, 1)", "os.write(None, 'x')", "os.close(None)",
                         "os.fdopen(None)", "os.fstat(None)", "os.fstat('x')", "os.lseek(None, 0, 0)", "os.ftruncate(None, 0)",
                         "os.fsync(None)", "os.fdatasync('x')", "os.system(None)", "os.system(5)", "os.popen(None)",
                         "os.popen('true', None)", "time.strftime(None)", "time.strftime(5)", "os.open(None, 0)",
                         "os.readlink(None)", "os.symlink('a', None)", "subprocess.Popen(['true'], cwd=5)",
                         "subprocess.Popen(['true'], stdout=5.5)"]
                for c in cases:
                    try:
                        eval(c)
                        print c, 'ok'
                    except Exception as e:
                        print c, type(e).__name__, e
                r, w = os.pipe()
                os.write(w, 'abc')
                print repr(os.read(r, 3)), os.fstat(r).st_size >= 0
                os.close(r)
                os.close(w)
                """);
    }

    /**
     * os.fdopen of a file descriptor for writing: the file is not emptied (fdopen(3) never does) and
     * writes land where the descriptor stands. Jython's 'w' emptied it, so what the script had
     * written to its stdout redirected to a file was lost.
     */
    @Test
    void fdopenForWritingKeepsWhatTheFileHeld() {
        assertSameAsCPython("""
                import os, tempfile
                fd, path = tempfile.mkstemp()
                os.write(fd, 'first\\n')
                f = os.fdopen(os.dup(fd), 'w')
                f.write('second\\n')
                f.close()
                os.write(fd, 'third\\n')
                os.close(fd)
                print repr(open(path).read())
                os.remove(path)
                """);
    }
}
