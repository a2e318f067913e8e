package dev.pyhost.shims.greenlet;

import dev.pyhost.shims.coop.GlueOnlyShim;

/** {@code greenlet}: micro-threads with explicit switching, each on a virtual thread. */
public final class GreenletShim extends GlueOnlyShim {
    public GreenletShim() {
        super("greenlet", true, "greenlet/greenlet.py");
    }
}
