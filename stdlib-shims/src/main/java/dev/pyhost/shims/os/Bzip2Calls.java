package dev.pyhost.shims.os;

/**
 * libbz2, the library behind CPython's {@code _bz2}: one compression or decompression stream per
 * {@link Stream}, driven as CPython's C module drives it, so the bytes are the same as CPython's.
 *
 * <p>Implemented with the foreign function API on JDK 22+ ({@code LinuxBzip2Calls});
 * {@link #get()} is null where that or libbz2 is not available. Bytes travel one char each
 * (ISO-8859-1), as in the other C library interfaces here.
 */
public interface Bzip2Calls {
    static Bzip2Calls get() {
        return Holder.INSTANCE;
    }

    /** A stream compressing at {@code level} (1 to 9); null when libbz2 refused (see {@link #lastError}). */
    Stream compressor(int level);

    /** A stream decompressing one bzip2 stream; null when libbz2 refused. */
    Stream decompressor();

    /** The libbz2 status (BZ_*) of this thread's last {@link #compressor} or {@link #decompressor} that failed. */
    int lastError();

    /**
     * One libbz2 stream. Each method answers null when libbz2 reports an error, whose BZ_* code
     * {@link #error()} then gives; the stream's state is libbz2's, freed by {@link #end()} or
     * once the stream is unreachable.
     */
    interface Stream {
        /** Compresses {@code data} (BZ_RUN): the compressed bytes ready so far. */
        String compress(String data);

        /** Ends the compressed stream (BZ_FINISH): the remaining compressed bytes. */
        String finish();

        /**
         * Decompresses the input kept from before followed by {@code data}, giving at most
         * {@code maxLength} bytes (all when negative); input not consumed is kept for the next call.
         */
        String decompress(String data, long maxLength);

        /** The end of the bzip2 stream was reached. */
        boolean eof();

        /** Input kept for the next {@link #decompress} (after the end: the bytes that followed it). */
        String pendingInput();

        /** The BZ_* code of the last call that answered null. */
        int error();

        /** Frees libbz2's state now. */
        void end();
    }

    final class Holder {
        static final Bzip2Calls INSTANCE = load();

        private Holder() {
        }

        private static Bzip2Calls load() {
            return LinuxCalls.load(Bzip2Calls.class, "LinuxBzip2Calls");
        }
    }
}
