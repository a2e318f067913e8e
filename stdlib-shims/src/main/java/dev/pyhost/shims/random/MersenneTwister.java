package dev.pyhost.shims.random;

import java.math.BigInteger;

/**
 * CPython 2.7's random number generator (Modules/_randommodule.c): MT19937 seeded by
 * init_by_array from the seed's 32-bit words, random() from two 32-bit outputs (53 bits),
 * getrandbits() from whole words, jumpahead() as its state permutation. The state words are
 * C unsigned longs there; every operation here keeps them in 32 bits where CPython masks them,
 * so the same seed gives the same numbers.
 */
public final class MersenneTwister {
    private static final int N = 624;
    private static final int M = 397;
    private static final long MATRIX_A = 0x9908b0dfL;
    private static final long UPPER_MASK = 0x80000000L;
    private static final long LOWER_MASK = 0x7fffffffL;
    private static final long WORD = 0xffffffffL;
    private static final BigInteger WORD_MASK = BigInteger.valueOf(WORD);

    private final long[] mt = new long[N];
    private int index = N + 1;

    /** Seeds from a non-negative integer, split into 32-bit words from the right. */
    public synchronized void seed(BigInteger n) {
        if (n.signum() < 0) {
            n = n.negate();
        }
        int words = Math.max(1, (n.bitLength() + 31) / 32);
        long[] key = new long[words];
        for (int i = 0; i < words; i++) {
            key[i] = n.and(WORD_MASK).longValue();
            n = n.shiftRight(32);
        }
        initByArray(key);
    }

    private void initGenrand(long s) {
        mt[0] = s & WORD;
        for (int i = 1; i < N; i++) {
            mt[i] = (1812433253L * (mt[i - 1] ^ (mt[i - 1] >>> 30)) + i) & WORD;
        }
        index = N;
    }

    private void initByArray(long[] key) {
        initGenrand(19650218L);
        int i = 1;
        int j = 0;
        for (int k = Math.max(N, key.length); k > 0; k--) {
            mt[i] = ((mt[i] ^ (((mt[i - 1] ^ (mt[i - 1] >>> 30)) * 1664525L) & WORD)) + key[j] + j) & WORD;
            i++;
            j++;
            if (i >= N) {
                mt[0] = mt[N - 1];
                i = 1;
            }
            if (j >= key.length) {
                j = 0;
            }
        }
        for (int k = N - 1; k > 0; k--) {
            mt[i] = ((mt[i] ^ (((mt[i - 1] ^ (mt[i - 1] >>> 30)) * 1566083941L) & WORD)) - i) & WORD;
            i++;
            if (i >= N) {
                mt[0] = mt[N - 1];
                i = 1;
            }
        }
        mt[0] = 0x80000000L;
    }

    private long next32() {
        if (index >= N) {
            int kk;
            for (kk = 0; kk < N - M; kk++) {
                long y = (mt[kk] & UPPER_MASK) | (mt[kk + 1] & LOWER_MASK);
                mt[kk] = mt[kk + M] ^ (y >>> 1) ^ ((y & 1) != 0 ? MATRIX_A : 0);
            }
            for (; kk < N - 1; kk++) {
                long y = (mt[kk] & UPPER_MASK) | (mt[kk + 1] & LOWER_MASK);
                mt[kk] = mt[kk + (M - N)] ^ (y >>> 1) ^ ((y & 1) != 0 ? MATRIX_A : 0);
            }
            long y = (mt[N - 1] & UPPER_MASK) | (mt[0] & LOWER_MASK);
            mt[N - 1] = mt[M - 1] ^ (y >>> 1) ^ ((y & 1) != 0 ? MATRIX_A : 0);
            index = 0;
        }
        long y = mt[index++];
        y ^= y >>> 11;
        y ^= (y << 7) & 0x9d2c5680L;
        y ^= (y << 15) & 0xefc60000L;
        y ^= y >>> 18;
        return y & WORD;
    }

    /** random(): a float in [0, 1) with 53 random bits. */
    public synchronized double random() {
        long a = next32() >>> 5;
        long b = next32() >>> 6;
        return (a * 67108864.0 + b) * (1.0 / 9007199254740992.0);
    }

    /** getrandbits(k) for 0 < k <= 32. */
    public synchronized long bits32(int k) {
        return next32() >>> (32 - k);
    }

    /** getrandbits(k) for k > 32: whole words, the first ones the lowest. */
    public synchronized BigInteger bits(int k) {
        int words = (k - 1) / 32 + 1;
        byte[] bigEndian = new byte[words * 4 + 1]; // a leading zero byte: never negative
        for (int w = 0; w < words; w++, k -= 32) {
            long r = next32();
            if (k < 32) {
                r >>>= 32 - k;
            }
            int at = bigEndian.length - 1 - w * 4;
            for (int b = 0; b < 4; b++) {
                bigEndian[at - b] = (byte) (r >>> (8 * b));
            }
        }
        return new BigInteger(bigEndian);
    }

    /** getstate(): the 624 state words, then the index. */
    public synchronized long[] state() {
        long[] state = new long[N + 1];
        System.arraycopy(mt, 0, state, 0, N);
        state[N] = index;
        return state;
    }

    /** setstate(): the 624 words as decimal numbers separated by commas (taken to 32 bits), an
     * index in 0..624. */
    public synchronized void setState(String words, long newIndex) {
        String[] parts = words.split(",");
        if (parts.length != N || newIndex < 0 || newIndex > N) {
            throw new IllegalArgumentException("invalid state");
        }
        for (int i = 0; i < N; i++) {
            mt[i] = Long.parseLong(parts[i]) & WORD;
        }
        index = (int) newIndex;
    }

    /** jumpahead(n): swaps each word i (from the last down to 2) with word n mod i, then adds
     * i+1 to word i. */
    public synchronized void jumpahead(BigInteger n) {
        for (int i = N - 1; i > 1; i--) {
            int j = n.mod(BigInteger.valueOf(i)).intValue();
            long tmp = mt[i];
            mt[i] = mt[j];
            mt[j] = tmp;
        }
        long nonzero = 0;
        for (int i = 0; i < N; i++) {
            mt[i] = (mt[i] + i + 1) & WORD;
            nonzero |= mt[i];
        }
        if (nonzero == 0) {
            mt[0] = 0x80000000L;
        }
        index = N;
    }
}
