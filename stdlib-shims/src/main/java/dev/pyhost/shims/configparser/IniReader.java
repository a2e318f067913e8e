package dev.pyhost.shims.configparser;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The line scanner of CPython's {@code RawConfigParser._read}, in the two dialects: Python 2's
 * {@code ConfigParser} and Python 3's {@code configparser}. It decides everything a line
 * decides — comment, continuation, section header, option, bad line — and reports it as
 * events, in line order, that the glue applies to the parser's dictionaries:
 *
 * <pre>
 *   "S", name          a section header
 *   "O", key, value, lineno  an option, value complete (continuation lines joined) or null
 *   "E", lineno, line  a line that is neither (ParsingError, raised after the whole file)
 *   "M", lineno, line  an option before any section header (MissingSectionHeaderError, stops)
 *   "DS", name, lineno a section repeated in one source, strict mode (stops)
 *   "DO", section, key, lineno  an option repeated in one section of one source, strict (stops)
 *   "AE"               a continuation line of a value-less option: CPython's AttributeError
 * </pre>
 *
 * Each event takes four slots of the flat array returned, so both engines read it cheaply.
 */
final class IniReader {
    /** How option names are folded: ASCII lower (py2 str), Unicode lower, as given, by Python. */
    static final int FOLD_ASCII = 0;
    static final int FOLD_LOWER = 1;
    static final int FOLD_NONE = 2;
    static final int FOLD_PYTHON = 3;

    private final List<Object> out = new ArrayList<>();
    private final int fold;
    private final boolean unicodeSpace;
    private final boolean py3;

    // the option being read: its key and the lines of its value (null for a value-less option)
    private String optKey;
    private List<String> optLines;
    private boolean pending;
    private int optLineno;

    private IniReader(int fold, boolean unicodeSpace, boolean py3) {
        this.fold = fold;
        this.unicodeSpace = unicodeSpace;
        this.py3 = py3;
    }

    // ---------------------------------------------------------------------------------------
    // Python 2: ConfigParser.RawConfigParser._read

    static Object[] read2(Iterable<String> lines, Pattern sectcre, Pattern optcre, int fold, boolean unicode) {
        IniReader r = new IniReader(fold, unicode, false);
        r.scan2(lines, sectcre, optcre);
        return r.out.toArray();
    }

    private void scan2(Iterable<String> lines, Pattern sectcre, Pattern optcre) {
        boolean haveSection = false;
        boolean haveOption = false;
        int lineno = 0;
        Matcher sm = sectcre.matcher("");
        Matcher om = optcre.matcher("");
        for (String line : lines) {
            lineno++;
            if (line.isEmpty()) {
                break; // readline() returned '': end of file
            }
            char first = line.charAt(0);
            if (isBlank(line) || first == '#' || first == ';') {
                continue;
            }
            if ((first == 'r' || first == 'R') && firstWordIsRem(line)) {
                continue;
            }
            if (isSpace(first) && haveSection && haveOption) {
                String value = strip(line);
                if (!value.isEmpty()) {
                    if (optLines == null) {
                        flush();
                        emit("AE", null, null, null);
                        return;
                    }
                    optLines.add(value);
                }
                continue;
            }
            if (sm.reset(line).lookingAt()) {
                flush();
                emit("S", sm.group("header"), null, null);
                haveSection = true;
                haveOption = false;
            } else if (!haveSection) {
                flush();
                emit("M", lineno, line, null);
                return;
            } else if (om.reset(line).lookingAt()) {
                flush();
                String name = foldKey(rstrip(om.group("option")));
                String value = om.group("value");
                List<String> valueLines = null;
                if (value != null) {
                    String vi = om.group("vi");
                    if (("=".equals(vi) || ":".equals(vi)) && value.indexOf(';') >= 0) {
                        // ';' starts a comment only after a spacing character
                        int pos = value.indexOf(';');
                        if (pos > 0 ? isSpace(value.charAt(pos - 1)) : isSpace(value.charAt(value.length() - 1))) {
                            value = value.substring(0, pos);
                        }
                    }
                    value = strip(value);
                    if (value.equals("\"\"")) {
                        value = "";
                    }
                    valueLines = new ArrayList<>(1);
                    valueLines.add(value);
                }
                begin(name, valueLines, lineno);
                haveOption = true;
            } else {
                emit("E", lineno, line, null);
            }
        }
        flush();
    }

