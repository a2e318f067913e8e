package dev.pyhost.shims.multiprocessing;

import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.TimeUnit;

/**
 * A queue of pickled items (bytes as ISO-8859-1 strings, one char per byte) shared by the
 * sessions of one JVM: the wire of {@code multiprocessing.Queue} and of one direction of a
 * {@code Pipe}. A closed channel still hands out what it holds, then reports end of file.
 */
public final class Channel {
    private final LinkedBlockingQueue<String> items;
    private volatile boolean closed;

    /** @param maxSize the capacity, or 0 or less for none */
    public Channel(int maxSize) {
        items = new LinkedBlockingQueue<>(maxSize <= 0 ? Integer.MAX_VALUE : maxSize);
    }

    /** Adds an item, waiting at most {@code timeout} seconds for room; false when full. */
    public boolean put(String item, double timeout) {
        try {
            return timeout <= 0 ? items.offer(item) : items.offer(item, nanos(timeout), TimeUnit.NANOSECONDS);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return false;
        }
    }

    /** The next item, waiting at most {@code timeout} seconds; null when none came. */
    public String get(double timeout) {
        try {
            return timeout <= 0 ? items.poll() : items.poll(nanos(timeout), TimeUnit.NANOSECONDS);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return null;
        }
    }

    public int size() {
        return items.size();
    }

    public boolean isFull() {
        return items.remainingCapacity() == 0;
    }

    public void close() {
        closed = true;
    }

    public boolean isClosed() {
        return closed;
    }

    /** Closed and drained: a reader gets end of file. */
    public boolean atEnd() {
        return closed && items.isEmpty();
    }

    private static long nanos(double seconds) {
        return (long) (seconds * 1e9);
    }
}
