package dev.pyhost.cli;

import dev.pyhost.Engine;
import dev.pyhost.PyHost;

import java.io.ByteArrayInputStream;
import java.io.OutputStream;

/**
 * The training run for the JDK's ahead-of-time cache ({@code -XX:AOTMode=record}): starts both
 * engines and imports what admin scripts import, so that the classes a typical run needs are in
 * the cache. The launcher runs it in the background, once per build, with its output discarded.
 */
final class AotTraining {
    private AotTraining() {
    }

    public static void main(String[] args) {
        run(Engine.JYTHON, "import os, sys, subprocess, ConfigParser, logging, threading, socket, select, "
                + "xml.dom.minidom\nos.system('true')\nprint 'trained'\n");
        run(Engine.GRAALPY, "import os, sys, subprocess, configparser, logging, threading, socket, selectors\n"
                + "os.system('true')\nprint('trained')\n");
    }

    private static void run(Engine engine, String code) {
        try (PyHost host = PyHost.newBuilder().engine(engine).processMain(true)
                .stdin(new ByteArrayInputStream(new byte[0]))
                .stdout(OutputStream.nullOutputStream()).stderr(OutputStream.nullOutputStream())
                .build()) {
            host.runCommand(code);
        }
    }
}
