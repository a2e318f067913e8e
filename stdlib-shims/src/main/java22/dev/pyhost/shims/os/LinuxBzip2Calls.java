package dev.pyhost.shims.os;

import java.lang.foreign.Arena;
import java.lang.foreign.FunctionDescriptor;
import java.lang.foreign.Linker;
import java.lang.foreign.MemorySegment;
import java.lang.foreign.SymbolLookup;
import java.lang.invoke.MethodHandle;
import java.lang.ref.Cleaner;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;

import static java.lang.foreign.ValueLayout.ADDRESS;
import static java.lang.foreign.ValueLayout.JAVA_INT;
import static java.lang.foreign.ValueLayout.JAVA_BYTE;

/**
 * {@link Bzip2Calls} on Linux: the system's libbz2 through the foreign function API, driven as
 * CPython's {@code Modules/_bz2module.c} drives it (BZ_RUN per compress call, BZ_FINISH to end,
 * decompression until the input is used, the output limit is reached or the stream ends).
 */
final class LinuxBzip2Calls implements Bzip2Calls {
    private static final int BZ_RUN = 0;
    private static final int BZ_FINISH = 2;
    private static final int BZ_STREAM_END = 4;
    /** bz_stream on LP64: next_in, avail_in, total_in (2 ints), next_out, avail_out, total_out, state, bzalloc, bzfree, opaque. */
    private static final long SIZE = 80;
    private static final long NEXT_IN = 0;
    private static final long AVAIL_IN = 8;
    private static final long NEXT_OUT = 24;
    private static final long AVAIL_OUT = 32;
    private static final int CHUNK = 32 * 1024;
    /** libbz2 counts bytes in unsigned ints: at most this many per call, as CPython passes. */
    private static final long UINT_MAX_AS_INT = Integer.MAX_VALUE;
    private static final Cleaner CLEANER = Cleaner.create();

    private final MethodHandle compressInit;
    private final MethodHandle compress;
    private final MethodHandle compressEnd;
    private final MethodHandle decompressInit;
    private final MethodHandle decompress;
    private final MethodHandle decompressEnd;
    private final ThreadLocal<int[]> lastError = ThreadLocal.withInitial(() -> new int[1]);

    LinuxBzip2Calls() {
        SymbolLookup lib = library();
        Linker linker = Linker.nativeLinker();
        compressInit = linker.downcallHandle(find(lib, "BZ2_bzCompressInit"),
                FunctionDescriptor.of(JAVA_INT, ADDRESS, JAVA_INT, JAVA_INT, JAVA_INT));
        compress = linker.downcallHandle(find(lib, "BZ2_bzCompress"), FunctionDescriptor.of(JAVA_INT, ADDRESS, JAVA_INT));
        compressEnd = linker.downcallHandle(find(lib, "BZ2_bzCompressEnd"), FunctionDescriptor.of(JAVA_INT, ADDRESS));
        decompressInit = linker.downcallHandle(find(lib, "BZ2_bzDecompressInit"),
                FunctionDescriptor.of(JAVA_INT, ADDRESS, JAVA_INT, JAVA_INT));
        decompress = linker.downcallHandle(find(lib, "BZ2_bzDecompress"), FunctionDescriptor.of(JAVA_INT, ADDRESS));
        decompressEnd = linker.downcallHandle(find(lib, "BZ2_bzDecompressEnd"), FunctionDescriptor.of(JAVA_INT, ADDRESS));
    }

    private static SymbolLookup library() {
        IllegalArgumentException missing = null;
        for (String name : new String[] {"libbz2.so.1.0", "libbz2.so.1", "libbz2.so"}) {
            try {
                return SymbolLookup.libraryLookup(name, Arena.global());
            } catch (IllegalArgumentException e) {
                missing = e;
            }
        }
        throw missing;
    }

    private static MemorySegment find(SymbolLookup lib, String name) {
        return lib.find(name).orElseThrow(() -> new UnsupportedOperationException("no " + name));
    }

    @Override
    public Stream compressor(int level) {
        return open(true, level);
    }

