package dev.pyhost.cli;

import org.jline.reader.Highlighter;
import org.jline.reader.LineReader;
import org.jline.utils.AttributedString;
import org.jline.utils.AttributedStringBuilder;
import org.jline.utils.AttributedStyle;

import java.util.Arrays;
import java.util.function.Supplier;
import java.util.regex.Pattern;

/**
 * Colours the line being typed as CPython 3.14's prompt does: keywords, builtins, strings (with
 * their prefixes, triple-quoted ones too), numbers and comments. A continuation line is read after
 * the statement's earlier lines, so that a string they opened is still a string.
 */
final class PythonHighlighter implements Highlighter {
    static final AttributedStyle KEYWORD = AttributedStyle.BOLD.foreground(AttributedStyle.BLUE);
    static final AttributedStyle BUILTIN = AttributedStyle.DEFAULT.foreground(AttributedStyle.CYAN);
    static final AttributedStyle STRING = AttributedStyle.DEFAULT.foreground(AttributedStyle.GREEN);
    static final AttributedStyle NUMBER = AttributedStyle.DEFAULT.foreground(AttributedStyle.YELLOW);
    static final AttributedStyle COMMENT = AttributedStyle.DEFAULT.foreground(AttributedStyle.RED);

    private final PythonNames names;
    private final Supplier<String> statementSoFar;

    /**
     * @param names          the keywords and builtins of the session's Python
     * @param statementSoFar the lines of the statement typed before this one; empty at its first
     */
    PythonHighlighter(PythonNames names, Supplier<String> statementSoFar) {
        this.names = names;
        this.statementSoFar = statementSoFar;
    }

    @Override
    public AttributedString highlight(LineReader reader, String buffer) {
        return highlight(buffer, reader.getSearchTerm());
    }

    AttributedString highlight(String line) {
        return highlight(line, null);
    }

    /** The line's colours, and the match underlined while Ctrl-R searches for {@code searched}. */
    AttributedString highlight(String line, String searched) {
        String before = statementSoFar.get();
        String text = before.isEmpty() ? line : before + "\n" + line;
        AttributedStyle[] styles = styles(text);
        int start = text.length() - line.length();
        int match = searched == null || searched.isEmpty() ? -1 : line.indexOf(searched);
        AttributedStringBuilder b = new AttributedStringBuilder(line.length());
        for (int i = start; i < text.length(); i++) {
            boolean found = match >= 0 && i - start >= match && i - start < match + searched.length();
            b.style(found ? styles[i].underline() : styles[i]).append(text.charAt(i));
        }
        return b.toAttributedString();
    }

    private AttributedStyle[] styles(String text) {
        AttributedStyle[] styles = new AttributedStyle[text.length()];
        Arrays.fill(styles, AttributedStyle.DEFAULT);
        boolean afterDot = false; // an attribute's name is no keyword nor builtin
        int i = 0;
        while (i < text.length()) {
            char c = text.charAt(i);
            int end;
            if (c == '#') {
                end = lineEnd(text, i);
                Arrays.fill(styles, i, end, COMMENT);
            } else if (c == '\'' || c == '"') {
                end = stringEnd(text, i);
                Arrays.fill(styles, i, end, STRING);
            } else if (Character.isLetter(c) || c == '_') {
                end = i + 1;
                while (end < text.length() && (Character.isLetterOrDigit(text.charAt(end)) || text.charAt(end) == '_')) {
                    end++;
                }
                String word = text.substring(i, end);
                if (end < text.length() && isQuote(text.charAt(end)) && isStringPrefix(word)) {
                    end = stringEnd(text, end);
                    Arrays.fill(styles, i, end, STRING);
                } else if (!afterDot && names.isKeyword(word)) {
                    Arrays.fill(styles, i, end, KEYWORD);
                } else if (!afterDot && names.isBuiltin(word)) {
                    Arrays.fill(styles, i, end, BUILTIN);
                }
            } else if (Character.isDigit(c) || c == '.' && i + 1 < text.length() && Character.isDigit(text.charAt(i + 1))) {
                end = numberEnd(text, i);
                Arrays.fill(styles, i, end, NUMBER);
            } else {
                if (!Character.isWhitespace(c)) {
                    afterDot = c == '.';
                }
                i++;
                continue;
            }
            afterDot = false;
            i = end;
        }
        return styles;
    }

    private static boolean isQuote(char c) {
        return c == '\'' || c == '"';
    }

    /** r, u, b, f and the pairs Python 2 or 3 allow, in either case. */
    private static boolean isStringPrefix(String word) {
        return word.length() <= 2 && word.toLowerCase().matches("[rubf]|br|rb|fr|rf|ur");
    }

    private static int lineEnd(String text, int from) {
        int nl = text.indexOf('\n', from);
        return nl < 0 ? text.length() : nl;
    }

    /** Just after the string whose opening quote is at {@code quote}; the end of its line or text when open. */
    private static int stringEnd(String text, int quote) {
        char q = text.charAt(quote);
        String triple = String.valueOf(q).repeat(3);
        boolean isTriple = text.startsWith(triple, quote);
        int i = quote + (isTriple ? 3 : 1);
        while (i < text.length()) {
            char c = text.charAt(i);
            if (c == '\\') {
                i += 2; // an escaped quote or line end (a raw string's too) does not end it
            } else if (isTriple && text.startsWith(triple, i)) {
                return i + 3;
            } else if (!isTriple && c == q) {
                return i + 1;
            } else if (!isTriple && c == '\n') {
                return i;
            } else {
                i++;
            }
        }
        return text.length();
    }

    /** Just after the number at {@code start}: digits, '_', '.', radix and suffix letters, an exponent's sign. */
    private static int numberEnd(String text, int start) {
        boolean radix = text.startsWith("0", start) && start + 1 < text.length()
                && "xXoObB".indexOf(text.charAt(start + 1)) >= 0;
        int i = start;
        while (i < text.length()) {
            char c = text.charAt(i);
            boolean sign = (c == '+' || c == '-') && !radix && i > start && "eE".indexOf(text.charAt(i - 1)) >= 0;
            if (!Character.isLetterOrDigit(c) && c != '_' && c != '.' && !sign) {
                break;
            }
            i++;
        }
        return i;
    }

    @Override
    public void setErrorPattern(Pattern errorPattern) {
        // Python's errors are the engine's to report
    }

    @Override
    public void setErrorIndex(int errorIndex) {
        // as above
    }
}
