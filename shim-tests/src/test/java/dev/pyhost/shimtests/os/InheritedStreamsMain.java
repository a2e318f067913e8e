package dev.pyhost.shimtests.os;

import dev.pyhost.Engine;
import dev.pyhost.PyHost;

import java.nio.file.Path;

/**
 * Runs a script on Jython with the process's own standard streams (as {@code pyhost script.py}
 * does, and a test's host cannot): for {@link JythonStandardStreamsDupTest}, in a JVM of its own.
 */
final class InheritedStreamsMain {
    private InheritedStreamsMain() {
    }

    public static void main(String[] args) {
        Path script = Path.of(args[0]);
        try (PyHost host = PyHost.newBuilder().engine(Engine.JYTHON).workingDirectory(script.getParent()).build()) {
            host.run(script);
            host.flush();
        }
    }
}
