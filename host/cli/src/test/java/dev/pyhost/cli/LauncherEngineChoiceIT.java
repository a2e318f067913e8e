package dev.pyhost.cli;

import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.TimeUnit;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The launcher starts the GraalPy JVM itself for a script that says it is Python 3 (shebang,
 * header comment, PYHOST_ENGINE), sparing the JVM that would otherwise read the script and hand
 * it over; the engine is always the one the command line's own choice gives. The script prints
 * its Python version and whether its parent process is a pyhost JVM (a handover).
 */
class LauncherEngineChoiceIT {
    static final Path ROOT = Path.of("../..").toAbsolutePath().normalize();
    private static final String PROBE = "import os, sys\n"
            + "parent = open('/proc/%d/cmdline' % os.getppid()).read()\n"
            + "print('%d %s' % (sys.version_info[0], 'handed-over' if 'dev.pyhost.cli.Main' in parent else 'direct'))\n";

    @TempDir
    Path dir;

    @ParameterizedTest(name = "{0} / PYHOST_ENGINE={1} -> {2}")
    @CsvSource(delimiter = '|', value = {
        "#!/usr/bin/env python3           |         | 3 direct",
        "#!/usr/bin/python                |         | 3 handed-over",
        "# notes\\n# pyhost: engine=graalpy |         | 3 direct",
        "#!/usr/bin/env python3\\n# pyhost: engine=jython | | 2 direct",
        "#pyhost:engine=py3               |         | 3 direct",
        "#!/usr/bin/env python2           |         | 2 direct",
        "# nothing said                   |         | 3 handed-over",
        "#!/usr/bin/python                | graalpy | 3 direct",
        "#!/usr/bin/env python3           | jython  | 2 direct",
        "#!/usr/bin/env python3           | auto    | 3 direct",
    })
    void aScriptThatSaysItIsPython3StartsGraalPyDirectly(String head, String engine, String expected) throws Exception {
        Path script = dir.resolve("probe.py");
        Files.writeString(script, head.strip().replace("\\n", "\n") + "\n" + PROBE);
        ProcessBuilder pb = new ProcessBuilder(ROOT.resolve("pyhost").toString(), script.toString())
                .redirectErrorStream(true).redirectInput(ProcessBuilder.Redirect.from(new java.io.File("/dev/null")));
        pb.environment().put("PYHOST_DAEMON", "off");
        pb.environment().remove("PYHOST_ENGINE");
        if (engine != null) {
            pb.environment().put("PYHOST_ENGINE", engine.strip());
        }
        Process p = pb.start();
        String out = new String(p.getInputStream().readAllBytes(), StandardCharsets.UTF_8).strip();
        assertThat(p.waitFor(180, TimeUnit.SECONDS)).isTrue();
        // a Python 2 run has no second JVM: its parent is this test either way
        assertThat(out).isEqualTo(expected.strip());
    }
}
