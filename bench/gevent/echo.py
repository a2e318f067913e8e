# A monkey-patched echo server and 1,000 concurrent loopback clients, all greenlets of one thread;
# bounded: gives up after 60 s. Prints how many clients got every reply, and the wall time.
from gevent import monkey
monkey.patch_all()
import socket
import sys
import time
import gevent

n = int(sys.argv[1]) if len(sys.argv) > 1 else 1000


def handle(conn):
    try:
        while True:
            data = conn.recv(1024)
            if not data:
                break
            conn.sendall(data)
    finally:
        conn.close()


def serve(listener):
    while True:
        conn, _ = listener.accept()
        gevent.spawn(handle, conn)


def client(port, i):
    c = socket.create_connection(('127.0.0.1', port))
    try:
        for k in range(3):
            msg = ('%d-%d;' % (i, k)).encode()
            c.sendall(msg)
            got = b''
            while len(got) < len(msg):
                got += c.recv(1024)
            if got != msg:
                return False
        return True
    finally:
        c.close()


listener = socket.socket()
listener.setsockopt(socket.SOL_SOCKET, socket.SO_REUSEADDR, 1)
listener.bind(('127.0.0.1', 0))
listener.listen(2048)
port = listener.getsockname()[1]
server = gevent.spawn(serve, listener)
start = time.time()
clients = [gevent.spawn(client, port, i) for i in range(n)]
gevent.joinall(clients, timeout=60)
elapsed = time.time() - start
ok = sum(1 for c in clients if c.successful() and c.value)
print('echo clients %d ok %d elapsed %.3f' % (n, ok, elapsed))
server.kill()
listener.close()
