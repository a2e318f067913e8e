package dev.pyhost.spi;

import dev.pyhost.Engine;
import dev.pyhost.PythonLogging;

import java.util.Map;

/**
 * What a shim core may know about the session it serves: never an engine object.
 *
 * @param engine the engine running the session
 * @param stdio  the session's standard streams (for child processes: inherit or copy)
 * @param environment the session's initial environment
 * @param logging     where Python's log records go
 * @since 0.1
 */
public record ShimContext(Engine engine, Stdio stdio, Map<String, String> environment, PythonLogging logging) {
}