    private static boolean firstWordIsRem(String line) {
        return line.length() >= 3 && line.regionMatches(true, 0, "rem", 0, 3)
                && (line.length() == 3 || isAsciiSpace(line.charAt(3)));
    }

    // ---------------------------------------------------------------------------------------
    // Python 3: configparser.RawConfigParser._read

    static Object[] read3(Iterable<String> lines, Pattern sectcre, Pattern optcre, String[] commentPrefixes,
                          String[] inlinePrefixes, boolean strict, boolean emptyLinesInValues,
                          String defaultSection, int fold) {
        IniReader r = new IniReader(fold, true, true);
        r.scan3(lines, sectcre, optcre, commentPrefixes, inlinePrefixes, strict, emptyLinesInValues, defaultSection);
        return r.out.toArray();
    }

    private void scan3(Iterable<String> lines, Pattern sectcre, Pattern optcre, String[] commentPrefixes,
                       String[] inlinePrefixes, boolean strict, boolean emptyLinesInValues, String defaultSection) {
        Set<String> sectionsAdded = new HashSet<>();
        Set<String> optionsAdded = new HashSet<>();
        boolean haveSection = false;
        String sectname = null;
        boolean haveOption = false; // CPython: `optname` is truthy
        int indentLevel = 0;
        int lineno = 0;
        Matcher sm = sectcre.matcher("");
        Matcher om = optcre.matcher("");
        int[] inlineAt = new int[inlinePrefixes.length];
        for (String line : lines) {
            lineno++;
            int commentStart = Integer.MAX_VALUE;
            // inline comments: a prefix at the start or after whitespace
            if (inlinePrefixes.length > 0) {
                java.util.Arrays.fill(inlineAt, -1);
                boolean[] live = new boolean[inlinePrefixes.length];
                java.util.Arrays.fill(live, true);
                int alive = inlinePrefixes.length;
                while (commentStart == Integer.MAX_VALUE && alive > 0) {
                    for (int p = 0; p < inlinePrefixes.length; p++) {
                        if (!live[p]) {
                            continue;
                        }
                        int index = line.indexOf(inlinePrefixes[p], inlineAt[p] + 1);
                        if (index == -1) {
                            live[p] = false;
                            alive--;
                            continue;
                        }
                        inlineAt[p] = index;
                        if (index == 0 || isSpace(line.charAt(index - 1))) {
                            commentStart = Math.min(commentStart, index);
                        }
                    }
                }
            }
            if (commentPrefixes.length > 0) {
                String stripped = strip(line);
                for (String prefix : commentPrefixes) {
                    if (stripped.startsWith(prefix)) {
                        commentStart = 0;
                        break;
                    }
                }
            }
            boolean noComment = commentStart == Integer.MAX_VALUE;
            String value = strip(noComment ? line : line.substring(0, Math.min(commentStart, line.length())));
            if (value.isEmpty()) {
                if (emptyLinesInValues) {
                    if (noComment && haveSection && haveOption && optLines != null) {
                        optLines.add("");
                    }
                } else {
                    indentLevel = Integer.MAX_VALUE;
                }
                continue;
            }
            int curIndent = firstNonSpace(line);
            if (haveSection && haveOption && curIndent > indentLevel) {
                if (optLines == null) {
                    flush();
                    emit("AE", null, null, null);
                    return;
                }
                optLines.add(value);
                continue;
            }
            indentLevel = curIndent;
            if (sm.reset(value).lookingAt()) {
                flush();
                sectname = sm.group("header");
                if (!sectname.equals(defaultSection)) {
                    if (strict && sectionsAdded.contains(sectname)) {
                        emit("DS", sectname, lineno, null);
                        return;
                    }
                    sectionsAdded.add(sectname);
                }
                emit("S", sectname, null, null);
                haveSection = true;
                haveOption = false;
            } else if (!haveSection) {
                flush();
                emit("M", lineno, line, null);
                return;
            } else if (om.reset(value).lookingAt()) {
                flush();
                String rawName = om.group("option");
                if (rawName == null || rawName.isEmpty()) {
                    emit("E", lineno, line, null);
                    rawName = "";
                }
                String name = foldKey(rstrip(rawName));
                if (fold != FOLD_PYTHON) {
                    String key = sectname + "\u0000" + name;
                    if (strict && optionsAdded.contains(key)) {
                        emit("DO", sectname, name, lineno);
                        return;
                    }
                    optionsAdded.add(key);
                }
                String optval = om.group("value");
                List<String> valueLines = null;
                if (optval != null) {
                    valueLines = new ArrayList<>(1);
                    valueLines.add(strip(optval));
                }
                begin(name, valueLines, lineno);
                // CPython tests the folded name's truth: '' cannot take continuation lines
                haveOption = fold == FOLD_PYTHON || !name.isEmpty();
            } else {
                emit("E", lineno, line, null);
            }
        }
        flush();
    }

