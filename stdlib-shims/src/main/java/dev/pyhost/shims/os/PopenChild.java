package dev.pyhost.shims.os;

/**
 * What {@code os.popen} hands its glue: the same read/write/close as {@link ChildProcess}, over a
 * child started by {@link Processes} so {@link #close()} gives the exact wait status.
 */
public final class PopenChild {
    private final Processes processes;
    private final Child child;
    private final PipeEnd pipe;

    PopenChild(Processes processes, Child child, boolean write) {
        this.processes = processes;
        this.child = child;
        this.pipe = write ? child.stdin() : child.stdout();
    }

    public long pid() {
        return child.pid();
    }

    /** Buffered reading of the child's stdout. */
    public PipeReader reader() {
        return pipe.reader(false);
    }

    /** Up to {@code max} bytes of the child's stdout; an empty string at end of file. */
    public String read(int max) {
        String s = pipe.read(max);
        return s == null ? "" : s;
    }

    /** Writes bytes (one char per byte) to the child's stdin. */
    public void write(String bytes) {
        pipe.write(bytes);
    }

    /** Closes the pipe, waits for the child, and returns its wait status. */
    public long close() throws InterruptedException {
        pipe.close();
        child.waitFor(-1);
        processes.forget(child.pid());
        return child.status();
    }
}
