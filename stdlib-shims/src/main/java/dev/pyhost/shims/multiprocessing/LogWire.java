package dev.pyhost.shims.multiprocessing;

import java.util.concurrent.CountDownLatch;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.TimeUnit;

/**
 * Carries a child's log records (pickled, as ISO-8859-1 strings) to the session that started
 * it, whose handlers write them: a forked child writes through its parent's open files, and so
 * must pyhost's, or its lines would be lost, or written over the parent's. A child waits until
 * its record is handled, as a forked child's write has happened when its logging call returns.
 */
public final class LogWire {
    private final LinkedBlockingQueue<Entry> entries = new LinkedBlockingQueue<>();

    /** One record on its way, and the word that it was handled. */
    public static final class Entry {
        private final String record;
        private final CountDownLatch handled = new CountDownLatch(1);

        Entry(String record) {
            this.record = record;
        }

        public String record() {
            return record;
        }

        /** Called by the parent once its handlers have the record. */
        public void done() {
            handled.countDown();
        }

        /** Waits at most {@code timeout} seconds for {@link #done}; true once it was called. */
        public boolean awaitHandled(double timeout) {
            try {
                return handled.await(nanos(timeout), TimeUnit.NANOSECONDS);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                return false;
            }
        }
    }

    /** The child's side: queues a record. */
    public Entry post(String record) {
        Entry entry = new Entry(record);
        entries.add(entry);
        return entry;
    }

    /**
     * The parent's side: the next entry, waiting at most {@code timeout} seconds; null if none.
     * An entry from {@link #wake} has a null record.
     */
    public Entry take(double timeout) {
        try {
            return entries.poll(nanos(timeout), TimeUnit.NANOSECONDS);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return null;
        }
    }

    /**
     * Wakes the parent's {@link #take} with an entry that carries no record, so that its
     * listener looks at once whether any child is left, rather than when its wait times out.
     */
    public void wake() {
        entries.add(new Entry(null));
    }

    public boolean isEmpty() {
        return entries.isEmpty();
    }

    private static long nanos(double seconds) {
        return (long) (Math.max(seconds, 0) * 1e9);
    }
}
