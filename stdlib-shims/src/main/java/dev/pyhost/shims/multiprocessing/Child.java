package dev.pyhost.shims.multiprocessing;

import dev.pyhost.Engine;
import dev.pyhost.PyHost;
import dev.pyhost.PyHostException;
import dev.pyhost.SystemExitException;
import dev.pyhost.spi.Stdio;

import java.io.IOException;
import java.util.HashMap;
import java.util.Map;

/**
 * A {@code multiprocessing} child: a fresh interpreter state (its own {@link PyHost} on the
 * parent's engine, in the same JVM) running on its own threads, so children run in parallel on
 * every core, and start in a fraction of a JVM start.
 *
 * <p>Its pid is that of a real OS process: a placeholder ({@code cat}, reading a pipe from this
 * JVM, so it ends with the JVM) that lives exactly as long as the child. Signals sent to that
 * pid ({@code terminate()}, {@code kill()}, {@code os.kill}) end the child: its Python code is
 * interrupted until it stops, and its exit code is minus the signal, as CPython reports it.
 */
public final class Child {
    private final Engine engine;
    private final Stdio stdio;
    private final String payload;
    private final Object handed;
    private final String cwd;
    private final Map<String, String> env;
    private final long parentPid;
    private final Process placeholder;
    private final Thread runner;
    private volatile PyHost host;
    private volatile boolean finished;
    private volatile int signal;
    private volatile Integer exitCode;

    Child(Engine engine, Stdio stdio, String name, String payload, Object handed, String cwd,
            Map<?, ?> env, long parentPid) throws IOException {
        this.engine = engine;
        this.stdio = stdio;
        this.payload = payload;
        this.handed = handed;
        this.cwd = cwd;
        this.env = new HashMap<>();
        env.forEach((k, v) -> this.env.put(String.valueOf(k), String.valueOf(v)));
        this.parentPid = parentPid;
        this.placeholder = new ProcessBuilder("cat")
                .redirectOutput(ProcessBuilder.Redirect.DISCARD)
                .redirectError(ProcessBuilder.Redirect.DISCARD)
                .start();
        this.runner = new Thread(this::run, "pyhost-child-" + name);
        runner.setDaemon(true);
        placeholder.onExit().thenRun(this::placeholderEnded);
        runner.start();
    }

    private void run() {
        int code = 1;
        try {
            PyHost h = Spares.take(engine, stdio, cwd, env);
            host = h;
            h.put("_pyhost_mp_child", this);
            if (signal == 0) {
                h.exec("import multiprocessing\nmultiprocessing._child_main(_pyhost_mp_child)");
            }
            // _child_main reports its status; a GraalPy session that os._exit(0) ended returns here
            // without it (a non-zero status comes as the SystemExitException below)
            code = exitCode == null ? 0 : exitCode;
        } catch (SystemExitException e) {
            code = exitCode == null ? e.exitStatus() & 0xff : exitCode;
        } catch (PyHostException | IllegalStateException e) {
            code = exitCode == null ? 1 : exitCode;
        } finally {
            finished = true;
            int sig = signal;
            exitCode = sig != 0 ? -sig : code;
            placeholder.destroy();
            closeHost(sig != 0);
        }
    }

    private void closeHost(boolean killed) {
        PyHost h = host;
        if (h == null) {
            return;
        }
        if (killed) {
            // a killed child's leftover threads must not hold up the parent
            Thread t = new Thread(h::close, "pyhost-child-close");
            t.setDaemon(true);
            t.start();
        } else {
            h.close();
        }
    }

    private void placeholderEnded() {
        if (finished) {
            return;
        }
        int status = placeholder.exitValue();
        signal = status > 128 ? status - 128 : 15;
        // first as Ctrl-C, which lets the child flush its streams; then, for code that the
        // interrupt does not reach (a GraalPy busy loop), as the signal's default action
        Thread t = new Thread(() -> {
            for (int round = 0; runner.isAlive(); round++) {
                PyHost h = host;
                if (h != null) {
                    if (round < 3) {
                        h.interrupt();
                    } else {
                        h.stop();
                    }
                }
                try {
                    runner.join(200);
                } catch (InterruptedException e) {
                    return;
                }
            }
        }, "pyhost-child-stop");
        t.setDaemon(true);
        t.start();
    }

    // --- for the parent

    public long pid() {
        return placeholder.pid();
    }

    public long parentPid() {
        return parentPid;
    }

    /** SIGTERM ({@code terminate()}). */
    public void terminate() {
        placeholder.destroy();
    }

    /** SIGKILL ({@code kill()}). */
    public void kill() {
        placeholder.destroyForcibly();
    }

    /** Waits at most {@code timeout} seconds (negative: no limit); true when the child ended. */
    public boolean join(double timeout) throws InterruptedException {
        if (timeout < 0) {
            runner.join();
        } else if (timeout > 0) {
            runner.join(Math.max(1, (long) (timeout * 1000)));
        }
        return !runner.isAlive();
    }

    public boolean isAlive() {
        return runner.isAlive();
    }

    /** The exit code, or null while the child runs. */
    public Integer exitCode() {
        return runner.isAlive() ? null : exitCode;
    }

    // --- for the child's own bootstrap

    public String payload() {
        return payload;
    }

    /** The objects the payload's pickle hands over as they are, or null. */
    public Object handed() {
        return handed;
    }

    /** True once a signal ended the child: its code is being interrupted. */
    public boolean signalled() {
        return signal != 0;
    }

    /** The child's code ended with this exit status. */
    public void exit(int code) {
        exitCode = code;
    }
}
