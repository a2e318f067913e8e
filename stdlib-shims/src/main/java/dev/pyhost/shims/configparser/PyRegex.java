package dev.pyhost.shims.configparser;

import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.regex.Pattern;

/**
 * Python {@code re} patterns of the kind configuration parsers use ({@code SECTCRE},
 * {@code OPTCRE}, also when a script overrides them), compiled as Java patterns that match the
 * same lines: named groups {@code (?P<name>...)}, {@code re.VERBOSE} text, Python's idea of
 * {@code .} and {@code $} (only {@code \n} ends a line) and of {@code \s} for str patterns.
 */
final class PyRegex {
    static final int IGNORECASE = 2;
    static final int MULTILINE = 8;
    static final int DOTALL = 16;
    static final int UNICODE = 32;
    static final int VERBOSE = 64;
    static final int ASCII = 256;

    private static final Map<String, Pattern> CACHE = new ConcurrentHashMap<>();

    private PyRegex() {
    }

    static Pattern compile(String pattern, int pyFlags) {
        return CACHE.computeIfAbsent(pyFlags + ":" + pattern, k -> translate(pattern, pyFlags));
    }

    private static Pattern translate(String pattern, int pyFlags) {
        String p = (pyFlags & VERBOSE) != 0 ? stripVerbose(pattern) : pattern;
        p = p.replace("(?P<", "(?<").replaceAll("\\(\\?P=(\\w+)\\)", "\\\\k<$1>");
        int flags = Pattern.UNIX_LINES;
        if ((pyFlags & IGNORECASE) != 0) {
            flags |= Pattern.CASE_INSENSITIVE;
        }
        if ((pyFlags & MULTILINE) != 0) {
            flags |= Pattern.MULTILINE;
        }
        if ((pyFlags & DOTALL) != 0) {
            flags |= Pattern.DOTALL;
        }
        if ((pyFlags & UNICODE) != 0 && (pyFlags & ASCII) == 0) {
            flags |= Pattern.UNICODE_CHARACTER_CLASS | Pattern.UNICODE_CASE;
        }
        return Pattern.compile(p, flags);
    }

    /** Drops what re.VERBOSE ignores: whitespace and # comments outside character classes. */
    static String stripVerbose(String s) {
        StringBuilder out = new StringBuilder(s.length());
        boolean inClass = false;
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            if (c == '\\' && i + 1 < s.length()) {
                out.append(c).append(s.charAt(++i));
            } else if (inClass) {
                out.append(c == '[' ? "\\[" : String.valueOf(c));
                if (c == ']') {
                    inClass = false;
                }
            } else if (c == '[') {
                inClass = true;
                out.append(c);
                if (i + 1 < s.length() && s.charAt(i + 1) == '^') {
                    out.append('^');
                    i++;
                }
                if (i + 1 < s.length() && s.charAt(i + 1) == ']') {
                    out.append("\\]");
                    i++;
                }
            } else if (c == '#') {
                while (i + 1 < s.length() && s.charAt(i + 1) != '\n') {
                    i++;
                }
            } else if (!Character.isWhitespace(c)) {
                out.append(c);
            }
        }
        return out.toString();
    }
}
