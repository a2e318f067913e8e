package dev.pyhost.shimtests.socket;

import dev.pyhost.shimtests.ShimContract;
import org.junit.jupiter.api.Test;

/** socket's errors as CPython gives them: a name that does not resolve, a refused connection. */
abstract class SocketErrorsContract extends ShimContract {

    @Test
    void anUnknownNameAndARefusedConnectionFailAsUnderCPython() {
        assertSameAsCPython("""
                from __future__ import print_function
                import errno, socket
                host = 'no-such-host.invalid'
                calls = [(socket.gethostbyname, (host,)), (socket.gethostbyname_ex, (host,)),
                         (socket.getaddrinfo, (host, 80)), (socket.gethostbyaddr, (host,)),
                         (socket.create_connection, ((host, 80),)), (socket.create_connection, (('127.0.0.1', 1), 5))]
                for f, args in calls:
                    try:
                        f(*args)
                    except socket.error as e:
                        print(f.__name__, type(e).__name__, e.args, errno.errorcode.get(e.args[0]))
                """);
    }
}
