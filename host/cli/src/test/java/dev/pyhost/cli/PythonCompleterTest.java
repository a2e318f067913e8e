package dev.pyhost.cli;

import dev.pyhost.Engine;
import dev.pyhost.PyHost;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

import java.io.ByteArrayOutputStream;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

/** Completion candidates computed by the live session, on both engines. */
class PythonCompleterTest {

    private static List<String> complete(PyHost host, String line) {
        return new PythonCompleter(host.console()).candidates(line, line.length());
    }

    private static PyHost host(Engine engine) {
        ByteArrayOutputStream sink = new ByteArrayOutputStream();
        return PyHost.newBuilder().engine(engine).stdout(sink).stderr(sink).build();
    }

    @ParameterizedTest
    @EnumSource(Engine.class)
    void namesAttributesKeywordsAndModules(Engine engine) {
        try (PyHost host = host(engine)) {
            host.exec("import os\nalpha_value = 1");
            assertThat(complete(host, "os.getc")).anySatisfy(c -> assertThat(c).startsWith("os.getcwd"));
            assertThat(complete(host, "print(alpha_v")).anySatisfy(c -> assertThat(c).startsWith("alpha_value"));
            assertThat(complete(host, "whil")).anySatisfy(c -> assertThat(c).startsWith("while"));
            assertThat(complete(host, "import o")).contains("os");
            assertThat(complete(host, "from os import pat")).contains("path");
            assertThat(complete(host, "import json.dec")).contains("json.decoder");
            assertThat(complete(host, "")).isEmpty();
            assertThat(complete(host, "no_such_name.x")).isEmpty();
        }
    }

    @ParameterizedTest
    @EnumSource(Engine.class)
    void theParserGivesTheDottedNameBeforeTheCursor(Engine engine) {
        var line = new PythonLineParser().parse("print(os.getc", 13, org.jline.reader.Parser.ParseContext.COMPLETE);
        assertThat(line.word()).isEqualTo("os.getc");
        assertThat(line.wordCursor()).isEqualTo(7);
    }
}
