package dev.pyhost.shimtests.socket;

import dev.pyhost.shimtests.ShimContract;
import org.junit.jupiter.api.Test;

/**
 * A TCP socket bound to port 0 has its port at once (on GraalPy; Jython's too reads port 0 until
 * the socket listens, not fixed yet), before it listens, as under CPython: servers
 * of socketserver and http.server on port 0 report the port they serve on, and clients reach them.
 */
abstract class SocketBindContract extends ShimContract {

    @Test
    void aTcpSocketBoundToPortZeroKnowsItsPortBeforeListening() {
        assertSameAsCPython("""
                import socket
                s = socket.socket(socket.AF_INET, socket.SOCK_STREAM)
                s.bind(('127.0.0.1', 0))
                host, port = s.getsockname()
                print(host, port > 0)
                s.listen(1)
                print(s.getsockname() == (host, port))
                c = socket.create_connection((host, port))
                conn, _ = s.accept()
                c.sendall(b'ping')
                print(conn.recv(4))
                for x in (c, conn, s):
                    x.close()
                u = socket.socket(socket.AF_INET, socket.SOCK_DGRAM)
                u.bind(('127.0.0.1', 0))
                print(u.getsockname()[1] > 0)
                u.close()
                """);
    }

    @Test
    void aServerOnPortZeroServesOnThePortItReports() {
        assertSameAsCPython("""
                import threading
                try:
                    from http.server import HTTPServer, BaseHTTPRequestHandler
                    from http.client import HTTPConnection
                except ImportError:
                    from BaseHTTPServer import HTTPServer, BaseHTTPRequestHandler
                    from httplib import HTTPConnection
                class Hello(BaseHTTPRequestHandler):
                    def do_GET(self):
                        self.send_response(200)
                        self.end_headers()
                        self.wfile.write(b'hello ' + self.path.encode('ascii'))
                    def log_message(self, *args):
                        pass
                server = HTTPServer(('localhost', 0), Hello)
                print(server.server_port > 0, server.server_address[1] == server.server_port)
                t = threading.Thread(target=server.serve_forever, kwargs={'poll_interval': 0.05})
                t.start()
                c = HTTPConnection('localhost', server.server_port)
                c.request('GET', '/frob')
                r = c.getresponse()
                print(r.status, r.read())
                c.close()
                server.shutdown()
                server.server_close()
                t.join()
                """);
    }
}