    // ---------------------------------------------------------------------------------------

    private void begin(String key, List<String> lines, int lineno) {
        optKey = key;
        optLineno = lineno;
        optLines = lines;
        pending = true;
    }

    /** Emits the option being read, its value lines joined as the dialect joins them. */
    private void flush() {
        if (!pending) {
            return;
        }
        pending = false;
        String value = null;
        if (optLines != null) {
            value = optLines.size() == 1 ? optLines.get(0) : String.join("\n", optLines);
            if (py3 && optLines.size() > 1) {
                value = rstrip(value); // py3 only: '\n'.join(val).rstrip()
            }
        }
        emit("O", optKey, value, optLineno);
    }

    private void emit(String kind, Object a, Object b, Object c) {
        out.add(kind);
        out.add(a);
        out.add(b);
        out.add(c);
    }

    private String foldKey(String name) {
        return switch (fold) {
            case FOLD_ASCII -> asciiLower(name);
            case FOLD_LOWER -> name.toLowerCase(Locale.ROOT);
            default -> name;
        };
    }

    private static String asciiLower(String s) {
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            if (c >= 'A' && c <= 'Z') {
                char[] a = s.toCharArray();
                for (int j = i; j < a.length; j++) {
                    if (a[j] >= 'A' && a[j] <= 'Z') {
                        a[j] = (char) (a[j] + 32);
                    }
                }
                return new String(a);
            }
        }
        return s;
    }

    // Python's whitespace: str.isspace() of the dialect's string type

    private static boolean isAsciiSpace(char c) {
        return c == ' ' || (c >= '\t' && c <= '\r');
    }

    boolean isSpace(char c) {
        if (isAsciiSpace(c)) {
            return true;
        }
        if (!unicodeSpace) {
            return false;
        }
        if (c >= '\u001c' && c <= '\u001f' || c == '\u0085') {
            return true;
        }
        if (c < '\u00a0') {
            return false;
        }
        return Character.getType(c) == Character.SPACE_SEPARATOR || c == '\u2028' || c == '\u2029';
    }

    private boolean isBlank(String s) {
        for (int i = 0; i < s.length(); i++) {
            if (!isSpace(s.charAt(i))) {
                return false;
            }
        }
        return true;
    }

    String strip(String s) {
        int b = 0;
        int e = s.length();
        while (b < e && isSpace(s.charAt(b))) {
            b++;
        }
        while (e > b && isSpace(s.charAt(e - 1))) {
            e--;
        }
        return b == 0 && e == s.length() ? s : s.substring(b, e);
    }

    String rstrip(String s) {
        int e = s.length();
        while (e > 0 && isSpace(s.charAt(e - 1))) {
            e--;
        }
        return e == s.length() ? s : s.substring(0, e);
    }

    /** NONSPACECRE = re.compile(r"\S"): the index of the first non-space, else 0. */
    private int firstNonSpace(String line) {
        for (int i = 0; i < line.length(); i++) {
            if (!isSpace(line.charAt(i))) {
                return i;
            }
        }
        return 0;
    }
}
