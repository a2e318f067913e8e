package dev.pyhost.cli;

import dev.pyhost.PyHostException;
import dev.pyhost.spi.InteractiveConsole;
import org.jline.reader.Candidate;
import org.jline.reader.Completer;
import org.jline.reader.LineReader;
import org.jline.reader.ParsedLine;

import java.util.List;

/**
 * Tab completion from the live session: the engine computes the candidates (names, keywords,
 * attributes, modules after import), each replacing the dotted name before the cursor.
 */
final class PythonCompleter implements Completer {
    private final InteractiveConsole console;

    PythonCompleter(InteractiveConsole console) {
        this.console = console;
    }

    @Override
    public void complete(LineReader reader, ParsedLine line, List<Candidate> candidates) {
        for (String c : candidates(line.line(), line.cursor())) {
            // complete=false: no space after the candidate (rlcompleter adds '(' or ' ' itself)
            candidates.add(new Candidate(c, c, null, null, null, null, false));
        }
    }

    List<String> candidates(String buffer, int cursor) {
        try {
            return console.complete(buffer, cursor);
        } catch (PyHostException e) {
            return List.of(); // a completion that fails completes nothing, as readline's
        }
    }
}
