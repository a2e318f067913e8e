package dev.pyhost.cli;

import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The launcher starts the GraalPy JVM itself for a script that says it is Python 3 (shebang,
 * header comment, PYHOST_ENGINE) or shows no sign of Python 2 to grep, sparing the JVM that would
 * otherwise read the script and hand it over; the engine is always the one the command line's own
 * choice gives. In the rare script whose Python 2 only the full selection sees, the GraalPy JVM
 * hands the run to the Jython JVM. The script prints its Python version and whether its parent
 * process is a pyhost JVM (a handover).
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
        "#!/usr/bin/python                |         | 3 direct",
        "# notes\\n# pyhost: engine=graalpy |         | 3 direct",
        "#!/usr/bin/env python3\\n# pyhost: engine=jython | | 2 direct",
        "#pyhost:engine=py3               |         | 3 direct",
        "#!/usr/bin/env python2           |         | 2 direct",
        "# nothing said                   |         | 3 direct",
        "# print 'in a comment'           |         | 3 direct",
        "x = 1; '''\\n    print 'in a docstring'\\n''' | | 3 handed-over",
        "def never():\\n    print 'x'     |         | 2 direct",
        "def never():\\n    raise (ValueError(\\n        'a')), 'b' | | 2 handed-over",
        "#!/usr/bin/python                | graalpy | 3 direct",
        "#!/usr/bin/env python3           | jython  | 2 direct",
        "#!/usr/bin/env python3           | auto    | 3 direct",
    })
    void eachScriptRunsOnItsEngineAndPython3StartsGraalPyDirectly(String head, String engine, String expected)
            throws Exception {
        assertThat(run(head, engine, PROBE)).isEqualTo(expected.strip());
    }

    /** --explain-engine gives the reason of the JVM that chose, not the handover's --engine. */
    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
        "x = 1; '''\\n    print 'in a docstring'\\n''' | graalpy (Python 3): no Python 2-only syntax or module found",
        "def never():\\n    raise (ValueError(\\n        'a')), 'b' | jython (Python 2): line 2: 'raise E, msg' statement (Python 2 only)",
    })
    void aHandedOverRunExplainsTheChoiceThatWasMade(String head, String explained) throws Exception {
        assertThat(run(head, null, "print('ran')\n", "--explain-engine"))
                .isEqualTo("pyhost: engine " + explained.strip() + "\nran");
    }

    private String run(String head, String engine, String body, String... options) throws Exception {
        Path script = dir.resolve("probe.py");
        Files.writeString(script, head.strip().replace("\\n", "\n") + "\n" + body);
        List<String> command = new ArrayList<>(List.of(ROOT.resolve("pyhost").toString()));
        command.addAll(List.of(options));
        command.add(script.toString());
        ProcessBuilder pb = new ProcessBuilder(command)
                .redirectErrorStream(true).redirectInput(ProcessBuilder.Redirect.from(new java.io.File("/dev/null")));
        pb.environment().put("PYHOST_DAEMON", "off");
        pb.environment().remove("PYHOST_ENGINE");
        if (engine != null) {
            pb.environment().put("PYHOST_ENGINE", engine.strip());
        }
        Process p = pb.start();
        String out = new String(p.getInputStream().readAllBytes(), StandardCharsets.UTF_8).strip();
        assertThat(p.waitFor(180, TimeUnit.SECONDS)).isTrue();
        return out;
    }
}
