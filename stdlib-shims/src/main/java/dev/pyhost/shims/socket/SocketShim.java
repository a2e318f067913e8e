package dev.pyhost.shims.socket;

import dev.pyhost.shims.GlueSource;
import dev.pyhost.spi.ShimContext;
import dev.pyhost.spi.ShimModule;

/**
 * {@code socket}: the engine's own module. On Python 3 (GraalPy), {@code bind} of a TCP socket
 * to port 0 made to choose its port at once, as under CPython. GraalPy binds a TCP socket only
 * when it listens or connects, so until then {@code getsockname()} answered port 0, and
 * {@code socketserver.TCPServer(('localhost', 0), ...)} (and {@code http.server},
 * {@code logging.config.listen(0)}) reported port 0 as the server's port. On Python 2 (Jython),
 * its exception classes are named {@code socket.error} etc. as in CPython 2, not {@code _socket.error}.
 * On both, local ({@code AF_UNIX}) sockets, which neither engine had: see {@link LocalSockets}.
 */
public final class SocketShim implements ShimModule {
    @Override
    public String name() {
        return "socket";
    }

    @Override
    public Kind kind() {
        return Kind.OVERLAY;
    }

    @Override
    public boolean supports(int pythonMajor) {
        return pythonMajor == 2 || pythonMajor == 3;
    }

    @Override
    public String glue(int pythonMajor) {
        return GlueSource.load(pythonMajor == 2 ? "socket/socket_py2.py" : "socket/socket_py3.py") + "\n"
                + GlueSource.load("socket/socket_local.py");
    }

    @Override
    public Object newCore(ShimContext context) {
        return new LocalSockets();
    }
}
