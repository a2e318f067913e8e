package dev.pyhost.shims.termios;

import dev.pyhost.shims.GlueSource;
import dev.pyhost.spi.ShimContext;
import dev.pyhost.spi.ShimModule;

/**
 * {@code termios} for Python 2: Jython has none, so {@code tty}, {@code pty} and the usual
 * terminal-size recipe ({@code fcntl.ioctl(fd, termios.TIOCGWINSZ, ...)}) failed at the import.
 * CPython 2's module over the C library's terminal calls, on the real descriptor.
 */
public final class TermiosShim implements ShimModule {
    @Override
    public String name() {
        return "termios";
    }

    @Override
    public Kind kind() {
        return Kind.MODULE;
    }

    @Override
    public boolean supports(int pythonMajor) {
        return pythonMajor == 2; // GraalPy has its own
    }

    @Override
    public String glue(int pythonMajor) {
        return GlueSource.load("termios/termios_py2.py");
    }

    @Override
    public Object newCore(ShimContext context) {
        return new TermiosCore();
    }
}
