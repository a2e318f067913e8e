package dev.pyhost.shims.twisted;

import dev.pyhost.shims.GlueSource;
import dev.pyhost.spi.ShimContext;
import dev.pyhost.spi.ShimModule;

/**
 * The Twisted subset daemons use, one {@link ShimModule} per module of the package. Each module's
 * source is one Python file under {@code twisted/} (written in the common subset of Python 2.7
 * and 3), executed in the module's own namespace so that classes and functions belong to it
 * ({@code twisted.internet.defer.Deferred}, not glue). Only the reactor has a Java core, the
 * {@link NioLoop} it drives.
 */
public abstract class TwistedModules implements ShimModule {
    /** What the glue reads: the module's source and file name, and the reactor's loop if any. */
    public record Source(String text, String filename, Object loop) {
    }

    /** Runs the module source in the module's namespace (the glue of every module here). */
    private static final String BOOT = String.join("\n",
            "_s = __import__('_pyhost', {}, {}, ['native_str'], 0).native_str",
            "_target.__dict__['_loop'] = _core.loop()",
            "exec(compile(_s(_core.text()), _s(_core.filename()), 'exec'), _target.__dict__)",
            "");

    private final String name;
    private final String file;

    protected TwistedModules(String name, String file) {
        this.name = name;
        this.file = file;
    }

    @Override
    public final String name() {
        return name;
    }

    @Override
    public final Kind kind() {
        return Kind.MODULE;
    }

    @Override
    public final boolean supports(int pythonMajor) {
        return pythonMajor == 2 || pythonMajor == 3;
    }

    @Override
    public final String glue(int pythonMajor) {
        return BOOT;
    }

    @Override
    public Object newCore(ShimContext context) {
        return new Source(GlueSource.load("twisted/" + file), "twisted/" + file, loop());
    }

    /** The Java core of the module, if it has one. */
    protected Object loop() {
        return null;
    }

    public static final class Twisted extends TwistedModules {
        public Twisted() {
            super("twisted", "__init__.py");
        }
    }

    public static final class Internet extends TwistedModules {
        public Internet() {
            super("twisted.internet", "internet/__init__.py");
        }
    }

    public static final class Reactor extends TwistedModules {
        public Reactor() {
            super("twisted.internet.reactor", "internet/reactor.py");
        }

        @Override
        protected Object loop() {
            return new LoopFactory();
        }
    }

    /** Hands each reactor made in the session its own loop. */
    public static final class LoopFactory {
        public NioLoop newLoop() {
            return new NioLoop();
        }
    }

    public static final class Protocol extends TwistedModules {
        public Protocol() {
            super("twisted.internet.protocol", "internet/protocol.py");
        }
    }

    public static final class Defer extends TwistedModules {
        public Defer() {
            super("twisted.internet.defer", "internet/defer.py");
        }
    }

    public static final class Task extends TwistedModules {
        public Task() {
            super("twisted.internet.task", "internet/task.py");
        }
    }

    public static final class Error extends TwistedModules {
        public Error() {
            super("twisted.internet.error", "internet/error.py");
        }
    }

    public static final class Address extends TwistedModules {
        public Address() {
            super("twisted.internet.address", "internet/address.py");
        }
    }

    public static final class Base extends TwistedModules {
        public Base() {
            super("twisted.internet.base", "internet/base.py");
        }
    }

    public static final class Threads extends TwistedModules {
        public Threads() {
            super("twisted.internet.threads", "internet/threads.py");
        }
    }

    public static final class Interfaces extends TwistedModules {
        public Interfaces() {
            super("twisted.internet.interfaces", "internet/interfaces.py");
        }
    }

    public static final class Protocols extends TwistedModules {
        public Protocols() {
            super("twisted.protocols", "protocols/__init__.py");
        }
    }

    public static final class Basic extends TwistedModules {
        public Basic() {
            super("twisted.protocols.basic", "protocols/basic.py");
        }
    }

    public static final class Python extends TwistedModules {
        public Python() {
            super("twisted.python", "python/__init__.py");
        }
    }

    public static final class Log extends TwistedModules {
        public Log() {
            super("twisted.python.log", "python/log.py");
        }
    }

    public static final class Failure extends TwistedModules {
        public Failure() {
            super("twisted.python.failure", "python/failure.py");
        }
    }
}
