package dev.pyhost.shimtests.fcntl;

import dev.pyhost.shimtests.ShimContract;
import org.junit.jupiter.api.Test;

/**
 * {@code fcntl} as CPython's of the same major version: locks that keep other processes out
 * (here the util-linux {@code flock} command holds them), non-blocking pipes, descriptor flags,
 * ioctl, and CPython's errors. Snippets are written in the common subset of Python 2 and 3.
 */
abstract class FcntlContract extends ShimContract {
    private static final String PRELUDE = """
            from __future__ import print_function
            import errno, fcntl, os, struct, subprocess, sys, tempfile, time
            d = tempfile.mkdtemp()
            def attempt(fn, *args):
                try:
                    r = fn(*args)
                    print('ok', r if not isinstance(r, bytes) else len(r))
                except (IOError, OSError) as e:
                    print(type(e).__name__, e.errno)
                except (TypeError, ValueError) as e:
                    print(type(e).__name__, e)
            """;

    private void same(String body) {
        assertSameAsCPython(PRELUDE + body);
    }

    /** A lock another process holds is refused without LOCK_NB's wait, and waited for without it. */
    @Test
    void flockKeepsOtherProcessesOut() {
        same("""
                path = os.path.join(d, 'job.lock')
                holder = subprocess.Popen(['flock', '-x', path, '-c', 'echo held; sleep 1'],
                                          stdout=subprocess.PIPE)
                holder.stdout.readline()
                f = open(path, 'a')
                attempt(fcntl.flock, f, fcntl.LOCK_EX | fcntl.LOCK_NB)
                attempt(fcntl.flock, f.fileno(), fcntl.LOCK_SH | fcntl.LOCK_NB)
                started = time.time()
                fcntl.flock(f, fcntl.LOCK_EX)
                print('waited for the holder', time.time() - started > 0.3, holder.wait())
                other = subprocess.Popen(['flock', '-n', '-x', path, '-c', 'true'])
                print('other process refused', other.wait())
                fcntl.flock(f, fcntl.LOCK_UN)
                other = subprocess.Popen(['flock', '-n', '-x', path, '-c', 'true'])
                print('other process after unlock', other.wait())
                f.close()
                """);
    }

    /** lockf and the record-lock commands, whose lock another process sees. */
    @Test
    void lockfAndRecordLocks() {
        same("""
                path = os.path.join(d, 'records')
                f = open(path, 'w')
                f.write('x' * 100)
                f.flush()
                attempt(fcntl.lockf, f, fcntl.LOCK_EX | fcntl.LOCK_NB)
                attempt(fcntl.lockf, f, fcntl.LOCK_EX, 10, 20)
                attempt(fcntl.lockf, f, fcntl.LOCK_UN)
                attempt(fcntl.lockf, f, 0)
                flock = struct.Struct('<hhxxxxqqixxxx')  # (as written for 64-bit Linux)
                query = flock.pack(fcntl.F_WRLCK, 0, 0, 0, 0)
                r = fcntl.fcntl(f, fcntl.F_GETLK, query)
                print('GETLK', len(r) == len(query), flock.unpack(r)[0] == fcntl.F_UNLCK)
                attempt(fcntl.fcntl, f, fcntl.F_SETLK, flock.pack(fcntl.F_WRLCK, 0, 0, 0, 0))
                attempt(fcntl.fcntl, f, fcntl.F_SETLKW, flock.pack(fcntl.F_UNLCK, 0, 0, 0, 0))
                r = open(path)
                attempt(fcntl.lockf, r, fcntl.LOCK_EX | fcntl.LOCK_NB)
                attempt(fcntl.lockf, r, fcntl.LOCK_SH | fcntl.LOCK_NB)
                r.close()
                f.close()
                """);
    }

    /** The idiom for reading a child's output without blocking: O_NONBLOCK through F_SETFL. */
    @Test
    void aPipeMadeNonBlockingAnswersEAGAIN() {
        same("""
                p = subprocess.Popen(['sh', '-c', 'echo first; sleep 0.5; echo second'],
                                     stdout=subprocess.PIPE)
                fd = p.stdout.fileno()
                flags = fcntl.fcntl(fd, fcntl.F_GETFL)
                print('was blocking', not flags & os.O_NONBLOCK)
                print(fcntl.fcntl(fd, fcntl.F_SETFL, flags | os.O_NONBLOCK))
                print('now non-blocking', bool(fcntl.fcntl(p.stdout, fcntl.F_GETFL) & os.O_NONBLOCK))
                got, would_block = b'', 0
                deadline = time.time() + 10
                while time.time() < deadline:
                    try:
                        chunk = os.read(fd, 1024)
                    except OSError as e:
                        if e.errno != errno.EAGAIN:
                            raise
                        would_block += 1
                        time.sleep(0.02)
                        continue
                    if not chunk:
                        break
                    got += chunk
                print(repr(got), would_block > 0, p.wait())
                """);
    }

    /** The well-known recipe for an interface's address: SIOCGIFADDR on a socket's descriptor. */
    @Test
    void ioctlOnASocketAsksAboutInterfaces() {
        same("""
                import socket
                def address(name):
                    s = socket.socket(socket.AF_INET, socket.SOCK_DGRAM)
                    try:
                        packed = fcntl.ioctl(s.fileno(), 0x8915, struct.pack('256s', name[:15]))
                        return socket.inet_ntoa(packed[20:24])
                    finally:
                        s.close()
                print(address(b'lo'))
                attempt(address, b'nosuch0')
                """);
    }

    @Test
    void descriptorFlagsIoctlAndErrors() {
        same("""
                f = open(os.path.join(d, 'plain'), 'w')
                print(fcntl.fcntl(f, fcntl.F_SETFD, fcntl.FD_CLOEXEC))
                print(fcntl.fcntl(f, fcntl.F_GETFD) & fcntl.FD_CLOEXEC)
                print(fcntl.fcntl(f, fcntl.F_SETFD, 0), fcntl.fcntl(f, fcntl.F_GETFD))
                TIOCGWINSZ, FIONREAD = 0x5413, 0x541B  # (Jython has no termios)
                attempt(fcntl.ioctl, f, TIOCGWINSZ, b'\\0' * 8)
                p = subprocess.Popen(['printf', 'abc'], stdout=subprocess.PIPE)
                p.wait()
                import array
                buf = array.array('i', [0])
                print(fcntl.ioctl(p.stdout, FIONREAD, buf), buf[0])
                attempt(fcntl.ioctl, p.stdout, FIONREAD, bytearray(4))
                print(struct.unpack('<i', fcntl.ioctl(p.stdout, FIONREAD, b'\\0' * 4))[0])
                p.stdout.close()
                n = os.open(os.path.join(d, 'plain'), os.O_RDONLY)
                os.close(n)
                attempt(fcntl.fcntl, -1, fcntl.F_GETFD)
                attempt(fcntl.fcntl, 'nope', fcntl.F_GETFD)
                attempt(fcntl.flock, object(), fcntl.LOCK_EX)
                attempt(fcntl.lockf, f, 12345)
                attempt(fcntl.fcntl, f, fcntl.F_GETFD, b'x' * 2000)
                print(fcntl.LOCK_SH, fcntl.LOCK_EX, fcntl.LOCK_NB, fcntl.LOCK_UN, fcntl.F_GETFL,
                      fcntl.F_SETFL, fcntl.FD_CLOEXEC, fcntl.F_SETLKW, fcntl.F_WRLCK)
                f.close()
                """);
    }
}
