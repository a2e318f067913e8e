package dev.pyhost.examples;

import dev.pyhost.examples.RunLegacyScript.Outcome;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Path;

import static org.assertj.core.api.Assertions.assertThat;

class RunLegacyScriptTest {
    @TempDir
    static Path dir;
    static Path script;

    @BeforeAll
    static void copyScript() {
        script = RunLegacyScript.bundledScript(dir);
    }

    @Test
    void aCleanRunCapturesBothStreamsAndExitsZero() {
        Outcome o = RunLegacyScript.run(script, "ok", "db01", "web1", "app");

        assertThat(o.stdout()).isEqualTo("""
                nightly check (ok) of 3 hosts
                  db01   up
                  web1   up
                  app    DOWN
                done
                """);
        assertThat(o.stderr()).isEqualTo("warning: 1 host(s) down\n");
        assertThat(o.exitStatus()).isZero();
        assertThat(o.errorType()).isNull();
        assertThat(o.traceback()).isNull();
    }

    @Test
    void sysExitWithAStatusIsReportedAsSystemExit() {
        Outcome o = RunLegacyScript.run(script, "warn", "db01", "app", "web");

        assertThat(o.exitStatus()).isEqualTo(12);
        assertThat(o.errorType()).isEqualTo("SystemExit");
        assertThat(o.stdout()).startsWith("nightly check (warn) of 3 hosts\n").doesNotContain("done");
        assertThat(o.stderr()).isEqualTo("warning: 2 host(s) down\n");
    }

    @Test
    void anUncaughtExceptionGivesItsTypeAndCPythonsTraceback() {
        Outcome o = RunLegacyScript.run(script, "crash");

        assertThat(o.exitStatus()).isEqualTo(1);
        assertThat(o.errorType()).isEqualTo("KeyError");
        assertThat(o.stdout()).isEqualTo("""
                nightly check (crash) of 2 hosts
                  db01   up
                  web1   up
                """);
        assertThat(o.stderr()).isEqualTo("reading timeout...\n");
        assertThat(o.traceback())
                .startsWith("Traceback (most recent call last):\n")
                .contains("nightly_check.py\", line 18, in <module>\n    timeout = config['timeout']\n")
                .endsWith("KeyError: 'timeout'\n");
    }

    @Test
    void theTracebackNamesTheScriptAsItWasGiven() {
        Outcome o = RunLegacyScript.run(script, "crash");

        assertThat(o.traceback()).contains("  File \"nightly_check.py\", line 18, in <module>\n");
    }
}
