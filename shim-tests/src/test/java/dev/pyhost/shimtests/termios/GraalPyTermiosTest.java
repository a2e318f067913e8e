package dev.pyhost.shimtests.termios;

import dev.pyhost.Engine;
import dev.pyhost.shimtests.ShimContract;
import org.junit.jupiter.api.Test;

/**
 * os.openpty and termios on GraalPy as CPython 3's: the engine had no openpty (SystemError), and
 * its termios (C) took the engine's own numbers for the process's descriptors. A pseudo-terminal's
 * two ends read and written, set raw, sized, handed to a child; termios's argument errors.
 */
class GraalPyTermiosTest extends ShimContract {
    @Override
    protected Engine engine() {
        return Engine.GRAALPY;
    }

    @Test
    void aPseudoTerminalFromOpenptyAsCPython3() {
        assertSameAsCPython("""
                import os, pty, termios, tty, subprocess
                master, slave = os.openpty()
                print(os.isatty(master), os.isatty(slave), os.get_inheritable(master), os.get_inheritable(slave))
                print(os.ttyname(slave).startswith('/dev/pts/'))
                os.write(slave, b'out\\n'); print(os.read(master, 100))
                os.write(master, b'in\\n'); print(os.read(slave, 100))
                a = termios.tcgetattr(slave)
                print(a[:6] == termios.tcgetattr(open(os.ttyname(slave)))[:6], len(a[6]))
                tty.setraw(slave)
                b = termios.tcgetattr(slave)
                print(b[3] & termios.ECHO, b[3] & termios.ICANON, b[3] & termios.ISIG)
                os.write(master, b'raw\\r'); print(os.read(slave, 100))
                termios.tcsetattr(slave, termios.TCSADRAIN, a)
                print(termios.tcgetattr(slave) == a)
                termios.tcsetwinsize(slave, (40, 132)); print(termios.tcgetwinsize(slave))
                print(termios.tcdrain(slave), termios.tcflush(slave, termios.TCIOFLUSH), termios.tcflow(slave, termios.TCOON))
                p = subprocess.Popen(['sh', '-c', 'test -t 1 && echo child on a terminal'], stdout=slave)
                print(p.wait(), os.read(master, 100))
                m2, s2 = pty.openpty()
                print(os.isatty(s2))
                for fd in (master, slave, m2, s2):
                    os.close(fd)
                for bad in (-1, 2**1000, object(), 'x', os.open('/etc/hostname', os.O_RDONLY)):
                    try:
                        termios.tcgetattr(bad)
                    except Exception as e:
                        print(type(e).__name__, e)
                """);
    }
}
