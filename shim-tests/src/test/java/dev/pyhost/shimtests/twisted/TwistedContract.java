package dev.pyhost.shimtests.twisted;

import dev.pyhost.shimtests.CPython;
import dev.pyhost.shimtests.ShimContract;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.Test;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * pyhost's Twisted against the real Twisted (python3-twisted on CPython 3): each scenario is one
 * script in the common subset of Python 2 and 3, run by real Twisted and by pyhost on the engine
 * under test (so Jython runs the Python 2 side of the same behaviour). Scenarios print what they
 * observed in an order that does not depend on machine speed.
 */
abstract class TwistedContract extends ShimContract {

    /** Forgets twisted modules of an earlier scenario: each one gets a fresh reactor. */
    private static final String FRESH_TWISTED = "import sys\n"
            + "for k in [k for k in list(sys.modules) if k == 'twisted' or k.startswith('twisted.')]:\n"
            + "    del sys.modules[k]\n";

    private static String scenario(String name) {
        String path = "/dev/pyhost/shimtests/twisted/" + name + ".py";
        try (InputStream in = TwistedContract.class.getResourceAsStream(path)) {
            assertThat(in).as(path).isNotNull();
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static String realTwisted(String code) {
        Path tmp = Path.of(System.getProperty("java.io.tmpdir"));
        String probe = CPython.run(3, "try:\n    import twisted\n    print('yes')\nexcept ImportError:\n    print('no')\n", tmp);
        Assumptions.assumeTrue(probe.trim().equals("yes"), "python3-twisted is not installed");
        return CPython.run(3, code, tmp);
    }

    private void assertSameAsTwisted(String name) {
        String code = scenario(name);
        String expected = realTwisted(code);
        assertThat(expected).as("real Twisted printed something").isNotBlank();
        py(FRESH_TWISTED);
        assertThat(py(code)).as("stdout of %s.py", name).isEqualTo(expected);
    }

    @Test
    void deferredCallbackChainsFailuresAndInlineCallbacksMatchTwisted() {
        assertSameAsTwisted("deferred_chains");
    }

    @Test
    void loopingCallClockLineReceiverAndReconnectingFactoryMatchTwisted() {
        assertSameAsTwisted("task_protocols");
    }

    @Test
    void logObserversAndFormatsMatchTwisted() {
        assertSameAsTwisted("log_observers");
    }

    @Test
    void reactorTimersSystemEventsThreadsAndTcpMatchTwisted() {
        assertSameAsTwisted("reactor_tcp_threads");
    }

    @Test
    void reconnectingClientFactoryRetriesUntilStoppedAsTwistedDoes() {
        assertSameAsTwisted("reconnecting_client");
    }

    @Test
    void anExceptionInAProtocolIsLoggedAndDropsItsConnection() {
        assertSameAsTwisted("protocol_errors");
    }

    @Test
    void importingTheReactorInstallsTheReactorObject() {
        py(FRESH_TWISTED);
        String out = py("import sys\n"
                + "from twisted.internet import reactor\n"
                + "import twisted.internet.reactor as again\n"
                + "print(reactor is sys.modules['twisted.internet.reactor'])\n"
                + "print('%s %s' % (hasattr(reactor, 'listenTCP'), hasattr(again, 'callLater')))\n"
                + "from twisted.internet.defer import Deferred\n"
                + "print(Deferred.__module__)\n");
        assertThat(out).isEqualTo("True\nTrue True\ntwisted.internet.defer\n");
    }

    @Test
    void anErrorLeftInADeferredIsReportedOnStderrAsTwistedDoes() {
        py(FRESH_TWISTED);
        py("from twisted.internet import defer\n"
                + "from twisted.python import log\n"
                + "log.err(ValueError('left alone'), 'while testing')\n");
        assertThat(host().lastStderr()).contains("while testing\nTraceback (most recent call last):\n")
                .contains("ValueError: left alone");
    }
}
