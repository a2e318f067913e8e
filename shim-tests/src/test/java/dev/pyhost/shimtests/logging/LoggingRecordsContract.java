package dev.pyhost.shimtests.logging;

import dev.pyhost.shimtests.ShimContract;
import org.junit.jupiter.api.Test;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;

import static org.junit.jupiter.api.Assumptions.assumeTrue;

/**
 * Records logged through loggers and handlers hold the same bytes as CPython's, on whichever path
 * the engine takes them: the common call on stock loggers, handlers and formatters (the PS1.2
 * format, every record field, '%' args as a tuple, a dict, non-str messages, unicode text, added
 * level names, a message that fails to format, exc_info), and each customisation that must be
 * honoured as CPython honours it (a Formatter subclass, handler and logger filters, a handler
 * subclass, a method set on the instance, FileHandler's delay, encodings and append mode, a
 * StreamHandler, extra, threads logging at once; on Python 3 also the record factory, the logger
 * class, '{' style, format defaults, stack_info and stacklevel), and each piece of the stock path
 * that a script replaces (thread names, time converters, getLevelName, findCaller). The snippets are
 * records_*.py next to this class, after records_common.py.
 */
abstract class LoggingRecordsContract extends ShimContract {
    @Override
    protected boolean needsOwnHost() {
        return true;  // fixes time.time while a snippet runs, adds level names
    }

    private static String snippet(String name) {
        try (InputStream in = LoggingRecordsContract.class.getResourceAsStream(name)) {
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private void assertRecordsAsCPython(String name) {
        assertSameAsCPython(snippet("records_common.py") + snippet(name) + "time.time = real_time\n");
    }

    @Test
    void recordsOfStockLoggersHandlersAndFormattersAreCPythons() {
        assertRecordsAsCPython("records_formatted.py");
    }

    @Test
    void customisedLoggingIsHonouredAsUnderCPython() {
        assertRecordsAsCPython("records_customised.py");
    }

    @Test
    void piecesOfTheStockPathReplacedByAScriptAreHonouredAsUnderCPython() {
        assertRecordsAsCPython("records_replaced.py");
    }

    @Test
    void python3CustomisationsAreHonouredAsUnderCPython() {
        assumeTrue(major() == 3);
        assertRecordsAsCPython("records_customised3.py");
    }
}
