package dev.pyhost.shims.multiprocessing;

/**
 * The memory behind {@code multiprocessing.Value} and {@code Array}: elements of one ctypes
 * typecode, shared by the sessions of the JVM. Integers wrap to the type's width as ctypes
 * wraps them; 'f' rounds to single precision. Element access is atomic; compound updates
 * ({@code v.value += 1}) need the lock, as under CPython.
 */
public final class SharedArray {
    private final String typecode;
    private final long[] ints;
    private final double[] floats;

    public SharedArray(String typecode, int size) {
        if (!isKnown(typecode)) {
            throw new IllegalArgumentException("unknown typecode " + typecode);
        }
        this.typecode = typecode;
        boolean real = typecode.equals("f") || typecode.equals("d");
        this.ints = real ? null : new long[size];
        this.floats = real ? new double[size] : null;
    }

    public static boolean isKnown(String typecode) {
        return typecode.length() == 1 && "cbBuhHiIlLqQfd?".contains(typecode);
    }

    public String typecode() {
        return typecode;
    }

    public int length() {
        return ints != null ? ints.length : floats.length;
    }

    public boolean isReal() {
        return floats != null;
    }

    public synchronized long getInt(int i) {
        return ints[i];
    }

    public synchronized double getFloat(int i) {
        return floats[i];
    }

    public synchronized void setInt(int i, long v) {
        ints[i] = wrap(v);
    }

    public synchronized void setFloat(int i, double v) {
        floats[i] = typecode.equals("f") ? (float) v : v;
    }

    private long wrap(long v) {
        return switch (typecode) {
            case "b" -> (byte) v;
            case "B", "c" -> v & 0xff;
            case "h" -> (short) v;
            case "H" -> v & 0xffff;
            case "i" -> (int) v;
            case "I", "u" -> v & 0xffffffffL;
            case "?" -> v != 0 ? 1 : 0;
            default -> v;
        };
    }
}
