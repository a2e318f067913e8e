package dev.pyhost.engine.jython;

import org.python.core.PySystemState;

import java.util.Properties;

/**
 * Jython's process-wide start-up, done once per JVM with the settings that make it start fast:
 * no class-file cache scan, no {@code site} import, UTF-8 console.
 */
final class JythonRuntime {
    private static boolean initialized;

    private JythonRuntime() {
    }

    static synchronized void ensureInitialized() {
        if (initialized) {
            return;
        }
        Properties props = new Properties();
        props.setProperty("python.cachedir.skip", "true");
        props.setProperty("python.import.site", "false");
        props.setProperty("python.console.encoding", "UTF-8");
        props.setProperty("python.options.showJavaExceptions", "false");
        props.setProperty("python.verbose", "warning");
        PySystemState.initialize(System.getProperties(), props, new String[] {""});
        BuiltinTypeFixes.apply();
        initialized = true;
    }
}
