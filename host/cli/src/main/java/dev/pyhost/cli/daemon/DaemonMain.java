package dev.pyhost.cli.daemon;

import java.nio.file.Path;

/**
 * The daemon's JVM: {@code java ... dev.pyhost.cli.daemon.DaemonMain DIR}, started by
 * {@code pyhost --daemon start} ({@link DaemonControl}); ends when asked to stop.
 */
public final class DaemonMain {
    private DaemonMain() {
    }

    public static void main(String[] args) throws Exception {
        if (args.length != 1) {
            System.err.println("usage: DaemonMain SOCKET-FOLDER");
            System.exit(2);
        }
        DaemonServer server = new DaemonServer(new DaemonPaths(Path.of(args[0])), System.getenv());
        try {
            server.start();
        } catch (Exception e) {
            DaemonServer.log("cannot start: " + e.getMessage());
            System.exit(1);
        }
        Runtime.getRuntime().addShutdownHook(new Thread(server::close));
        DaemonServer.log("listening on " + Path.of(args[0]).resolve("daemon.sock") + ", pid " + ProcessHandle.current().pid());
        server.awaitStop();
        DaemonServer.log("stopped");
        // runs still in progress had their chance; a script's stray non-daemon threads must not
        // keep the daemon alive
        System.exit(0);
    }
}
