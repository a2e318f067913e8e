package dev.pyhost.cli;

import org.jline.utils.AttributedString;
import org.jline.utils.AttributedStyle;
import org.junit.jupiter.api.Test;

import static dev.pyhost.cli.PythonHighlighter.BUILTIN;
import static dev.pyhost.cli.PythonHighlighter.COMMENT;
import static dev.pyhost.cli.PythonHighlighter.KEYWORD;
import static dev.pyhost.cli.PythonHighlighter.NUMBER;
import static dev.pyhost.cli.PythonHighlighter.STRING;
import static org.assertj.core.api.Assertions.assertThat;

/** The style each token of a typed line gets. */
class PythonHighlighterTest {

    private static AttributedString python3(String line) {
        return new PythonHighlighter(PythonNames.of(3), () -> "").highlight(line);
    }

    /** The style of {@code token}'s every character, where it first occurs in the line; null when they differ. */
    private static AttributedStyle styleOf(AttributedString line, String token) {
        int at = line.toString().indexOf(token);
        assertThat(at).as("%s in %s", token, line).isNotNegative();
        AttributedStyle first = line.styleAt(at);
        for (int i = at; i < at + token.length(); i++) {
            if (!line.styleAt(i).equals(first)) {
                return null;
            }
        }
        return first;
    }

    @Test
    void keywordsBuiltinsNumbersCommentsAndPlainNames() {
        AttributedString line = python3("for item in range(10): total = len(item) + 0x1F + 1.5e-3  # add up");
        assertThat(line.toString()).isEqualTo("for item in range(10): total = len(item) + 0x1F + 1.5e-3  # add up");
        assertThat(styleOf(line, "for")).isEqualTo(KEYWORD);
        assertThat(styleOf(line, " in ")).isNull();
        assertThat(styleOf(line, "in")).isEqualTo(KEYWORD);
        assertThat(styleOf(line, "range")).isEqualTo(BUILTIN);
        assertThat(styleOf(line, "len")).isEqualTo(BUILTIN);
        assertThat(styleOf(line, "10")).isEqualTo(NUMBER);
        assertThat(styleOf(line, "0x1F")).isEqualTo(NUMBER);
        assertThat(styleOf(line, "1.5e-3")).isEqualTo(NUMBER);
        assertThat(styleOf(line, "# add up")).isEqualTo(COMMENT);
        assertThat(styleOf(line, "item")).isEqualTo(AttributedStyle.DEFAULT);
        assertThat(styleOf(line, "total = ")).isEqualTo(AttributedStyle.DEFAULT);
    }

    @Test
    void stringsWithPrefixesEscapesAndTripleQuotes() {
        AttributedString line = python3("x = rb'a\\'b' + f\"{y}\" + '''t'r''' + '# not a comment' # one");
        assertThat(styleOf(line, "rb'a\\'b'")).isEqualTo(STRING);
        assertThat(styleOf(line, "f\"{y}\"")).isEqualTo(STRING);
        assertThat(styleOf(line, "'''t'r'''")).isEqualTo(STRING);
        assertThat(styleOf(line, "'# not a comment'")).isEqualTo(STRING);
        assertThat(styleOf(line, "# one")).isEqualTo(COMMENT);
        assertThat(styleOf(line, " + ")).isEqualTo(AttributedStyle.DEFAULT);
    }

    @Test
    void aStringLeftOpenColoursTheRestOfItsLine() {
        AttributedString line = python3("s = 'open while");
        assertThat(styleOf(line, "'open while")).isEqualTo(STRING);
    }

    @Test
    void aContinuationLineInsideATripleQuotedStringIsString() {
        PythonHighlighter h = new PythonHighlighter(PythonNames.of(3), () -> "s = \"\"\"first\nsecond");
        AttributedString line = h.highlight("while done\"\"\" if x else None");
        assertThat(styleOf(line, "while done\"\"\"")).isEqualTo(STRING);
        assertThat(styleOf(line, "if")).isEqualTo(KEYWORD);
        assertThat(styleOf(line, "None")).isEqualTo(KEYWORD);
    }

    @Test
    void attributesNamedAsBuiltinsAreNotColoured() {
        AttributedString line = python3("obj.print(x.len)");
        assertThat(styleOf(line, "obj.print(x.len)")).isEqualTo(AttributedStyle.DEFAULT);
    }

    @Test
    void printAndExecAreKeywordsOfPython2AndBuiltinsOfPython3() {
        AttributedString two = new PythonHighlighter(PythonNames.of(2), () -> "").highlight("print exec, nonlocal");
        assertThat(styleOf(two, "print")).isEqualTo(KEYWORD);
        assertThat(styleOf(two, "exec")).isEqualTo(KEYWORD);
        assertThat(styleOf(two, "nonlocal")).isEqualTo(AttributedStyle.DEFAULT);
        AttributedString three = python3("print exec, nonlocal");
        assertThat(styleOf(three, "print")).isEqualTo(BUILTIN);
        assertThat(styleOf(three, "exec")).isEqualTo(BUILTIN);
        assertThat(styleOf(three, "nonlocal")).isEqualTo(KEYWORD);
    }

    @Test
    void theMatchOfAHistorySearchIsUnderlinedOverItsColours() {
        AttributedString line = new PythonHighlighter(PythonNames.of(3), () -> "").highlight("if x: print(1)", "x: pr");
        assertThat(styleOf(line, "if")).isEqualTo(KEYWORD);
        assertThat(styleOf(line, "x: ")).isEqualTo(AttributedStyle.DEFAULT.underline());
        assertThat(styleOf(line, "pr")).isEqualTo(BUILTIN.underline());
        assertThat(styleOf(line, "int")).isEqualTo(BUILTIN);
    }
}
