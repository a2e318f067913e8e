package dev.pyhost.shims.configparser;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.ByteBuffer;
import java.nio.channels.FileChannel;
import java.nio.charset.Charset;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.StandardOpenOption;
import java.util.Iterator;
import java.util.List;
import java.util.NoSuchElementException;
import java.util.regex.Pattern;

/**
 * The Java side of {@code ConfigParser} (Python 2) and {@code configparser} (Python 3): reading
 * ini text in either dialect ({@link IniReader}), writing it in CPython's layout, and replacing a
 * file atomically. Plain Java values in and out, so both engines call it the same way.
 */
public final class ConfigCore {

    // ---------------------------------------------------------------------------------------
    // Reading: the events of IniReader, four slots each

    /** Python 2 dialect over the text of a whole file (lines end after each {@code \n}). */
    public Object[] read2Text(String text, String sectPattern, int sectFlags, String optPattern, int optFlags,
                              int fold, boolean unicode) {
        return IniReader.read2(lines(text), PyRegex.compile(sectPattern, sectFlags),
                PyRegex.compile(optPattern, optFlags), fold, unicode);
    }

    /** Python 2 dialect over lines as {@code readline()} returned them. */
    public Object[] read2Lines(List<?> lines, String sectPattern, int sectFlags, String optPattern, int optFlags,
                               int fold, boolean unicode) {
        return IniReader.read2(strings(lines), PyRegex.compile(sectPattern, sectFlags),
                PyRegex.compile(optPattern, optFlags), fold, unicode);
    }

    /** Python 3 dialect over the text of a whole file. */
    public Object[] read3Text(String text, String sectPattern, int sectFlags, String optPattern, int optFlags,
                              List<?> commentPrefixes, List<?> inlinePrefixes, boolean strict,
                              boolean emptyLinesInValues, String defaultSection, int fold) {
        return IniReader.read3(lines(text), PyRegex.compile(sectPattern, sectFlags),
                PyRegex.compile(optPattern, optFlags), array(commentPrefixes), array(inlinePrefixes), strict,
                emptyLinesInValues, defaultSection, fold);
    }

    /** Python 3 dialect over the items of any iterable of lines. */
    public Object[] read3Lines(List<?> lines, String sectPattern, int sectFlags, String optPattern, int optFlags,
                               List<?> commentPrefixes, List<?> inlinePrefixes, boolean strict,
                               boolean emptyLinesInValues, String defaultSection, int fold) {
        return IniReader.read3(strings(lines), PyRegex.compile(sectPattern, sectFlags),
                PyRegex.compile(optPattern, optFlags), array(commentPrefixes), array(inlinePrefixes), strict,
                emptyLinesInValues, defaultSection, fold);
    }

    /**
     * The events of {@link #read2Text} or {@link #read3Text} as one string, fields separated by
     * NUL, null as {@code \u0001}: an engine splits one string far faster than it walks a Java
     * array. Null when the text itself holds either character (use the array form then).
     */
    public String pack(Object[] events) {
        StringBuilder b = new StringBuilder(events.length * 12);
        for (int i = 0; i < events.length; i++) {
            if (i > 0) {
                b.append('\u0000');
            }
            Object o = events[i];
            if (o == null) {
                b.append('\u0001');
            } else {
                String s = o.toString();
                if (s.indexOf('\u0000') >= 0 || s.indexOf('\u0001') >= 0) {
                    return null;
                }
                b.append(s);
            }
        }
        return b.toString();
    }

    /** Checks that Python's pattern has a Java equivalent; the glue keeps CPython's code if not. */
    public boolean patternSupported(String pattern, int flags) {
        try {
            Pattern p = PyRegex.compile(pattern, flags);
            return p != null;
        } catch (RuntimeException e) {
            return false;
        }
    }

    // ---------------------------------------------------------------------------------------
    // Writing

    /**
     * The text {@code write()} produces. {@code flat} holds, per section: its name, its number of
     * options, then key and value (already {@code str()}; null for a key written alone) pairs.
     */
    public String format(List<?> flat, String delimiter) {
        StringBuilder out = new StringBuilder(256);
        int i = 0;
        int n = flat.size();
        while (i < n) {
            out.append('[').append(String.valueOf(flat.get(i++))).append("]\n");
            int count = ((Number) flat.get(i++)).intValue();
            for (int k = 0; k < count; k++) {
                Object key = flat.get(i++);
                Object value = flat.get(i++);
                out.append(String.valueOf(key));
                if (value != null) {
                    out.append(delimiter);
                    String v = value.toString();
                    if (v.indexOf('\n') >= 0) {
                        v = v.replace("\n", "\n\t");
                    }
                    out.append(v);
                }
                out.append('\n');
            }
            out.append('\n');
        }
        return out.toString();
    }

    /**
     * Replaces {@code path} with {@code text} so that the file is whole at every instant: the text
     * goes to a temporary file in the same folder, is forced to disk, then renamed over the path
     * (keeping the old file's permissions). Returns the bytes written.
     */
    public long replaceFile(String path, String text, String encoding) {
        return replaceFileBytes(path, text.getBytes(Charset.forName(encoding)));
    }

    /** {@link #replaceFile} for bytes already encoded. */
    public long replaceFileBytes(String path, byte[] bytes) {
        Path target = Path.of(path).toAbsolutePath();
        Path dir = target.getParent();
        Path tmp = null;
        try {
            tmp = Files.createTempFile(dir, "." + target.getFileName() + ".", ".tmp");
            try (FileChannel ch = FileChannel.open(tmp, StandardOpenOption.WRITE)) {
                ByteBuffer buf = ByteBuffer.wrap(bytes);
                while (buf.hasRemaining()) {
                    ch.write(buf);
                }
                ch.force(true);
            }
            try {
                Files.setPosixFilePermissions(tmp, Files.getPosixFilePermissions(target));
            } catch (IOException | UnsupportedOperationException e) {
                // keep the temporary file's own permissions
            }
            try {
                Files.move(tmp, target, StandardCopyOption.ATOMIC_MOVE, StandardCopyOption.REPLACE_EXISTING);
            } catch (AtomicMoveNotSupportedException e) {
                Files.move(tmp, target, StandardCopyOption.REPLACE_EXISTING);
            }
            tmp = null;
            return bytes.length;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } finally {
            if (tmp != null) {
                try {
                    Files.deleteIfExists(tmp);
                } catch (IOException ignored) {
                    // nothing more to do
                }
            }
        }
    }

    // ---------------------------------------------------------------------------------------

    private static String[] array(List<?> items) {
        String[] a = new String[items == null ? 0 : items.size()];
        for (int i = 0; i < a.length; i++) {
            a[i] = String.valueOf(items.get(i));
        }
        return a;
    }

    private static Iterable<String> strings(List<?> items) {
        return () -> new Iterator<>() {
            private int i;

            @Override
            public boolean hasNext() {
                return i < items.size();
            }

            @Override
            public String next() {
                Object o = items.get(i++);
                return o == null ? "" : o.toString();
            }
        };
    }

    /** The lines of a text as iterating a file gives them: each ends after its {@code \n}. */
    static Iterable<String> lines(String text) {
        return () -> new Iterator<>() {
            private int pos;

            @Override
            public boolean hasNext() {
                return pos < text.length();
            }

            @Override
            public String next() {
                if (pos >= text.length()) {
                    throw new NoSuchElementException();
                }
                int nl = text.indexOf('\n', pos);
                int end = nl < 0 ? text.length() : nl + 1;
                String line = text.substring(pos, end);
                pos = end;
                return line;
            }
        };
    }
}
