package dev.pyhost.cli;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;

/**
 * The training run for the JDK's ahead-of-time cache ({@code -XX:AOTMode=record}) of one engine's
 * JVM: runs, through the command line, a script importing what admin scripts import, so that the
 * classes a typical run needs are in that engine's cache. The launcher runs it in the background,
 * once per build and engine ({@code jython}: the JVM that starts first, so also the command line
 * and the engine choice; {@code graalpy}: the JVM a Python 3 script is handed to), with its
 * output discarded.
 */
final class AotTraining {
    private static final String JYTHON = """
            import os, sys, subprocess, ConfigParser, logging, threading, socket, select, xml.dom.minidom
            os.system('true')
            print 'trained'
            """;
    private static final String GRAALPY = """
            import os, sys, subprocess, configparser, logging, threading, socket, selectors
            os.system('true')
            print('trained')
            """;

    private AotTraining() {
    }

    public static void main(String[] args) throws IOException {
        String engine = args.length > 0 ? args[0] : "jython";
        boolean python2 = engine.equals("jython");
        Path dir = Files.createTempDirectory("pyhost-training");
        int status;
        try {
            Path script = Files.writeString(dir.resolve("train.py"), python2 ? JYTHON : GRAALPY, StandardCharsets.UTF_8);
            // the Jython JVM chooses the engine from the source, as for any script; the GraalPy
            // JVM is always told
            String[] argv = python2
                    ? new String[] {script.toString()}
                    : new String[] {"--engine", "graalpy", script.toString()};
            status = new PyhostCommand(System.getenv()).run(argv);
        } finally {
            Files.deleteIfExists(dir.resolve("train.py"));
            Files.deleteIfExists(dir);
        }
        System.out.flush();
        System.exit(status & 0xff);
    }
}
