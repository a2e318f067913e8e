package dev.pyhost.engine.graalpy;

import org.graalvm.polyglot.io.FileSystem;

import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.channels.SeekableByteChannel;
import java.nio.file.OpenOption;
import java.nio.file.Path;
import java.nio.file.attribute.FileAttribute;
import java.util.Set;

/**
 * The machine's file system, with files under {@code /proc} readable. Those report a size of
 * 0, and GraalPy's Java POSIX layer reads no more than a channel's size minus its position: every
 * {@code open('/proc/meminfo').read()} and {@code os.read} of such a file gave nothing (CPython
 * reads until the kernel says the end). Their channels report a size always ahead of the
 * position, so reads go on until the file itself ends.
 */
final class ProcFilesFileSystem extends ForwardingFileSystem {
    private static final Path PROC = Path.of("/proc");
    /** How far ahead of the position the size is said to be: the most one read asks for. */
    private static final long AHEAD = 64 * 1024;

    ProcFilesFileSystem() {
        super(FileSystem.newDefaultFileSystem());
    }

    @Override
    public SeekableByteChannel newByteChannel(Path path, Set<? extends OpenOption> options, FileAttribute<?>... attrs)
            throws IOException {
        SeekableByteChannel channel = super.newByteChannel(path, options, attrs);
        return toAbsolutePath(path).normalize().startsWith(PROC) ? new SizeAhead(channel) : channel;
    }

    private record SizeAhead(SeekableByteChannel inner) implements SeekableByteChannel {
        @Override
        public long size() throws IOException {
            return Math.max(inner.size(), inner.position() + AHEAD);
        }

        @Override
        public int read(ByteBuffer dst) throws IOException {
            return inner.read(dst);
        }

        @Override
        public int write(ByteBuffer src) throws IOException {
            return inner.write(src);
        }

        @Override
        public long position() throws IOException {
            return inner.position();
        }

        @Override
        public SeekableByteChannel position(long newPosition) throws IOException {
            inner.position(newPosition);
            return this;
        }

        @Override
        public SeekableByteChannel truncate(long size) throws IOException {
            inner.truncate(size);
            return this;
        }

        @Override
        public boolean isOpen() {
            return inner.isOpen();
        }

        @Override
        public void close() throws IOException {
            inner.close();
        }
    }
}
