package dev.pyhost.cli.daemon;

import dev.pyhost.Engine;
import dev.pyhost.PyHost;
import dev.pyhost.PythonException;
import dev.pyhost.SystemExitException;
import dev.pyhost.cli.ExitStatus;
import dev.pyhost.cli.Invocation;
import dev.pyhost.cli.PyhostCommand;
import dev.pyhost.spi.MainTarget;
import jdk.net.ExtendedSocketOptions;
import jdk.net.UnixDomainPrincipal;

import java.io.IOException;
import java.io.PrintStream;
import java.net.StandardProtocolFamily;
import java.net.UnixDomainSocketAddress;
import java.nio.channels.ClosedChannelException;
import java.nio.channels.ServerSocketChannel;
import java.nio.channels.SocketChannel;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.atomic.AtomicLong;

/**
 * The warm-start daemon: a resident JVM that runs {@code pyhost} command lines for clients on a
 * Unix domain socket. Each run gets a host of its own, taken from {@link WarmHosts} and closed
 * when the run ends; nothing of one run's interpreter state reaches another. Only connections
 * from the daemon's own user are served (the socket's folder is private to that user, and each
 * peer's user is checked with {@code SO_PEERCRED}).
 */
public final class DaemonServer implements AutoCloseable {
    /** Logs each run's phases (PYHOST_DAEMON_TRACE=1 in the daemon's environment). */
    private static final boolean TRACE = System.getenv("PYHOST_DAEMON_TRACE") != null;
    private final DaemonPaths paths;
    private final WarmHosts warm;
    private final Instant started = Instant.now();
    private final AtomicLong runs = new AtomicLong();
    private final AtomicLong active = new AtomicLong();
    private final CountDownLatch stopped = new CountDownLatch(1);
    private final String user = System.getProperty("user.name");
    private final Path codeJar;
    private final long codeStamp;
    private ServerSocketChannel server;
    /** Stops after this long without a run (PYHOST_DAEMON_IDLE); zero: never. */
    private final Duration idleLimit;
    private volatile long lastActivity = System.nanoTime();

    DaemonServer(DaemonPaths paths, Map<String, String> env) {
        this.paths = paths;
        this.idleLimit = IdleLimit.parse(env.get("PYHOST_DAEMON_IDLE"));
        this.warm = new WarmHosts(env, Path.of("").toAbsolutePath());
        this.codeJar = codeJar();
        this.codeStamp = stamp(codeJar);
    }

    /** Listens on the socket; returns at once, runs are served on threads of their own. */
    void start() throws IOException {
        paths.ensurePrivate();
        Path socket = paths.socket();
        if (Files.exists(socket)) {
            if (DaemonControl.answers(socket)) {
                throw new IOException("a daemon is already running on " + socket);
            }
            Files.delete(socket); // left by a daemon that died
        }
        server = ServerSocketChannel.open(StandardProtocolFamily.UNIX);
        server.bind(UnixDomainSocketAddress.of(socket));
        Files.setPosixFilePermissions(socket, PosixFilePermissions.fromString("rw-------"));
        // spares for runs from scripts and pipes, then for runs at a terminal (isatty() is fixed
        // when a session opens, so each needs its own)
        boolean[] pipes = {false, false, false};
        boolean[] terminal = {true, true, true};
        warm.keepReady(WarmHosts.Kind.of(Engine.JYTHON, pipes, false));
        warm.keepReady(WarmHosts.Kind.of(Engine.GRAALPY, pipes, false));
        warm.keepReady(WarmHosts.Kind.of(Engine.JYTHON, terminal, false));
        warm.keepReady(WarmHosts.Kind.of(Engine.GRAALPY, terminal, false));
        Thread accept = new Thread(this::acceptLoop, "pyhost-daemon-accept");
        accept.start();
        if (!idleLimit.isZero()) {
            Thread.ofPlatform().daemon().name("pyhost-daemon-idle").start(this::stopWhenIdle);
        }
    }

    /** Waits until a client asked the daemon to stop. */
    void awaitStop() throws InterruptedException {
        stopped.await();
    }

    private void acceptLoop() {
        while (true) {
            SocketChannel ch;
            try {
                ch = server.accept();
            } catch (ClosedChannelException e) {
                return;
            } catch (IOException e) {
                log("accept failed: " + e);
                continue;
            }
            Thread t = new Thread(() -> serve(ch), "pyhost-daemon-run");
            t.start();
        }
    }

