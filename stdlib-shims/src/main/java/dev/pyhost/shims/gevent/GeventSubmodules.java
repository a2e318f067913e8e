package dev.pyhost.shims.gevent;

import dev.pyhost.shims.coop.GlueOnlyShim;

/** The {@code gevent.*} submodules: each a view of names the {@code gevent} glue defines. */
public final class GeventSubmodules {
    private GeventSubmodules() {
    }

    /** {@code gevent.hub}. */
    public static final class Hub extends GlueOnlyShim {
        public Hub() {
            super("gevent.hub", false, partOf("gevent", "gevent.hub"));
        }
    }

    /** {@code gevent.greenlet}. */
    public static final class Greenlet extends GlueOnlyShim {
        public Greenlet() {
            super("gevent.greenlet", false, partOf("gevent", "gevent.greenlet"));
        }
    }

    /** {@code gevent.timeout}. */
    public static final class Timeout extends GlueOnlyShim {
        public Timeout() {
            super("gevent.timeout", false, partOf("gevent", "gevent.timeout"));
        }
    }

    /** {@code gevent.event}. */
    public static final class Event extends GlueOnlyShim {
        public Event() {
            super("gevent.event", false, partOf("gevent", "gevent.event"));
        }
    }

    /** {@code gevent.lock}. */
    public static final class Lock extends GlueOnlyShim {
        public Lock() {
            super("gevent.lock", false, partOf("gevent", "gevent.lock"));
        }
    }

    /** {@code gevent.queue}. */
    public static final class Queue extends GlueOnlyShim {
        public Queue() {
            super("gevent.queue", false, partOf("gevent", "gevent.queue"));
        }
    }

    /** {@code gevent.pool}. */
    public static final class Pool extends GlueOnlyShim {
        public Pool() {
            super("gevent.pool", false, partOf("gevent", "gevent.pool"));
        }
    }

    /** {@code gevent.socket}. */
    public static final class Socket extends GlueOnlyShim {
        public Socket() {
            super("gevent.socket", false, partOf("gevent", "gevent.socket"));
        }
    }

    /** {@code gevent.select}. */
    public static final class Select extends GlueOnlyShim {
        public Select() {
            super("gevent.select", false, partOf("gevent", "gevent.select"));
        }
    }

    /** {@code gevent.server}. */
    public static final class Server extends GlueOnlyShim {
        public Server() {
            super("gevent.server", false, partOf("gevent", "gevent.server"));
        }
    }

    /** {@code gevent.baseserver}. */
    public static final class Baseserver extends GlueOnlyShim {
        public Baseserver() {
            super("gevent.baseserver", false, partOf("gevent", "gevent.baseserver"));
        }
    }

    /** {@code gevent.monkey}. */
    public static final class Monkey extends GlueOnlyShim {
        public Monkey() {
            super("gevent.monkey", false, partOf("gevent", "gevent.monkey"));
        }
    }
}
