package dev.pyhost.cli;

import org.jline.reader.CompletingParsedLine;
import org.jline.reader.ParsedLine;
import org.jline.reader.Parser;

import java.util.List;

/**
 * How the line editor sees a Python line: never incomplete (the engine's console decides that
 * after the line is pushed), and for completion one word, the dotted name before the cursor.
 */
final class PythonLineParser implements Parser {

    @Override
    public ParsedLine parse(String line, int cursor, ParseContext context) {
        int at = Math.max(0, Math.min(cursor, line.length()));
        return new Line(line, at, line.substring(nameStart(line, at), at));
    }

    /** Where the dotted name ending at {@code cursor} starts (letters, digits, '_' and '.'). */
    static int nameStart(CharSequence text, int cursor) {
        int i = cursor;
        while (i > 0) {
            char c = text.charAt(i - 1);
            if (!Character.isLetterOrDigit(c) && c != '_' && c != '.') {
                break;
            }
            i--;
        }
        return i;
    }

    /** Python has no shell quoting: candidates go in as they are. */
    private record Line(String line, int cursor, String word) implements CompletingParsedLine {
        @Override
        public CharSequence escape(CharSequence candidate, boolean complete) {
            return candidate;
        }

        @Override
        public int rawWordCursor() {
            return word.length();
        }

        @Override
        public int rawWordLength() {
            return word.length();
        }

        @Override
        public int wordCursor() {
            return word.length();
        }

        @Override
        public int wordIndex() {
            return 0;
        }

        @Override
        public List<String> words() {
            return List.of(word);
        }
    }
}
