package dev.pyhost.shimtests.gevent;

import org.junit.jupiter.api.Test;

/** gevent's cooperative sockets, monkey patching and StreamServer, against real gevent. */
@org.junit.jupiter.api.Tag("monkey")
abstract class GeventSocketContract extends CoopContract {

    protected GeventSocketContract() {
        super("gevent");
    }

    /** Its snippets monkey-patch socket, select, threading and time: no other suite may see that. */
    @Override
    protected boolean needsOwnHost() {
        return true;
    }

    @Test
    void monkeyPatchedSocketsServeManyClientsFromOneThread() {
        assertSameAsRealLibrary("from gevent import monkey; monkey.patch_all()\n"
                + "import gevent, socket, time\n"
                + "def handle(conn):\n"
                + "    try:\n"
                + "        while True:\n"
                + "            data = conn.recv(1024)\n"
                + "            if not data:\n"
                + "                break\n"
                + "            conn.sendall(data.upper())\n"
                + "    finally:\n"
                + "        conn.close()\n"
                + "def server(s):\n"
                + "    while True:\n"
                + "        c, addr = s.accept()\n"
                + "        gevent.spawn(handle, c)\n"
                + "def client(port, n):\n"
                + "    c = socket.create_connection(('127.0.0.1', port))\n"
                + "    got = []\n"
                + "    for i in range(3):\n"
                + "        c.sendall(('c%d-%d' % (n, i)).encode())\n"
                + "        got.append(str(c.recv(1024).decode()))\n"
                + "    c.close()\n"
                + "    return got\n"
                + "s = socket.socket()\n"
                + "s.setsockopt(socket.SOL_SOCKET, socket.SO_REUSEADDR, 1)\n"
                + "s.bind(('127.0.0.1', 0))\n"
                + "s.listen(100)\n"
                + "port = s.getsockname()[1]\n"
                + "srv = gevent.spawn(server, s)\n"
                + "clients = [gevent.spawn(client, port, n) for n in range(30)]\n"
                + "gevent.joinall(clients, timeout=90)\n"
                + "print(all(c.successful() for c in clients), clients[11].value)\n"
                + "t = time.time()\n"
                + "gevent.joinall([gevent.spawn(time.sleep, 0.5) for _ in range(10)])\n"
                + "print('time.sleep cooperative:', time.time() - t < 3.0)\n"
                + "srv.kill()\n"
                + "s.close()\n"
                + "try:\n"
                + "    socket.create_connection(('127.0.0.1', port))\n"
                + "except socket.error as e:\n"
                + "    print('refused:', e.errno == 111)\n"
                + "q = socket.socket()\n"
                + "q.bind(('127.0.0.1', 0))\n"
                + "q.listen(1)\n"
                + "q.settimeout(0.05)\n"
                + "try:\n"
                + "    q.accept()\n"
                + "except socket.timeout as e:\n"
                + "    print('accept timed out:', e)\n"
                + "q.close()\n", "gevent");
    }

    @Test
    void streamServerHandlesEachConnectionInAGreenlet() {
        assertSameAsRealLibrary("import gevent\n"
                + "from gevent.server import StreamServer\n"
                + "from gevent import socket\n"
                + "def handle(sock, address):\n"
                + "    f = sock.makefile('rwb')\n"
                + "    line = f.readline()\n"
                + "    f.write(b'echo ' + line)\n"
                + "    f.flush()\n"
                + "    f.close()\n"
                + "    sock.close()\n"
                + "server = StreamServer(('127.0.0.1', 0), handle)\n"
                + "server.start()\n"
                + "def ask(n):\n"
                + "    c = socket.create_connection(('127.0.0.1', server.server_port))\n"
                + "    c.sendall(('line %d\\n' % n).encode())\n"
                + "    data = b''\n"
                + "    while not data.endswith(b'\\n'):\n"
                + "        data += c.recv(100)\n"
                + "    c.close()\n"
                + "    return str(data.decode().strip())\n"
                + "jobs = [gevent.spawn(ask, n) for n in range(5)]\n"
                + "gevent.joinall(jobs, timeout=60)\n"
                + "print([j.value for j in jobs], server.started)\n"
                + "server.stop()\n"
                + "print(server.started)\n", "gevent");
    }
}
