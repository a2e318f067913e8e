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
    private final long inMemoryLimit;
    private final List<byte[]> chunks = new ArrayList<>();
    private long length;
    private Path file;
    private FileChannel channel;

    /** @param inMemoryLimit bytes kept in memory; beyond them, a file ({@code Long.MAX_VALUE}: never) */
    Spool(long inMemoryLimit) {
        this.inMemoryLimit = inMemoryLimit;
    }

    synchronized void append(byte[] chunk, int n) {
        append(chunk, n, false);
    }

    /**
     * The same; with {@code handOver} the caller offers {@code chunk}, which is kept as it is
     * when {@code n} fills it (no copy). Returns true when it was kept: the caller must not
     * reuse it.
     */
    synchronized boolean append(byte[] chunk, int n, boolean handOver) {
        if (n <= 0) {
            return false;
        }
        boolean kept = false;
        try {
            if (channel == null && length + n > inMemoryLimit) {
                Path shm = Path.of("/dev/shm");
                file = Files.isDirectory(shm) && Files.isWritable(shm)
                        ? Files.createTempFile(shm, "pyhost-out", ".bin")
                        : Files.createTempFile("pyhost-out", ".bin");
                channel = FileChannel.open(file, StandardOpenOption.WRITE);
                for (byte[] c : chunks) {
                    writeAll(ByteBuffer.wrap(c));
                }
                chunks.clear();
            }
            if (channel != null) {
                writeAll(ByteBuffer.wrap(chunk, 0, n));
            } else {
                kept = handOver && n == chunk.length;
                chunks.add(kept ? chunk : java.util.Arrays.copyOf(chunk, n));
            }
            length += n;
            return kept;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
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

    /** The bytes, joined once; null once they went to a file. */
    synchronized byte[] bytes() {
        if (channel != null) {
            return null;
        }
        if (chunks.size() == 1 && chunks.get(0).length == length) {
            return chunks.get(0);
        }
        byte[] all = new byte[(int) length];
        int at = 0;
        for (byte[] c : chunks) {
            System.arraycopy(c, 0, all, at, c.length);
            at += c.length;
        }
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