    private void serve(SocketChannel ch) {
        try (ch) {
            String peer = peerUser(ch);
            if (!user.equals(peer)) {
                // closed without a word: the client runs in-process, as that user's own pyhost
                log("refused a connection from user " + peer);
                return;
            }
            Request request = Request.read(ch);
            if (request == null) {
                return;
            }
            if (request.control() != null) {
                control(ch, request.control());
                return;
            }
            if (stamp(codeJar) != codeStamp) {
                // pyhost was rebuilt since this daemon started: the client runs the new one,
                // and this daemon ends
                Frames.write(ch, Frames.IN_PROCESS, "");
                log("pyhost was rebuilt: stopping");
                close();
                return;
            }
            run(ch, request);
        } catch (IOException e) {
            // the client hung up
        } catch (RuntimeException | Error e) {
            log("a run failed: " + e);
        }
    }

    private void stopWhenIdle() {
        long tick = Math.max(100, Math.min(idleLimit.toMillis() / 4, 30_000));
        try {
            while (stopped.getCount() > 0) {
                Thread.sleep(tick);
                if (active.get() == 0 && System.nanoTime() - lastActivity > idleLimit.toNanos()) {
                    log("no run for " + IdleLimit.describe(idleLimit) + ": stopping");
                    close();
                }
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    private void run(SocketChannel ch, Request request) throws IOException {
        lastActivity = System.nanoTime();
        active.incrementAndGet();
        runs.incrementAndGet();
        Connection conn = new Connection(ch);
        try {
            conn.startReading();
            PrintStream out = new PrintStream(conn.out, true, StandardCharsets.UTF_8);
            PrintStream err = new PrintStream(conn.err, true, StandardCharsets.UTF_8);
            Invocation io = new Invocation(request.env(), request.cwd(), conn.in, out, err, request.ttys()[0],
                    (engine, target, argv0, args, pythonPath, unbuffered) ->
                            runOnWarmHost(conn, request, engine, target, argv0, args, pythonPath, unbuffered));
            int status;
            try {
                status = new PyhostCommand(io).run(request.argv().toArray(new String[0]));
            } finally {
                out.flush();
                err.flush();
            }
            if (conn.hungUp()) {
                return;
            }
            if (status == ExitStatus.IN_PROCESS) {
                conn.send(Frames.IN_PROCESS, "");
            } else {
                conn.send(Frames.EXIT, Integer.toString(status));
            }
        } finally {
            conn.finish(); // every frame written before the channel closes
            lastActivity = System.nanoTime();
            active.decrementAndGet();
        }
    }

    private int runOnWarmHost(Connection conn, Request request, Engine engine, MainTarget target, String argv0,
                              List<String> args, List<Path> pythonPath, boolean unbuffered) {
        long t0 = System.nanoTime();
        boolean terminalOut = request.ttys()[1];
        WarmHosts.Kind kind = WarmHosts.Kind.of(engine, request.ttys(), unbuffered);
        boolean pooled = pythonPath.isEmpty();
        WarmHosts.Warm w = pooled
                ? warm.take(kind)
                : WarmHosts.start(kind, request.env(), request.cwd(), pythonPath);
        long tTaken = System.nanoTime();
        w.relay().bind(conn);
        PyHost host = w.host();
        // a signal sent to the client (the run's process) goes to the script; one whose default
        // action ends a process ends the run, and the client dies of it
        java.util.concurrent.atomic.AtomicInteger diedOf = new java.util.concurrent.atomic.AtomicInteger();
        conn.onSignal(n -> {
            if (host.signal(n) && diedOf.compareAndSet(0, n)) {
                conn.silence(); // a process killed by a signal writes nothing more
                host.stop();
            }
        });
        int status;
        long t1 = System.nanoTime();
        long t2 = t1;
        try {
            Binding.apply(host, request.cwd(), request.env(), request.pid(), request.ppid(),
                    terminalOut && !unbuffered, request.terminalSize());
            List<String> argv = new ArrayList<>();
            argv.add(argv0);
            argv.addAll(args);
            t2 = System.nanoTime();
            Object r = host.call("__import__('_pyhost').run_main", target.kind(), target.value(), argv, true);
            List<?> outcome = (List<?>) r;
            status = ((Number) outcome.get(0)).intValue();
            Object type = outcome.get(1);
            if ("KeyboardInterrupt".equals(type == null ? null : type.toString()) && engine.pythonMajor() >= 3) {
                status = ExitStatus.DIE_OF_SIGINT;
            }
        } catch (SystemExitException e) {
            status = e.exitStatus();
        } catch (PythonException e) {
            if (!e.tracebackText().isEmpty()) {
                try {
                    conn.err.write(e.tracebackText().getBytes(StandardCharsets.UTF_8));
                } catch (IOException gone) {
                    // the client hung up
                }
            }
            status = ExitStatus.FAILURE;
        } catch (RuntimeException e) {
            if (diedOf.get() == 0) {
                throw e;
            }
            status = -diedOf.get(); // the engine, stopped under the run, reports that it was
        } finally {
            conn.onSignal(n -> { });
        }
        if (diedOf.get() != 0) {
            status = -diedOf.get();
        }
        long t3 = System.nanoTime();
        try {
            host.close(); // exit handlers run here, their output still reaches the client
        } finally {
            if (pooled) {
                warm.refill(kind);
            }
        }
        if (TRACE) {
            log(String.format("%s run: host %.1f ms (%s %.1f ms), bind %.1f ms, main %.1f ms, close %.1f ms", engine.id(),
                    (t1 - t0) / 1e6, w.spare() ? "spare" : "started", (tTaken - t0) / 1e6, (t2 - t1) / 1e6, (t3 - t2) / 1e6, (System.nanoTime() - t3) / 1e6));
        }
        return status;
    }

    private void control(SocketChannel ch, String what) throws IOException {
        switch (what) {
            case "status" -> Frames.write(ch, Frames.REPLY, "pid " + ProcessHandle.current().pid()
                    + ", up " + Duration.between(started, Instant.now()).toSeconds() + " s, runs " + runs.get()
                    + " (" + active.get() + " now), spare hosts: " + warm.describe());
            case "stop" -> {
                Frames.write(ch, Frames.REPLY, "stopping");
                close();
            }
            default -> Frames.write(ch, Frames.REPLY, "unknown request " + what);
        }
    }

    /** Stops listening, removes the socket and ends the spares; runs in progress finish. */
    @Override
    public synchronized void close() {
        if (stopped.getCount() == 0) {
            return;
        }
        try {
            if (server != null) {
                server.close();
            }
            Files.deleteIfExists(paths.socket());
        } catch (IOException e) {
            log("cannot remove the socket: " + e);
        }
        warm.close();
        stopped.countDown();
    }

    private static String peerUser(SocketChannel ch) {
        try {
            UnixDomainPrincipal p = ch.getOption(ExtendedSocketOptions.SO_PEERCRED);
            return p.user().getName();
        } catch (IOException | UnsupportedOperationException e) {
            return "(unknown: " + e + ")";
        }
    }

    private static Path codeJar() {
        try {
            return Path.of(DaemonServer.class.getProtectionDomain().getCodeSource().getLocation().toURI());
        } catch (Exception e) {
            return null;
        }
    }

    private static long stamp(Path jar) {
        try {
            return jar == null || !Files.isRegularFile(jar) ? 0 : Files.getLastModifiedTime(jar).toMillis();
        } catch (IOException e) {
            return -1;
        }
    }

    static void log(String message) {
        System.err.println(Instant.now() + " pyhost daemon: " + message);
    }

    /** A client's run request, or a control request. */
    record Request(String control, List<String> argv, Map<String, String> env, Path cwd, boolean[] ttys,
                   int[] terminalSize, int pid, int ppid) {
        static Request read(SocketChannel ch) throws IOException {
            List<String> argv = new ArrayList<>();
            Map<String, String> env = new LinkedHashMap<>();
            Path cwd = null;
            boolean[] ttys = new boolean[3];
            int[] size = null;
            int pid = 0;
            int ppid = 0;
            for (Frames.Frame f; (f = Frames.read(ch)) != null; ) {
                switch (f.type()) {
                    case Frames.CONTROL -> {
                        return new Request(f.text(), List.of(), Map.of(), null, ttys, null, 0, 0);
                    }
                    case Frames.ARG -> argv.add(f.text());
                    case Frames.ENV -> {
                        String e = f.text();
                        int eq = e.indexOf('=');
                        if (eq > 0) {
                            env.putIfAbsent(e.substring(0, eq), e.substring(eq + 1));
                        }
                    }
                    case Frames.CWD -> cwd = Path.of(f.text());
                    case Frames.TTY -> {
                        String[] t = f.text().trim().split(" ");
                        for (int i = 0; i < Math.min(3, t.length); i++) {
                            ttys[i] = t[i].equals("1");
                        }
                        if (t.length >= 5 && !t[3].equals("0")) {
                            size = new int[] {Integer.parseInt(t[3]), Integer.parseInt(t[4])};
                        }
                    }
                    case Frames.PIDS -> {
                        String[] p = f.text().trim().split(" ");
                        pid = Integer.parseInt(p[0]);
                        ppid = p.length > 1 ? Integer.parseInt(p[1]) : 0;
                    }
                    case Frames.GO -> {
                        if (cwd == null) {
                            throw new IOException("a request without a working directory");
                        }
                        return new Request(null, argv, env, cwd, ttys, size, pid, ppid);
                    }
                    default -> {
                        // a frame this daemon does not know: ignored
                    }
                }
            }
            return null;
        }
    }
}