    @Override
    public Stream decompressor() {
        return open(false, 0);
    }

    @Override
    public int lastError() {
        return lastError.get()[0];
    }

    private Stream open(boolean compressing, int level) {
        MemorySegment bzs = Arena.ofAuto().allocate(SIZE, 8); // zeroed: libbz2's own allocator
        int status;
        try {
            status = compressing ? (int) compressInit.invokeExact(bzs, level, 0, 0)
                    : (int) decompressInit.invokeExact(bzs, 0, 0);
        } catch (Throwable t) {
            throw new IllegalStateException(t);
        }
        if (status != 0) {
            lastError.get()[0] = status;
            return null;
        }
        return new NativeStream(bzs, compressing);
    }

    /** libbz2's End for a stream, run once: by end(), or by the cleaner once the stream is unreachable. */
    private final class Ender implements Runnable {
        private final MemorySegment bzs;
        private final boolean compressing;
        private boolean done;

        Ender(MemorySegment bzs, boolean compressing) {
            this.bzs = bzs;
            this.compressing = compressing;
        }

        @Override
        public synchronized void run() {
            if (done) {
                return;
            }
            done = true;
            try {
                int ignored = compressing ? (int) compressEnd.invokeExact(bzs) : (int) decompressEnd.invokeExact(bzs);
            } catch (Throwable t) {
                throw new IllegalStateException(t);
            }
        }
    }

    private final class NativeStream implements Stream {
        private final MemorySegment bzs;
        private final Ender ender;
        private final Cleaner.Cleanable cleanable;
        private byte[] pending = new byte[0];
        private boolean eof;
        private int error;

        NativeStream(MemorySegment bzs, boolean compressing) {
            this.bzs = bzs;
            this.ender = new Ender(bzs, compressing);
            this.cleanable = CLEANER.register(this, ender);
        }

        @Override
        public synchronized String compress(String data) {
            return deflate(data.getBytes(StandardCharsets.ISO_8859_1), BZ_RUN);
        }

        @Override
        public synchronized String finish() {
            return deflate(new byte[0], BZ_FINISH);
        }

        /** CPython's compress(): BZ_RUN stops once the input is used, BZ_FINISH at the stream's end. */
        private String deflate(byte[] input, int action) {
            try (Arena arena = Arena.ofConfined()) {
                MemorySegment in = arena.allocate(Math.max(input.length, 1));
                MemorySegment.copy(input, 0, in, JAVA_BYTE, 0, input.length);
                Output result = new Output(arena, -1);
                long left = input.length;
                bzs.set(ADDRESS, NEXT_IN, in);
                bzs.set(JAVA_INT, AVAIL_IN, 0);
                result.point(bzs);
                while (true) {
                    if (bzs.get(JAVA_INT, AVAIL_IN) == 0 && left > 0) {
                        int chunk = (int) Math.min(left, UINT_MAX_AS_INT);
                        bzs.set(JAVA_INT, AVAIL_IN, chunk);
                        left -= chunk;
                    }
                    if (action == BZ_RUN && bzs.get(JAVA_INT, AVAIL_IN) == 0) {
                        break;
                    }
                    if (bzs.get(JAVA_INT, AVAIL_OUT) == 0) {
                        result.grow(bzs);
                    }
                    int status = (int) compress.invokeExact(bzs, action);
                    if (status < 0) {
                        error = status;
                        return null;
                    }
                    if (action == BZ_FINISH && status == BZ_STREAM_END) {
                        break;
                    }
                }
                return result.text(bzs);
            } catch (Throwable t) {
                throw new IllegalStateException(t);
            } finally {
                clearPointers();
            }
        }

