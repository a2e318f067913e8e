package dev.pyhost.engine.jython;

import org.python.core.PyCode;

/**
 * Compiles the Python glue of pyhost's Java-backed modules for the runtime's importer, through
 * {@link CompiledCodeCache}: compiling glue such as subprocess's costs Jython tens of
 * milliseconds at each import, loading the kept class a few. Public, as Jython calls it from Python.
 */
public final class GlueCompiler {
    /** Code for {@code source}, as {@code compile(source, filename, 'exec')} would give. */
    public PyCode compile(String moduleName, String source, String filename) {
        return CompiledCodeCache.load(moduleName, source, filename);
    }
}
