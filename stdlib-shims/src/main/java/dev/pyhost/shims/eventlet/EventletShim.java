package dev.pyhost.shims.eventlet;

import dev.pyhost.shims.coop.GlueOnlyShim;

/**
 * {@code eventlet}: green threads, pools, queues and timeouts on gevent's hub (one machinery for
 * both libraries). Its submodules ({@link EventletSubmodules}) take their names from this glue.
 */
public final class EventletShim extends GlueOnlyShim {
    public EventletShim() {
        super("eventlet", false, "eventlet/eventlet.py");
    }
}
