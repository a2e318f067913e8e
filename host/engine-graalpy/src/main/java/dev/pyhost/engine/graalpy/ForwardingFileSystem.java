package dev.pyhost.engine.graalpy;

import org.graalvm.polyglot.io.FileSystem;

import java.io.IOException;
import java.net.URI;
import java.nio.channels.SeekableByteChannel;
import java.nio.charset.Charset;
import java.nio.file.AccessMode;
import java.nio.file.CopyOption;
import java.nio.file.DirectoryStream;
import java.nio.file.LinkOption;
import java.nio.file.OpenOption;
import java.nio.file.Path;
import java.nio.file.attribute.FileAttribute;
import java.util.Map;
import java.util.Set;

/** A polyglot file system that passes every operation to another one; subclasses change some. */
class ForwardingFileSystem implements FileSystem {
    private final FileSystem inner;

    ForwardingFileSystem(FileSystem inner) {
        this.inner = inner;
    }

    @Override
    public Path parsePath(URI uri) {
        return inner.parsePath(uri);
    }

    @Override
    public Path parsePath(String path) {
        return inner.parsePath(path);
    }

    @Override
    public void checkAccess(Path path, Set<? extends AccessMode> modes, LinkOption... options) throws IOException {
        inner.checkAccess(path, modes, options);
    }

    @Override
    public void createDirectory(Path dir, FileAttribute<?>... attrs) throws IOException {
        inner.createDirectory(dir, attrs);
    }

    @Override
    public void delete(Path path) throws IOException {
        inner.delete(path);
    }

    @Override
    public SeekableByteChannel newByteChannel(Path path, Set<? extends OpenOption> options, FileAttribute<?>... attrs)
            throws IOException {
        return inner.newByteChannel(path, options, attrs);
    }

    @Override
    public DirectoryStream<Path> newDirectoryStream(Path dir, DirectoryStream.Filter<? super Path> filter) throws IOException {
        return inner.newDirectoryStream(dir, filter);
    }

    @Override
    public Path toAbsolutePath(Path path) {
        return inner.toAbsolutePath(path);
    }

    @Override
    public Path toRealPath(Path path, LinkOption... options) throws IOException {
        return inner.toRealPath(path, options);
    }

    @Override
    public Map<String, Object> readAttributes(Path path, String attributes, LinkOption... options) throws IOException {
        return inner.readAttributes(path, attributes, options);
    }

    @Override
    public void setAttribute(Path path, String attribute, Object value, LinkOption... options) throws IOException {
        inner.setAttribute(path, attribute, value, options);
    }

    @Override
    public void copy(Path source, Path target, CopyOption... options) throws IOException {
        inner.copy(source, target, options);
    }

    @Override
    public void move(Path source, Path target, CopyOption... options) throws IOException {
        inner.move(source, target, options);
    }

    @Override
    public void createLink(Path link, Path existing) throws IOException {
        inner.createLink(link, existing);
    }

    @Override
    public void createSymbolicLink(Path link, Path target, FileAttribute<?>... attrs) throws IOException {
        inner.createSymbolicLink(link, target, attrs);
    }

    @Override
    public Path readSymbolicLink(Path link) throws IOException {
        return inner.readSymbolicLink(link);
    }

    @Override
    public void setCurrentWorkingDirectory(Path currentWorkingDirectory) {
        inner.setCurrentWorkingDirectory(currentWorkingDirectory);
    }

    @Override
    public String getSeparator() {
        return inner.getSeparator();
    }

    @Override
    public String getPathSeparator() {
        return inner.getPathSeparator();
    }

    @Override
    public String getMimeType(Path path) {
        return inner.getMimeType(path);
    }

    @Override
    public Charset getEncoding(Path path) {
        return inner.getEncoding(path);
    }

    @Override
    public Path getTempDirectory() {
        return inner.getTempDirectory();
    }

    @Override
    public boolean isSameFile(Path path1, Path path2, LinkOption... options) throws IOException {
        return inner.isSameFile(path1, path2, options);
    }

    @Override
    public long getFileStoreTotalSpace(Path path) throws IOException {
        return inner.getFileStoreTotalSpace(path);
    }

    @Override
    public long getFileStoreUnallocatedSpace(Path path) throws IOException {
        return inner.getFileStoreUnallocatedSpace(path);
    }

    @Override
    public long getFileStoreUsableSpace(Path path) throws IOException {
        return inner.getFileStoreUsableSpace(path);
    }

    @Override
    public long getFileStoreBlockSize(Path path) throws IOException {
        return inner.getFileStoreBlockSize(path);
    }

    @Override
    public boolean isFileStoreReadOnly(Path path) throws IOException {
        return inner.isFileStoreReadOnly(path);
    }
}
