package dev.pyhost.cli.daemon;

import java.io.File;
import java.io.IOException;
import java.io.PrintStream;
import java.lang.management.ManagementFactory;
import java.net.StandardProtocolFamily;
import java.net.UnixDomainSocketAddress;
import java.nio.channels.SocketChannel;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/** {@code pyhost --daemon start|stop|status}: the daemon's life, driven from the command line. */
public final class DaemonControl {
    /** The system property with the JIT JVM's command (one word a line), set by the launcher. */
    private static final String JIT_COMMAND = "pyhost.jit.command";
    private static final long START_TIMEOUT_MS = 180_000;

    private DaemonControl() {
    }

    /** Runs one action; returns the exit status (0 done, 1 failed or not running, 2 bad action). */
    public static int command(String action, Map<String, String> env, PrintStream out, PrintStream err) {
        DaemonPaths paths = DaemonPaths.from(env);
        try {
            return switch (action) {
                case "start" -> start(paths, out, err);
                case "stop" -> stop(paths, out);
                case "status" -> status(paths, out);
                default -> {
                    err.println("pyhost: --daemon takes start, stop or status, not '" + action + "'");
                    yield 2;
                }
            };
        } catch (IOException e) {
            err.println("pyhost: daemon " + action + ": " + e.getMessage());
            return 1;
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return 1;
        }
    }

    private static int status(DaemonPaths paths, PrintStream out) {
        String reply = ask(paths.socket(), "status");
        if (reply == null) {
            out.println("pyhost: no daemon is running (" + paths.socket() + ")");
            return 1;
        }
        out.println("pyhost: daemon running on " + paths.socket() + ": " + reply);
        return 0;
    }

    private static int stop(DaemonPaths paths, PrintStream out) throws InterruptedException {
        if (ask(paths.socket(), "stop") == null) {
            out.println("pyhost: no daemon is running (" + paths.socket() + ")");
            return 0;
        }
        for (int i = 0; i < 200 && Files.exists(paths.socket()); i++) {
            Thread.sleep(50);
        }
        out.println("pyhost: daemon stopped");
        return 0;
    }

    private static int start(DaemonPaths paths, PrintStream out, PrintStream err) throws IOException, InterruptedException {
        String reply = ask(paths.socket(), "status");
        if (reply != null) {
            out.println("pyhost: daemon already running on " + paths.socket() + ": " + reply);
            return 0;
        }
        paths.ensurePrivate();
        List<String> command = new ArrayList<>();
        if (new File("/usr/bin/setsid").canExecute()) {
            command.add("/usr/bin/setsid"); // its own session: a terminal's Ctrl-C never reaches it
        }
        command.addAll(javaCommand());
        command.add(DaemonMain.class.getName());
        command.add(paths.dir().toString());
        Process p = new ProcessBuilder(command)
                .directory(paths.dir().toFile())
                .redirectInput(ProcessBuilder.Redirect.from(new File("/dev/null")))
                .redirectOutput(ProcessBuilder.Redirect.appendTo(paths.log().toFile()))
                .redirectErrorStream(true)
                .start();
        long deadline = System.currentTimeMillis() + START_TIMEOUT_MS;
        while (System.currentTimeMillis() < deadline) {
            reply = ask(paths.socket(), "status");
            if (reply != null) {
                out.println("pyhost: daemon started on " + paths.socket() + ": " + reply);
                return 0;
            }
            if (!p.isAlive() && p.exitValue() != 0) {
                break;
            }
            Thread.sleep(50);
        }
        err.println("pyhost: the daemon did not start; see " + paths.log());
        return 1;
    }

    /**
     * The daemon's JVM: the JIT JVM the launcher describes (a long-lived process gains from the
     * Graal JIT), else this JVM's own java, options and class path.
     */
    private static List<String> javaCommand() {
        String jit = System.getProperty(JIT_COMMAND);
        if (jit != null && !jit.isBlank()) {
            return jit.lines().filter(l -> !l.isEmpty()).toList();
        }
        List<String> c = new ArrayList<>();
        c.add(Path.of(System.getProperty("java.home"), "bin", "java").toString());
        for (String o : ManagementFactory.getRuntimeMXBean().getInputArguments()) {
            if (!o.startsWith("-XX:AOTCache") && !o.startsWith("-Xlog:aot") && !o.startsWith("-Xlog:cds")
                    && !o.startsWith("-D" + JIT_COMMAND) && !o.startsWith("-Dpyhost.graalpy.command")) {
                c.add(o);
            }
        }
        c.add("-cp");
        c.add(System.getProperty("java.class.path"));
        return c;
    }

    /** Sends a control request; the reply, or null when no daemon answers there. */
    static String ask(Path socket, String what) {
        if (!Files.exists(socket)) {
            return null;
        }
        try (SocketChannel ch = SocketChannel.open(StandardProtocolFamily.UNIX)) {
            ch.connect(UnixDomainSocketAddress.of(socket));
            Frames.write(ch, Frames.CONTROL, what);
            Frames.Frame f = Frames.read(ch);
            return f != null && f.type() == Frames.REPLY ? f.text() : null;
        } catch (IOException e) {
            return null;
        }
    }

    static boolean answers(Path socket) {
        return ask(socket, "status") != null;
    }
}
