package dev.pyhost.cli;

/**
 * The {@code pyhost} command: behaves like {@code python}. The only class that calls
 * {@link System#exit}.
 */
public final class Main {
    private Main() {
    }

    public static void main(String[] args) {
        int status = new PyhostCommand(System.getenv()).run(args);
        System.out.flush();
        System.err.flush();
        int signal = ExitStatus.signalToDieOf(status);
        if (signal != 0) {
            SignalBridge.dieOf(signal);
        }
        System.exit(status & 0xff);
    }
}
