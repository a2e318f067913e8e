package dev.pyhost.shims.os;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.ByteBuffer;
import java.nio.channels.FileChannel;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.util.ArrayList;
import java.util.List;

/**
 * What a pipe delivered, on its way to Python: chunks in memory (joined once, at the exact size,
 * so megabytes are never copied by doubling), or, past a limit, a temporary file (in /dev/shm
 * where there is one) that the engine reads in one go. GraalPy turns a file into bytes far faster
 * than it converts a Java string, and neither heap then holds the data twice.
 */
final class Spool {
    /**
     * Sizes of the chunks in memory: each new one as large as all before it, from the first up to
     * the largest. A small output wastes little; a large one is mostly chunks of
     * {@code MAX_CHUNK}, which the launcher's {@code PretenureSizeThreshold} places where the
     * collector does not copy them (kept in the young generation, megabytes of live output were
     * copied by each young collection, slower than the pipe itself).
     */
    private static final int FIRST_CHUNK = 64 * 1024;
    private static final int MAX_CHUNK = 8 * 1024 * 1024;

    private final long inMemoryLimit;
    private final List<byte[]> chunks = new ArrayList<>();   // all full but the last
    private int lastFill;                                     // bytes in the last chunk
    private long length;
    private Path file;
    private FileChannel channel;

    /** @param inMemoryLimit bytes kept in memory; beyond them, a file ({@code Long.MAX_VALUE}: never) */
    Spool(long inMemoryLimit) {
        this.inMemoryLimit = inMemoryLimit;
    }

    /** Adds the first {@code n} bytes of {@code chunk} (copied: the caller may reuse it). */
    void append(byte[] chunk, int n) {
        append(chunk, 0, n);
    }

    /** Adds {@code n} bytes of {@code chunk} from {@code off} (copied: the caller may reuse it). */
    synchronized void append(byte[] chunk, int off, int n) {
        if (n <= 0) {
            return;
        }
        try {
            if (channel == null && length + n > inMemoryLimit) {
                Path shm = Path.of("/dev/shm");
                file = Files.isDirectory(shm) && Files.isWritable(shm)
                        ? Files.createTempFile(shm, "pyhost-out", ".bin")
                        : Files.createTempFile("pyhost-out", ".bin");
                channel = FileChannel.open(file, StandardOpenOption.WRITE);
                for (int i = 0; i < chunks.size(); i++) {
                    byte[] c = chunks.get(i);
                    writeAll(ByteBuffer.wrap(c, 0, i == chunks.size() - 1 ? lastFill : c.length));
                }
                chunks.clear();
            }
            if (channel != null) {
                writeAll(ByteBuffer.wrap(chunk, off, n));
            } else {
                copyIn(chunk, off, n);
            }
            length += n;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private void copyIn(byte[] from, int off, int n) {
        int at = 0;
        while (at < n) {
            byte[] last = chunks.isEmpty() ? null : chunks.get(chunks.size() - 1);
            if (last == null || lastFill == last.length) {
                last = new byte[(int) Math.min(MAX_CHUNK, Math.max(FIRST_CHUNK, length + at))];
                chunks.add(last);
                lastFill = 0;
            }
            int step = Math.min(n - at, last.length - lastFill);
            System.arraycopy(from, off + at, last, lastFill, step);
            lastFill += step;
            at += step;
        }
    }

    private void writeAll(ByteBuffer b) throws IOException {
        while (b.hasRemaining()) {
            channel.write(b);
        }
    }

    synchronized long length() {
        return length;
    }

    /** The bytes as ISO-8859-1 text (one char per byte); null once they went to a file. */
    synchronized String latin1() {
        byte[] all = bytes();
        return all == null ? null : new String(all, StandardCharsets.ISO_8859_1);
    }

    /**
     * The bytes, joined once (the chunks then give way to the joined array, so that the output is
     * not held twice while the caller turns it into its string); null once they went to a file.
     * Not to be changed by the caller, which may keep it.
     */
    synchronized byte[] bytes() {
        if (channel != null) {
            return null;
        }
        if (chunks.size() == 1 && lastFill == chunks.get(0).length) {
            return chunks.get(0);
        }
        byte[] all = new byte[(int) length];
        int at = 0;
        for (byte[] c : chunks) {
            int n = Math.min(c.length, all.length - at);
            System.arraycopy(c, 0, all, at, n);
            at += n;
        }
        chunks.clear();
        chunks.add(all);
        lastFill = all.length;
        return all;
    }

    /** The file holding the bytes, or null while they are in memory. */
    synchronized String path() {
        return file == null ? null : file.toString();
    }

    /** Deletes the file, if any. */
    synchronized void delete() {
        if (channel != null) {
            try {
                channel.close();
                Files.deleteIfExists(file);
            } catch (IOException ignored) {
                // a temporary file: nothing else to do
            }
        }
    }
}
