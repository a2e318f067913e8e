package dev.pyhost.engine.graalpy;

import dev.pyhost.Engine;
import dev.pyhost.PyHost;
import dev.pyhost.PythonException;
import org.junit.jupiter.api.Test;

import java.io.File;
import java.nio.charset.StandardCharsets;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * {@link PyHost#interrupt()} stops a busy loop also in a JVM that ignores SIGINT (started as a
 * background job, or by a process that ignores it), where GraalPy can install no handler for it:
 * the code gets a KeyboardInterrupt it can catch, the caller gets it too, and the globals
 * survive. Before, the interrupt did nothing there (a daemon started from a background job
 * ignored its clients' Ctrl-C in Python 3 scripts). The host runs in a child JVM started with
 * SIGINT ignored.
 */
class InterruptWithSigintIgnoredTest {

    @Test
    void interruptReachesABusyLoopWhenTheProcessIgnoresSigint() throws Exception {
        String java = System.getProperty("java.home") + "/bin/java";
        String cp = System.getProperty("java.class.path");
        Process p = new ProcessBuilder("/bin/sh", "-c", "trap '' INT; exec \"$0\" \"$@\"", java,
                "--enable-native-access=ALL-UNNAMED", "--sun-misc-unsafe-memory-access=allow",
                "-cp", cp, Child.class.getName())
                .redirectErrorStream(true)
                .redirectInput(ProcessBuilder.Redirect.from(new File("/dev/null")))
                .start();
        CompletableFuture<String> out = CompletableFuture.supplyAsync(() -> {
            try {
                return new String(p.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
            } catch (java.io.IOException e) {
                return e.toString();
            }
        });
        boolean ended = p.waitFor(240, TimeUnit.SECONDS);
        if (!ended) {
            p.destroyForcibly();
        }
        String printed = out.get();
        assertThat(ended).as("the child JVM ended; it printed:%n%s", printed).isTrue();
        assertThat(printed).contains("sigint ignored: true")
                .contains("interrupted: KeyboardInterrupt")
                .contains("after: 43 true caught true")
                // SIGINT stays ignored, as CPython leaves it; the signal borrowed is given back
                .contains("handlers: 1 0");
        assertThat(p.exitValue()).as(printed).isZero();
    }

    /** The child JVM's program. */
    public static final class Child {
        public static void main(String[] args) throws Exception {
            String status = java.nio.file.Files.readString(java.nio.file.Path.of("/proc/self/status"));
            long ignored = status.lines().filter(l -> l.startsWith("SigIgn:"))
                    .mapToLong(l -> Long.parseUnsignedLong(l.substring(7).trim(), 16)).findFirst().orElse(0);
            System.out.println("sigint ignored: " + ((ignored & 2) != 0));
            try (PyHost host = PyHost.newBuilder().engine(Engine.GRAALPY).build()) {
                CountDownLatch started = new CountDownLatch(1);
                host.put("started", started);
                host.exec("before = 6 * 7\n");
                CompletableFuture<Void> loop = CompletableFuture.runAsync(
                        () -> host.exec("n = 0\ncaught = False\nstarted.countDown()\ntry:\n"
                                + "    while True:\n        n += 1\nexcept KeyboardInterrupt:\n    caught = True\n    raise\n"));
                started.await(120, TimeUnit.SECONDS);
                Thread.sleep(200);
                host.interrupt();
                try {
                    loop.get(120, TimeUnit.SECONDS);
                    System.out.println("interrupted: the loop ended by itself");
                } catch (java.util.concurrent.ExecutionException e) {
                    System.out.println("interrupted: " + (e.getCause() instanceof PythonException pe && pe.isKeyboardInterrupt()
                            ? "KeyboardInterrupt" : e.getCause()));
                } catch (java.util.concurrent.TimeoutException e) {
                    System.out.println("interrupted: not within 120 s");
                    System.out.flush();
                    Runtime.getRuntime().halt(3);
                }
                host.exec("after = before + 1\n");
                System.out.println("after: " + host.eval("after") + " " + host.eval("n > 0") + " caught " + host.eval("caught"));
                host.exec("import signal\n");
                System.out.println("handlers: " + host.eval("int(signal.getsignal(signal.SIGINT))") + " "
                        + host.eval("int(signal.getsignal(signal.SIGUSR1))"));
            }
            System.out.flush();
            Runtime.getRuntime().halt(0);
        }
    }

}
