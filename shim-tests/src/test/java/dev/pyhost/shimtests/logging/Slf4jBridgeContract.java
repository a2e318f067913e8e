package dev.pyhost.shimtests.logging;

import ch.qos.logback.classic.Level;
import ch.qos.logback.classic.Logger;
import ch.qos.logback.classic.spi.ILoggingEvent;
import ch.qos.logback.classic.spi.ThrowableProxy;
import ch.qos.logback.core.read.ListAppender;
import dev.pyhost.PyHost;
import dev.pyhost.PythonException;
import dev.pyhost.PythonLogging;
import dev.pyhost.shimtests.ShimContract;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.slf4j.LoggerFactory;
import org.slf4j.event.KeyValuePair;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * With {@link PythonLogging#SLF4J}, Python's log records reach SLF4J (collected here by logback's
 * ListAppender) with their logger's name, a level mapped by range, the record's attributes and
 * {@code extra=} values as key-values and the exception as a Throwable of Python frames; the
 * script's own handlers get nothing, though their filters still decide. Without it nothing
 * reaches SLF4J and the output is CPython's.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
abstract class Slf4jBridgeContract extends ShimContract {
    private static final String SCRIPT = """
            import logging
            got = []
            class Collect(logging.Handler):
                def emit(self, record):
                    got.append(record.getMessage())
            log = logging.getLogger('ps.monitor')
            log.addHandler(Collect())
            log.setLevel(1)
            logging.addLevelName(25, 'NOTICE')
            def check():
                log.info('tick %d of %s', 7, 'db1', extra={'host': 'db1', 'port': 5432, 'ratio': 0.5, 'tags': ['a']})
                log.log(25, 'notice')
                log.log(5, 'fine')
                log.critical('down')
                log.warning('careful {}')
                log.debug('details')
            check()
            logging.getLogger('ps.quiet').error('above nothing')
            def inner():
                raise ValueError('bad value')
            def outer():
                try:
                    inner()
                except ValueError:
                    log.exception('failed')
            outer()
            """;

    private final ListAppender<ILoggingEvent> appender = new ListAppender<>();
    private Logger ps;
    private Path dir;
    private PyHost bridged;
    private final ByteArrayOutputStream stderr = new ByteArrayOutputStream();

    @BeforeAll
    void startBridgedHost() throws IOException {
        ps = (Logger) LoggerFactory.getLogger("ps");
        ps.setLevel(Level.TRACE);
        ps.addAppender(appender);
        appender.start();
        dir = Files.createTempDirectory("slf4j-bridge");
        Files.writeString(dir.resolve("bridge.py"), SCRIPT);
        bridged = PyHost.newBuilder().engine(engine()).workingDirectory(dir).stderr(stderr)
                .logging(PythonLogging.SLF4J).build();
    }

    @AfterAll
    void stop() throws IOException {
        bridged.close();
        ps.detachAppender(appender);
        ps.setLevel(null);
        Files.deleteIfExists(dir.resolve("bridge.py"));
        Files.deleteIfExists(dir);
    }

    @BeforeEach
    void clear() {
        appender.list.clear();
    }

    @Test
    void recordsBecomeSlf4jEventsWithNameLevelAndKeyValues() {
        bridged.run(dir.resolve("bridge.py"));
        List<ILoggingEvent> events = appender.list;
        assertThat(events).extracting(ILoggingEvent::getLoggerName).containsExactly(
                "ps.monitor", "ps.monitor", "ps.monitor", "ps.monitor", "ps.monitor", "ps.monitor", "ps.quiet", "ps.monitor");
        assertThat(events).extracting(ILoggingEvent::getLevel).containsExactly(
                Level.INFO, Level.INFO, Level.TRACE, Level.ERROR, Level.WARN, Level.DEBUG, Level.ERROR, Level.ERROR);
        assertThat(events).extracting(ILoggingEvent::getFormattedMessage).containsExactly(
                "tick 7 of db1", "notice", "fine", "down", "careful {}", "details", "above nothing", "failed");

        Map<String, Object> tick = keyValues(events.get(0));
        assertThat(tick).containsEntry("py.filename", "bridge.py").containsEntry("py.lineno", 11L)
                .containsEntry("py.funcName", "check").containsEntry("py.threadName", "MainThread")
                .containsEntry("host", "db1").containsEntry("port", 5432L).containsEntry("ratio", 0.5)
                .containsEntry("tags", "['a']").doesNotContainKeys("py.levelname", "msg", "args", "message");
        assertThat(keyValues(events.get(1))).containsEntry("py.levelname", "NOTICE").containsEntry("py.levelno", 25L);
        assertThat(keyValues(events.get(2))).containsEntry("py.levelname", "Level 5").containsEntry("py.levelno", 5L);
        assertThat(keyValues(events.get(3))).containsEntry("py.levelname", "CRITICAL").containsEntry("py.levelno", 50L);
        assertThat(keyValues(events.get(4))).doesNotContainKeys("py.levelname", "py.levelno");
        assertThat(keyValues(events.get(6))).containsEntry("py.funcName", "<module>").containsEntry("py.lineno", 18L);
        assertThat(events.subList(0, 7)).allSatisfy(e -> assertThat(e.getThrowableProxy()).isNull());

        assertThat(bridged.eval("got")).as("the script's own handler").isEqualTo(List.of());
    }

