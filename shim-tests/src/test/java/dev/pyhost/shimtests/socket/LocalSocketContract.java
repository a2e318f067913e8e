package dev.pyhost.shimtests.socket;

import dev.pyhost.shimtests.ShimContract;
import org.junit.jupiter.api.Test;

/** Local (AF_UNIX) sockets, which neither engine had, as CPython gives them. */
abstract class LocalSocketContract extends ShimContract {

    @Test
    void streamSocketsConnectAcceptAndCarryDataAsUnderCPython() {
        assertSameAsCPython("""
                from __future__ import print_function
                import os, shutil, socket, tempfile
                d = tempfile.mkdtemp()
                path = os.path.join(d, 'srv.sock')
                srv = socket.socket(socket.AF_UNIX, socket.SOCK_STREAM)
                print(repr(srv.family), repr(srv.type), srv.proto, repr(srv.getsockname()), srv.gettimeout())
                srv.bind(path)
                srv.listen(5)
                print(srv.getsockname() == path, os.path.exists(path))
                c = socket.socket(socket.AF_UNIX, socket.SOCK_STREAM)
                c.connect(path)
                conn, addr = srv.accept()
                print(repr(addr), conn.getsockname() == path, c.getpeername() == path, repr(conn.getpeername()))
                c.sendall(b'hello ' * 10000)
                got = b''
                while len(got) < 60000:
                    got += conn.recv(65536)
                print(len(got), repr(got[:12]))
                conn.send(b'back')
                data, sender = c.recvfrom(10)
                print(repr(data), sender == path)
                print(c.getsockopt(socket.SOL_SOCKET, socket.SO_TYPE), c.getsockopt(socket.SOL_SOCKET, socket.SO_ERROR))
                c.settimeout(0.2)
                try:
                    c.recv(10)
                except socket.timeout as e:
                    print('timeout', e.args)
                c.setblocking(False)
                try:
                    c.recv(10)
                except socket.error as e:
                    print(type(e).__name__, e.args)
                c.setblocking(True)
                c.shutdown(socket.SHUT_WR)
                print(repr(conn.recv(10)))
                c.close()
                try:
                    c.send(b'x')
                except socket.error as e:
                    print(type(e).__name__, e.args)
                for f in (lambda: conn.settimeout(-1), lambda: conn.recv(-1)):
                    try:
                        f()
                    except ValueError as e:
                        print('ValueError', e)
                for bad in (123, None):
                    try:
                        conn.connect(bad)
                    except TypeError as e:
                        print('TypeError', e)
                try:
                    socket.socket(socket.AF_UNIX).connect('/' + 'x' * 120)
                except socket.error as e:
                    print(type(e).__name__, e.args)
                conn.close()
                srv.close()
                shutil.rmtree(d)
                """);
    }

    @Test
    void datagramsAndSysLogHandlerReachALocalSocketAsUnderCPython() {
        assertSameAsCPython("""
                from __future__ import print_function
                import logging, logging.handlers, os, shutil, socket, tempfile
                d = tempfile.mkdtemp()
                path = os.path.join(d, 'log')
                try:
                    socket.socket(socket.AF_UNIX, socket.SOCK_DGRAM).connect(path)
                except socket.error as e:
                    print(type(e).__name__, e.args)
                server = socket.socket(socket.AF_UNIX, socket.SOCK_DGRAM)
                server.bind(path)
                handler = logging.handlers.SysLogHandler(address=path)
                log = logging.getLogger('local')
                log.addHandler(handler)
                log.warning('disk %s is full', '/var')
                log.error('second')
                print(repr(server.recv(1024)))
                print(repr(server.recvfrom(1024)[0]))
                handler.close()
                client = socket.socket(socket.AF_UNIX, socket.SOCK_DGRAM)
                client.bind(os.path.join(d, 'client'))
                client.sendto(b'to the server', path)
                data, sender = server.recvfrom(100)
                print(repr(data), sender == os.path.join(d, 'client'))
                server.close()
                client.close()
                shutil.rmtree(d)
                """);
    }

    @Test
    void selectAPairAndServeAUnixStreamServerAsUnderCPython() {
        assertSameAsCPython("""
                from __future__ import print_function
                import os, select, shutil, socket, tempfile, threading
                try:
                    import socketserver
                except ImportError:
                    import SocketServer as socketserver
                a, b = socket.socketpair(socket.AF_UNIX)
                print(select.select([a], [], [], 0)[0] == [])
                b.send(b'ping')
                print(select.select([a], [], [], 1)[0] == [a], repr(a.recv(10)))
                print(select.select([a.fileno()], [b.fileno()], [], 1)[1:] == ([b.fileno()], []))
                f = a.makefile('rb')
                b.sendall(b'one\\ntwo\\n')
                print(repr(f.readline()), repr(f.readline()))
                f.close()
                a.close()
                b.close()

                class Upper(socketserver.StreamRequestHandler):
                    def handle(self):
                        self.wfile.write(self.rfile.readline().upper())

                d = tempfile.mkdtemp()
                path = os.path.join(d, 'upper.sock')
                server = socketserver.UnixStreamServer(path, Upper)
                t = threading.Thread(target=server.serve_forever, kwargs={'poll_interval': 0.05})
                t.start()
                for word in (b'alpha', b'beta'):
                    c = socket.socket(socket.AF_UNIX, socket.SOCK_STREAM)
                    c.connect(path)
                    c.sendall(word + b'\\n')
                    print(repr(c.recv(100)))
                    c.close()
                server.shutdown()
                t.join()
                server.server_close()
                shutil.rmtree(d)
                """);
    }
}
