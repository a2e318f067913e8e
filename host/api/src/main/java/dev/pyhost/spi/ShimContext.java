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
 * @param processMain the session is the process's main program (the command line's run): what
 *                    ends the process (os._exit, os.abort) may end it; otherwise (a daemon's run,
 *                    an embedding host's session, a multiprocessing child) it ends the session
 * @since 0.1
 */
public record ShimContext(Engine engine, Stdio stdio, Map<String, String> environment, PythonLogging logging,
                          boolean processMain) {
    /** A context for a session that is not the process's main program. */
    public ShimContext(Engine engine, Stdio stdio, Map<String, String> environment, PythonLogging logging) {
        this(engine, stdio, environment, logging, false);
    }
}
