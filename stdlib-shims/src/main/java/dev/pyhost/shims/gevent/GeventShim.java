package dev.pyhost.shims.gevent;

import dev.pyhost.shims.coop.GlueOnlyShim;

/**
 * {@code gevent}: greenlets scheduled by a hub over java.nio. The package's glue defines every
 * class; each submodule ({@link GeventSubmodules}) takes its names from it.
 */
public final class GeventShim extends GlueOnlyShim {
    public GeventShim() {
        super("gevent", true, "gevent/gevent.py", "gevent/gevent_sync.py", "gevent/gevent_socket.py");
    }
}