    @Test
    void anExceptionBecomesAThrowableOfPythonFrames() {
        bridged.run(dir.resolve("bridge.py"));
        ILoggingEvent failed = appender.list.get(appender.list.size() - 1);
        assertThat(keyValues(failed)).containsEntry("py.funcName", "outer").containsEntry("py.lineno", 25L);
        Throwable thrown = ((ThrowableProxy) failed.getThrowableProxy()).getThrowable();
        assertThat(thrown).isInstanceOf(PythonException.class).hasMessage("ValueError: bad value");
        PythonException e = (PythonException) thrown;
        assertThat(e.pythonType()).isEqualTo("ValueError");
        assertThat(e.tracebackText()).startsWith("Traceback (most recent call last):\n")
                .endsWith("ValueError: bad value\n").contains("in inner");
        StackTraceElement[] trace = e.getStackTrace();
        assertThat(trace).extracting(StackTraceElement::getMethodName).containsExactly("inner", "outer");
        assertThat(trace).extracting(StackTraceElement::getFileName).containsOnly("bridge.py");
        assertThat(trace).extracting(StackTraceElement::getClassName).containsOnly("bridge");
        assertThat(trace).extracting(StackTraceElement::getLineNumber).containsExactly(20, 23);
    }

    @Test
    void theFiltersOfTheHandlersARecordReachesStillDecide() throws IOException {
        Files.writeString(dir.resolve("filtered.py"), """
                import logging
                class Quiet(logging.Filter):
                    def filter(self, record):
                        return 'noise' not in record.getMessage()
                class Tagged(logging.Filter):
                    def filter(self, record):
                        record.request_id = 'r-17'
                        return True
                quiet = logging.Handler()
                quiet.addFilter(Quiet())
                logging.getLogger('ps.filtered').addHandler(quiet)
                logging.getLogger('ps.filtered').propagate = False
                logging.getLogger('ps.filtered').warning('noise from the poller')
                logging.getLogger('ps.filtered').warning('disk full')
                tagged = logging.Handler()
                tagged.addFilter(Tagged())
                logging.getLogger('ps.tagged').addHandler(tagged)
                logging.getLogger('ps.tagged').addHandler(quiet)
                logging.getLogger('ps.tagged').warning('noise, but tagged')
                logging.getLogger('ps.tagged').removeHandler(tagged)
                logging.getLogger('ps.tagged').warning('noise, refused')
                """);
        try {
            bridged.run(dir.resolve("filtered.py"));
        } finally {
            Files.deleteIfExists(dir.resolve("filtered.py"));
        }
        assertThat(appender.list).extracting(ILoggingEvent::getFormattedMessage)
                .containsExactly("disk full", "noise, but tagged");
        assertThat(keyValues(appender.list.get(0))).doesNotContainKey("request_id");
        assertThat(keyValues(appender.list.get(1))).containsEntry("request_id", "r-17");
    }

    @Test
    void withoutTheBridgeNothingReachesSlf4jAndOutputIsCPythons() {
        assertSameAsCPython("""
                import sys, logging
                err, sys.stderr = sys.stderr, sys.stdout  # given back: later snippets share the host
                try:
                    logging.Logger.manager.emittedNoHandlerWarning = False
                    logging.getLogger('ps.plain').warning('no handler here')
                    logging.getLogger('ps.plain').addHandler(logging.StreamHandler(sys.stdout))
                    logging.getLogger('ps.plain').error('handled by %s', 'the script')
                finally:
                    sys.stderr = err
                """);
        assertThat(appender.list).isEmpty();
    }

    private static Map<String, Object> keyValues(ILoggingEvent event) {
        Map<String, Object> kv = new LinkedHashMap<>();
        List<KeyValuePair> pairs = event.getKeyValuePairs();
        if (pairs != null) {
            pairs.forEach(p -> kv.put(p.key, p.value));
        }
        return kv;
    }
}
