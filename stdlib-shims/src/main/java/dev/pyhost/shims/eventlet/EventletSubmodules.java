package dev.pyhost.shims.eventlet;

import dev.pyhost.shims.coop.GlueOnlyShim;

/** The {@code eventlet.*} submodules: each a view of names the {@code eventlet} glue defines. */
public final class EventletSubmodules {
    private EventletSubmodules() {
    }

    /** {@code eventlet.greenthread}. */
    public static final class Greenthread extends GlueOnlyShim {
        public Greenthread() {
            super("eventlet.greenthread", false, partOf("eventlet", "eventlet.greenthread"));
        }
    }

    /** {@code eventlet.greenpool}. */
    public static final class Greenpool extends GlueOnlyShim {
        public Greenpool() {
            super("eventlet.greenpool", false, partOf("eventlet", "eventlet.greenpool"));
        }
    }

    /** {@code eventlet.queue}. */
    public static final class Queue extends GlueOnlyShim {
        public Queue() {
            super("eventlet.queue", false, partOf("eventlet", "eventlet.queue"));
        }
    }

    /** {@code eventlet.timeout}. */
    public static final class Timeout extends GlueOnlyShim {
        public Timeout() {
            super("eventlet.timeout", false, partOf("eventlet", "eventlet.timeout"));
        }
    }

    /** {@code eventlet.event}. */
    public static final class Event extends GlueOnlyShim {
        public Event() {
            super("eventlet.event", false, partOf("eventlet", "eventlet.event"));
        }
    }

    /** {@code eventlet.semaphore}. */
    public static final class Semaphore extends GlueOnlyShim {
        public Semaphore() {
            super("eventlet.semaphore", false, partOf("eventlet", "eventlet.semaphore"));
        }
    }

    /** {@code eventlet.hubs}. */
    public static final class Hubs extends GlueOnlyShim {
        public Hubs() {
            super("eventlet.hubs", false, partOf("eventlet", "eventlet.hubs"));
        }
    }

    /** {@code eventlet.patcher}. */
    public static final class Patcher extends GlueOnlyShim {
        public Patcher() {
            super("eventlet.patcher", false, partOf("eventlet", "eventlet.patcher"));
        }
    }

    /** {@code eventlet.convenience}. */
    public static final class Convenience extends GlueOnlyShim {
        public Convenience() {
            super("eventlet.convenience", false, partOf("eventlet", "eventlet.convenience"));
        }
    }

    /** {@code eventlet.green}. */
    public static final class Green extends GlueOnlyShim {
        public Green() {
            super("eventlet.green", false, partOf("eventlet", "eventlet.green"));
        }
    }

    /** {@code eventlet.green.socket}. */
    public static final class GreenSocket extends GlueOnlyShim {
        public GreenSocket() {
            super("eventlet.green.socket", false, partOf("eventlet", "eventlet.green.socket"));
        }
    }

    /** {@code eventlet.green.time}. */
    public static final class GreenTime extends GlueOnlyShim {
        public GreenTime() {
            super("eventlet.green.time", false, partOf("eventlet", "eventlet.green.time"));
        }
    }

    /** {@code eventlet.green.select}. */
    public static final class GreenSelect extends GlueOnlyShim {
        public GreenSelect() {
            super("eventlet.green.select", false, partOf("eventlet", "eventlet.green.select"));
        }
    }
}
