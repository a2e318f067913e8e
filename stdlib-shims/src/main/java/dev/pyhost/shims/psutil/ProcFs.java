package dev.pyhost.shims.psutil;

import java.io.FileInputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.DirectoryStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * Linux {@code /proc} read directly, the way psutil's own Linux module reads it: one file per
 * attribute, parsed in Java. Methods return {@code null} on failure with the reason in
 * {@link Errno#last()}.
 */
final class ProcFs {
    private final Path root;

    ProcFs(Path root) {
        this.root = root;
    }

    byte[] read(String relative) throws IOException {
        return readFully(root + "/" + relative);
    }

    String text(String relative) throws IOException {
        return new String(read(relative), StandardCharsets.UTF_8);
    }

    private static final ThreadLocal<byte[]> BUFFER = ThreadLocal.withInitial(() -> new byte[16384]);

    /**
     * {@code /proc/PID/FILE}. A plain stream into a reused buffer: several times cheaper than
     * {@code Files.readAllBytes}, which sizes the file first (always 0 in /proc).
     */
    byte[] pidFile(long pid, String file) throws IOException {
        return readFully(root + "/" + pid + "/" + file);
    }

    static byte[] readFully(String path) throws IOException {
        byte[] buf = BUFFER.get();
        int n = 0;
        try (FileInputStream in = new FileInputStream(path)) {
            int r;
            while ((r = in.read(buf, n, buf.length - n)) > 0) {
                n += r;
                if (n == buf.length) {
                    buf = Arrays.copyOf(buf, buf.length * 2);
                    BUFFER.set(buf);
                }
            }
        }
        return Arrays.copyOf(buf, n);
    }

    // ---------------------------------------------------------------------------------- stat

    /** The fields of /proc/PID/stat after the name: index 0 is field 3 (state). */
    static String[] statFields(byte[] data) {
        int close = lastIndexOf(data, (byte) ')');
        String rest = new String(data, close + 2, data.length - close - 2, StandardCharsets.US_ASCII).trim();
        return rest.split(" ");
    }

    static String statName(byte[] data) {
        int open = indexOf(data, (byte) '(');
        int close = lastIndexOf(data, (byte) ')');
        return new String(data, open + 1, close - open - 1, StandardCharsets.UTF_8);
    }

    private static int indexOf(byte[] data, byte b) {
        for (int i = 0; i < data.length; i++) {
            if (data[i] == b) {
                return i;
            }
        }
        return -1;
    }

    private static int lastIndexOf(byte[] data, byte b) {
        for (int i = data.length - 1; i >= 0; i--) {
            if (data[i] == b) {
                return i;
            }
        }
        return -1;
    }

    /** Lines of a "Key:   value" file as a map (values trimmed). */
    static Map<String, String> keyed(String text) {
        Map<String, String> m = new HashMap<>();
        for (String line : text.split("\n")) {
            int colon = line.indexOf(':');
            if (colon > 0) {
                m.put(line.substring(0, colon).trim(), line.substring(colon + 1).trim());
            }
        }
        return m;
    }

    /** NUL-separated strings (cmdline, environ). */
    static List<String> nulSeparated(byte[] data) {
        List<String> out = new ArrayList<>();
        int start = 0;
        for (int i = 0; i < data.length; i++) {
            if (data[i] == 0) {
                out.add(new String(data, start, i - start, StandardCharsets.UTF_8));
                start = i + 1;
            }
        }
        if (start < data.length) {
            out.add(new String(data, start, data.length - start, StandardCharsets.UTF_8));
        }
        return out;
    }

    long[] pids() {
        List<Long> found = new ArrayList<>();
        try (DirectoryStream<Path> ds = Files.newDirectoryStream(root)) {
            for (Path p : ds) {
                String n = p.getFileName().toString();
                if (!n.isEmpty() && n.charAt(0) >= '0' && n.charAt(0) <= '9') {
                    try {
                        found.add(Long.parseLong(n));
                    } catch (NumberFormatException ignored) {
                        // not a process folder
                    }
                }
            }
        } catch (IOException e) {
            return Errno.fail(e);
        }
        long[] out = new long[found.size()];
        for (int i = 0; i < out.length; i++) {
            out[i] = found.get(i);
        }
        Arrays.sort(out);
        return out;
    }

    static long parseLong(String s) {
        try {
            return Long.parseLong(s);
        } catch (NumberFormatException e) {
            return Long.parseUnsignedLong(s);
        }
    }

    /** "1234 kB" → bytes. */
    static long kb(String v) {
        if (v == null) {
            return -1;
        }
        String[] parts = v.trim().split("\\s+");
        long n = parseLong(parts[0]);
        return parts.length > 1 && parts[1].equalsIgnoreCase("kB") ? n * 1024 : n;
    }
}
