package dev.pyhost;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class EngineSelectorTest {
    /** The shared corpus, beside the repository (tests run in host/api). */
    static final Path CORPUS = Path.of("../../../shared/corpus").toAbsolutePath().normalize();

    @ParameterizedTest
    @ValueSource(strings = {
            "print 'x'",
            "print",
            "print >>sys.stderr, 'x'",
            "try:\n    pass\nexcept ValueError, e:\n    pass",
            "try:\n    pass\nexcept (ValueError, KeyError), e:\n    pass",
            "raise ValueError, 'bad'",
            "x = `42`",
            "os.chmod('f', 0777)",
            "n = 20000L",
            "exec \"x = 1\"",
            "s = ur'raw'",
            "if 1 <> 2: pass",
            "import ConfigParser",
            "from Queue import Queue",
            "if x: print 'yes'",
            "a = 1; print a",
    })
    void python2OnlyConstructsChooseJython(String source) {
        assertThat(EngineSelector.select(source).engine()).isEqualTo(Engine.JYTHON);
    }

    @ParameterizedTest
    @ValueSource(strings = {
            "print('x')",
            "print(1, 2, sep='-')",
            "print ('x')",
            "try:\n    pass\nexcept (ValueError, KeyError) as e:\n    pass",
            "x = {'a': 1, 'b': 2}",
            "'''\nprint 'inside a docstring'\n'''",
            "# print 'in a comment'",
            "s = \"print 'in a string'\"",
            "print = log\nprint('x')",
            "x = 0o777 + 0 + 00 + 0x1F + 1.5e-3",
            "f = lambda: print",
            "try:\n    import ConfigParser\nexcept ImportError:\n    import configparser",
            "def f(x: int) -> int:\n    return x",
            "",
    })
    void everythingElseChoosesGraalPy(String source) {
        assertThat(EngineSelector.select(source).engine()).isEqualTo(Engine.GRAALPY);
    }

    @Test
    void reasonNamesTheLineAndTheConstruct() {
        EngineSelection s = EngineSelector.select("import sys\n\nprint 'hello'\n");
        assertThat(s.reason()).isEqualTo("line 3: print statement (Python 2 only)");
    }

    @Test
    void headerCommentOverridesTheSyntax() {
        EngineSelection s = EngineSelector.select("#!/bin/sh\n# pyhost: engine=graalpy\nprint 'x'\n");
        assertThat(s.engine()).isEqualTo(Engine.GRAALPY);
        assertThat(s.reason()).contains("header comment");
    }

    @Test
    void shebangNamingAPythonVersionDecides() {
        assertThat(EngineSelector.select("#!/usr/bin/python2.7\nprint('x')\n").engine()).isEqualTo(Engine.JYTHON);
        assertThat(EngineSelector.select("#!/usr/bin/env python3\nimport os\n").engine()).isEqualTo(Engine.GRAALPY);
    }

    @Test
    void flagBeatsEnvironmentBeatsScript() {
        String py2 = "print 'x'";
        assertThat(EngineSelector.choose("graalpy", "jython", py2).engine()).isEqualTo(Engine.GRAALPY);
        assertThat(EngineSelector.choose(null, "graalpy", py2).engine()).isEqualTo(Engine.GRAALPY);
        assertThat(EngineSelector.choose("auto", null, py2).engine()).isEqualTo(Engine.JYTHON);
        assertThat(EngineSelector.choose(null, "python3", py2).reason()).isEqualTo("PYHOST_ENGINE=python3");
    }

    @Test
    void unknownEngineNamesAreRefusedWithTheChoices() {
        assertThatThrownBy(() -> EngineSelector.choose("cpython", null, ""))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessage("unknown engine 'cpython' (expected jython, graalpy or auto)");
    }

    @Test
    void everyCorpusScriptGoesToTheEngineOfItsPythonVersion() throws IOException {
        assertThat(CORPUS).isDirectory();
        for (var dir : List.of("py2", "py3")) {
            Engine expected = dir.equals("py2") ? Engine.JYTHON : Engine.GRAALPY;
            try (Stream<Path> files = Files.list(CORPUS.resolve(dir))) {
                List<Path> scripts = files.filter(p -> p.toString().endsWith(".py")).sorted().toList();
                assertThat(scripts).isNotEmpty();
                for (Path script : scripts) {
                    String source = new String(Files.readAllBytes(script), StandardCharsets.ISO_8859_1);
                    assertThat(EngineSelector.select(source).engine())
                            .as("%s (%s)", script.getFileName(), EngineSelector.select(source).reason())
                            .isEqualTo(expected);
                }
            }
        }
    }
}
