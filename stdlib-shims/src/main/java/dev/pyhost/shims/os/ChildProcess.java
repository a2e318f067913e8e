package dev.pyhost.shims.os;

import dev.pyhost.spi.Stdio;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;

/**
 * A started child process whose standard streams are the session's: inherited when the session
 * uses the process's own, otherwise copied to and from the session's Java streams. One stream
 * may instead be a pipe to the caller ({@link Pipe}). Bytes cross to Python as ISO-8859-1
 * strings, one char per byte, which both engines pass without conversion.
 */
public final class ChildProcess {
    /** Which stream, if any, is a pipe to the caller. */
    public enum Pipe { NONE, STDIN, STDOUT }

    private final Process process;
    private final Pipe pipe;
    private final List<Thread> pumps;

    private ChildProcess(Process process, Pipe pipe, List<Thread> pumps) {
        this.process = process;
        this.pipe = pipe;
        this.pumps = pumps;
    }

    static ChildProcess start(ProcessBuilder pb, Stdio stdio, Pipe pipe) throws IOException {
        if (pipe != Pipe.STDIN) {
            pb.redirectInput(stdio.inheritedIn() ? ProcessBuilder.Redirect.INHERIT : ProcessBuilder.Redirect.PIPE);
        }
        if (pipe != Pipe.STDOUT) {
            pb.redirectOutput(stdio.inheritedOut() ? ProcessBuilder.Redirect.INHERIT : ProcessBuilder.Redirect.PIPE);
        }
        pb.redirectError(stdio.inheritedErr() ? ProcessBuilder.Redirect.INHERIT : ProcessBuilder.Redirect.PIPE);
        Process p = pb.start();
        List<Thread> pumps = new ArrayList<>();
        if (pipe != Pipe.STDIN && !stdio.inheritedIn()) {
            p.getOutputStream().close();
        }
        if (pipe != Pipe.STDOUT && !stdio.inheritedOut()) {
            pumps.add(pump(p.getInputStream(), stdio.out()));
        }
        if (!stdio.inheritedErr()) {
            pumps.add(pump(p.getErrorStream(), stdio.err()));
        }
        return new ChildProcess(p, pipe, pumps);
    }

    private static Thread pump(InputStream from, OutputStream to) {
        return Thread.ofVirtual().start(() -> {
            byte[] buf = new byte[8192];
            try (from) {
                int n;
                while ((n = from.read(buf)) > 0) {
                    synchronized (to) {
                        to.write(buf, 0, n);
                        to.flush();
                    }
                }
            } catch (IOException ignored) {
                // the child closed its end or the session's stream is gone: nothing more to copy
            }
        });
    }

    public long pid() {
        return process.pid();
    }

    /** Up to {@code max} bytes of the child's stdout; an empty string at end of file. */
    public String read(int max) throws IOException {
        byte[] buf = new byte[Math.max(1, max)];
        int n = process.getInputStream().read(buf);
        return n <= 0 ? "" : new String(buf, 0, n, StandardCharsets.ISO_8859_1);
    }

    /** Writes bytes (one char per byte) to the child's stdin. */
    public void write(String bytes) throws IOException {
        OutputStream out = process.getOutputStream();
        out.write(bytes.getBytes(StandardCharsets.ISO_8859_1));
        out.flush();
    }

    /** Closes the pipe, waits for the child, and returns its wait status. */
    public long close() throws IOException, InterruptedException {
        if (pipe == Pipe.STDIN) {
            process.getOutputStream().close();
        } else if (pipe == Pipe.STDOUT) {
            process.getInputStream().close();
        }
        return WaitStatus.of(waitFor());
    }

    int waitFor() throws InterruptedException {
        int code = process.waitFor();
        for (Thread t : pumps) {
            t.join();
        }
        return code;
    }
}
