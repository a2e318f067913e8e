package dev.pyhost.shimtests.termios;

import dev.pyhost.Engine;
import dev.pyhost.shimtests.ShimContract;
import org.junit.jupiter.api.Test;

/**
 * termios on Jython (which had none) as CPython 2's, on a pseudo-terminal: attributes read and
 * set (raw mode through tty), the line controls, the window size through fcntl.ioctl, the errors.
 */
class JythonTermiosTest extends ShimContract {
    @Override
    protected Engine engine() {
        return Engine.JYTHON;
    }

    @Test
    void attributesOfAPseudoTerminalAsCPython2() {
        assertSameAsCPython("""
                import os, termios, tty, fcntl, struct
                master, slave = os.openpty()
                a = termios.tcgetattr(slave)
                print a[:6], len(a[6]), a[6][:4]
                new = termios.tcgetattr(slave)
                new[3] = new[3] & ~(termios.ECHO | termios.ICANON)
                new[6][termios.VMIN] = 1
                new[6][termios.VTIME] = 0
                termios.tcsetattr(slave, termios.TCSANOW, new)
                b = termios.tcgetattr(slave)
                print b[3] & termios.ECHO, b[3] & termios.ICANON, b[6][termios.VMIN], b[6][termios.VTIME]
                tty.setraw(slave)
                print termios.tcgetattr(slave)[3] & termios.ISIG
                termios.tcsetattr(slave, termios.TCSADRAIN, a)
                print termios.tcgetattr(slave) == a
                print termios.tcdrain(slave), termios.tcflush(slave, termios.TCIOFLUSH), termios.tcflow(slave, termios.TCOON)
                fcntl.ioctl(slave, termios.TIOCSWINSZ, struct.pack('HHHH', 40, 132, 0, 0))
                print struct.unpack('HHHH', fcntl.ioctl(slave, termios.TIOCGWINSZ, '\\0' * 8))[:2]
                for bad in (lambda: termios.tcgetattr(os.open('/etc/hostname', os.O_RDONLY)), lambda: termios.tcsetattr(slave, 0, [1]),
                            lambda: termios.tcgetattr('x'), lambda: termios.tcsetattr(slave, 0, a[:6] + [[1.5] * 32])):
                    try:
                        bad()
                    except Exception as e:
                        print type(e).__name__, e
                print termios.TIOCGWINSZ, termios.B38400, len([k for k in dir(termios) if k.isupper()])
                """);
    }
}
