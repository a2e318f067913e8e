package dev.pyhost;

/**
 * Which engine runs a script, and why — what {@code pyhost --explain-engine} prints.
 *
 * @param engine the engine chosen
 * @param reason one human sentence, e.g. "line 3: print statement (Python 2 only)"
 * @since 0.1
 */
public record EngineSelection(Engine engine, String reason) {
}
