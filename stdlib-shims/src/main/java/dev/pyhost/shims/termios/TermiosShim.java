package dev.pyhost.shims.termios;

import dev.pyhost.shims.GlueSource;
import dev.pyhost.spi.ShimContext;
import dev.pyhost.spi.ShimModule;

/**
 * {@code termios} for Python 2: Jython has none, so {@code tty}, {@code pty} and the usual
 * terminal-size recipe ({@code fcntl.ioctl(fd, termios.TIOCGWINSZ, ...)}) failed at the import.
 * CPython 2's module over the C library's terminal calls, on the real descriptor. On Python 3,
 * GraalPy's own module (C) with the descriptors it is given made real: GraalPy numbers what it
 * opens (a terminal from {@code os.openpty}) its own way.
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
    public Kind kind(int pythonMajor) {
        return pythonMajor == 2 ? Kind.MODULE : Kind.OVERLAY;
    }

    @Override
    public boolean supports(int pythonMajor) {
        return true;
    }

    @Override
    public String glue(int pythonMajor) {
        return GlueSource.load(pythonMajor == 2 ? "termios/termios_py2.py" : "termios/termios_py3.py");
    }

    @Override
    public Object newCore(ShimContext context) {
        return new TermiosCore();
    }
}
