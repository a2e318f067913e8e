package dev.pyhost.shims.multiprocessing;

import dev.pyhost.spi.ShimContext;

import java.io.IOException;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicLong;

/**
 * The Java core of {@code multiprocessing}. Children are interpreter states of the same JVM
 * ({@link Child}); what they share with the parent (locks, queues, pipes, shared memory, manager
 * stores) are Java objects of this package, found by id in a JVM-wide table so that a pickled
 * handle means the same object in every session.
 */
public final class MpCore {
    private static final Map<Long, Object> SHARED = new ConcurrentHashMap<>();
    private static final AtomicLong IDS = new AtomicLong();
    private static final String IMPL = dev.pyhost.shims.GlueSource.load("multiprocessing/multiprocessing_impl.py")
            + dev.pyhost.shims.GlueSource.load("multiprocessing/multiprocessing_fork.py")
            + dev.pyhost.shims.GlueSource.load("multiprocessing/multiprocessing_main.py")
            + dev.pyhost.shims.GlueSource.load("multiprocessing/multiprocessing_logging.py")
            + dev.pyhost.shims.GlueSource.load("multiprocessing/multiprocessing_export.py");
    /** Code compiled once per JVM: code objects any session may run (Jython), or marshalled code (GraalPy). */
    private static final Map<String, Object> COMPILED = new ConcurrentHashMap<>();
    private final ShimContext context;

    public MpCore(ShimContext context) {
        this.context = context;
    }

    /** Registers a shared object; returns the id its pickled handle carries. */
    public long share(Object o) {
        long id = IDS.incrementAndGet();
        SHARED.put(id, o);
        return id;
    }

    /** The shared object with this id, or null. */
    public Object shared(long id) {
        return SHARED.get(id);
    }

    public SemLock newSemLock(boolean recursive, int value, int maxValue) {
        return new SemLock(recursive, value, maxValue);
    }

    public Channel newChannel(int maxSize) {
        return new Channel(maxSize);
    }

    public LogWire newLogWire() {
        return new LogWire();
    }

    public SharedArray newArray(String typecode, int size) {
        return new SharedArray(typecode, size);
    }

    public SharedStore newStore() {
        return new SharedStore();
    }

    public boolean isTypecode(String typecode) {
        return SharedArray.isKnown(typecode);
    }

    /**
     * Starts a child running {@code payload} (what the glue pickled) in a fresh session, with
     * {@code handed}, objects its pickle refers to that go over as they are (Jython's code objects).
     */
    public Child startChild(String name, String payload, Object handed, String cwd, Map<?, ?> env,
            long parentPid) throws IOException {
        return new Child(context.engine(), context.stdio(), name, payload, handed, cwd, env, parentPid);
    }

    /** The module's body (the glue compiles it). */
    public String implSource() {
        return IMPL;
    }

    /** Code an earlier session of this JVM compiled under this key, or null. */
    public Object cachedCode(String key) {
        return COMPILED.get(key);
    }

    public void cacheCode(String key, Object code) {
        COMPILED.put(key, code);
    }

    /** The parent is exiting: the warm sessions kept for its children are closed. */
    public void dropSpares() {
        Spares.drop(context.engine(), context.stdio());
    }

    public int cpuCount() {
        return Runtime.getRuntime().availableProcessors();
    }
}