        /**
         * CPython's decompress(): the kept input and the new, until the stream ends, the input is
         * used, or the output reaches {@code maxLength}; what input is left stays for the next call.
         */
        @Override
        public synchronized String decompress(String data, long maxLength) {
            byte[] fresh = data.getBytes(StandardCharsets.ISO_8859_1);
            byte[] input = pending.length == 0 ? fresh : concat(pending, fresh);
            try (Arena arena = Arena.ofConfined()) {
                MemorySegment in = arena.allocate(Math.max(input.length, 1));
                MemorySegment.copy(input, 0, in, JAVA_BYTE, 0, input.length);
                Output result = new Output(arena, maxLength);
                long left = input.length;
                bzs.set(ADDRESS, NEXT_IN, in);
                result.point(bzs);
                while (true) {
                    int chunk = (int) Math.min(left, UINT_MAX_AS_INT);
                    bzs.set(JAVA_INT, AVAIL_IN, chunk);
                    left -= chunk;
                    int status = (int) decompress.invokeExact(bzs);
                    left += bzs.get(JAVA_INT, AVAIL_IN);
                    if (status < 0) {
                        error = status;
                        pending = Arrays.copyOfRange(input, (int) (input.length - left), input.length);
                        return null;
                    }
                    if (status == BZ_STREAM_END) {
                        eof = true;
                        break;
                    } else if (left == 0) {
                        break;
                    } else if (bzs.get(JAVA_INT, AVAIL_OUT) == 0) {
                        if (result.size(bzs) == maxLength) {
                            break;
                        }
                        result.grow(bzs);
                    }
                }
                pending = Arrays.copyOfRange(input, (int) (input.length - left), input.length);
                return result.text(bzs);
            } catch (Throwable t) {
                throw new IllegalStateException(t);
            } finally {
                clearPointers();
            }
        }

        private void clearPointers() {
            bzs.set(ADDRESS, NEXT_IN, MemorySegment.NULL);
            bzs.set(JAVA_INT, AVAIL_IN, 0);
            bzs.set(ADDRESS, NEXT_OUT, MemorySegment.NULL);
            bzs.set(JAVA_INT, AVAIL_OUT, 0);
        }

        @Override
        public synchronized boolean eof() {
            return eof;
        }

        @Override
        public synchronized String pendingInput() {
            return new String(pending, StandardCharsets.ISO_8859_1);
        }

        @Override
        public synchronized int error() {
            return error;
        }

        @Override
        public void end() {
            cleanable.clean();
        }
    }

    private static byte[] concat(byte[] a, byte[] b) {
        byte[] both = Arrays.copyOf(a, a.length + b.length);
        System.arraycopy(b, 0, both, a.length, b.length);
        return both;
    }

    /**
     * The output of one call, in native chunks that grow as CPython's output buffer's blocks do,
     * never beyond {@code maxLength} in all (no limit when negative).
     */
    private static final class Output {
        private final Arena arena;
        private final long maxLength;
        private final java.io.ByteArrayOutputStream done = new java.io.ByteArrayOutputStream();
        private MemorySegment chunk;

        Output(Arena arena, long maxLength) {
            this.arena = arena;
            this.maxLength = maxLength;
        }

        /** Points the stream's output at a first chunk. */
        void point(MemorySegment bzs) {
            next(bzs, CHUNK);
        }

        /** Keeps the full chunk's bytes and points the stream at a new one. */
        void grow(MemorySegment bzs) {
            keep(bzs);
            next(bzs, Math.min(CHUNK * 4L, (long) done.size() + CHUNK));
        }

        private void next(MemorySegment bzs, long wanted) {
            long room = maxLength < 0 ? wanted : Math.min(wanted, maxLength - done.size());
            chunk = arena.allocate(Math.max(room, 1));
            bzs.set(ADDRESS, NEXT_OUT, chunk);
            bzs.set(JAVA_INT, AVAIL_OUT, (int) room);
        }

        private void keep(MemorySegment bzs) {
            long filled = chunkFilled(bzs);
            done.write(chunk.asSlice(0, filled).toArray(JAVA_BYTE), 0, (int) filled);
            chunk = null;
        }

        private long chunkFilled(MemorySegment bzs) {
            return chunk == null ? 0 : bzs.get(ADDRESS, NEXT_OUT).address() - chunk.address();
        }

        long size(MemorySegment bzs) {
            return done.size() + chunkFilled(bzs);
        }

        String text(MemorySegment bzs) {
            keep(bzs);
            return done.toString(StandardCharsets.ISO_8859_1);
        }
    }
}
