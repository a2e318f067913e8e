package dev.pyhost.engine.graalpy;

import dev.pyhost.EngineException;
import dev.pyhost.HostConfig;
import dev.pyhost.InterpreterOptions;
import dev.pyhost.PyHostException;
import dev.pyhost.spi.EngineSession;
import dev.pyhost.spi.InteractiveConsole;
import dev.pyhost.spi.MainOutcome;
import dev.pyhost.spi.MainTarget;
import dev.pyhost.spi.RuntimeSource;
import dev.pyhost.spi.SessionSpec;
import org.graalvm.polyglot.Context;
import org.graalvm.polyglot.EnvironmentAccess;
import org.graalvm.polyglot.PolyglotException;
import org.graalvm.polyglot.Value;
import org.graalvm.polyglot.io.IOAccess;

import java.io.File;
import java.util.List;
import java.util.function.Supplier;
import java.util.stream.Collectors;

/** One GraalPy context: its own {@code sys}, {@code __main__}, working directory and environment. */
final class GraalPySession implements EngineSession {
    private static final String BOOTSTRAP = """
            import sys, types
            _m = types.ModuleType('_pyhost')
            sys.modules['_pyhost'] = _m
            _m.bridge = _pyhost_bridge
            exec(compile(_pyhost_source, _pyhost_filename, 'exec'), _m.__dict__)
            del _m, _pyhost_bridge, _pyhost_source, _pyhost_filename
            """;

    private final SessionSpec spec;
    private final Context context;
    private final Value runtime;
    private final GraalPyValues values;
    /** The context's SIGINT handler: Ctrl-C for its code; null when none could be had. */
    private final GraalPySigint sigint;
    private Value console;
    /** Python code is running on the session's thread (Ctrl-C can be delivered to it). */
    private volatile boolean running;
    /** {@link #stop()} was called: the context is being cancelled. */
    private final java.util.concurrent.atomic.AtomicBoolean stopping = new java.util.concurrent.atomic.AtomicBoolean();
    /** Ctrl-C came while no Python code ran: raised as the next code starts. */
    private volatile boolean interruptPending;
    /** The context exited (os._exit): it ends as the process would, without its exit handlers. */
    private volatile boolean exited;

    GraalPySession(SessionSpec spec) {
        this.spec = spec;
        HostConfig config = spec.config();
        Context.Builder b = Context.newBuilder("python")
                .engine(SharedEngine.get())
                .allowAllAccess(true)
                .allowIO(IOAccess.newBuilder().fileSystem(new ProcFilesFileSystem()).allowHostSocketAccess(true).build())
                .allowEnvironmentAccess(EnvironmentAccess.NONE)
                .environment(config.environment())
                .currentWorkingDirectory(config.workingDirectory())
                .in(spec.stdio().in())
                .out(spec.stdio().out())
                .err(spec.stdio().err())
                // the native backend shares one working directory, one environment and descriptors
                // 0-2 among all the contexts of the process (GraalPy warns that it "is not fully
                // supported when embedding"); sessions need their own, so POSIX calls the Java
                // backend lacks are made by the os shim (stdlib-shims os, through FFM)
                .option("python.PosixModuleBackend", "java")
                .option("python.WarnExperimentalFeatures", "false")
                .option("python.UnbufferedIO", Boolean.toString(config.unbuffered()))
                .option("python.NoUserSiteFlag", "true")
                // SIGINT -> default_int_handler, so _thread.interrupt_main() raises KeyboardInterrupt
                .option("python.InstallSignalHandlers", Boolean.toString(config.processMain()));
        String executable = config.executableFor(dev.pyhost.Engine.GRAALPY);
        if (!executable.isEmpty()) {
            b.option("python.Executable", executable);
        }
        InterpreterOptions o = config.options();
        b.option("python.IgnoreEnvironmentFlag", Boolean.toString(o.ignoresEnvironment()))
                .option("python.IsolateFlag", Boolean.toString(o.isolate()))
                .option("python.SafePathFlag", Boolean.toString(o.isolate() || o.safePath()))
                .option("python.NoSiteFlag", Boolean.toString(o.noSite()))
                .option("python.DontWriteBytecodeFlag", Boolean.toString(o.dontWriteBytecode()))
                .option("python.QuietFlag", Boolean.toString(o.quiet()))
                .option("python.VerboseFlag", Boolean.toString(o.verbose() > 0))
                .option("python.PythonOptimizeFlag", Boolean.toString(o.optimize() > 0));
        if (!config.pythonPath().isEmpty()) {
            b.option("python.PythonPath", config.pythonPath().stream().map(Object::toString)
                    .collect(Collectors.joining(File.pathSeparator)));
        }
        try {
            this.context = b.build();
            context.enter();
            Value bindings = context.getBindings("python");
            bindings.putMember("_pyhost_bridge", spec.shims());
            bindings.putMember("_pyhost_source", RuntimeSource.text());
            bindings.putMember("_pyhost_filename", RuntimeSource.FILENAME);
            context.eval("python", BOOTSTRAP);
            this.runtime = context.eval("python", "__import__('_pyhost')");
            this.values = new GraalPyValues(runtime);
            // under the command line, stdout is buffered as CPython buffers it (line on a terminal,
            // block on a pipe, none with -u); embedded, it writes through to the host's stream
            runtime.getMember("configure_stdio").execute(config.processMain() && spec.stdio().outIsTerminal(),
                    config.processMain() ? (Object) config.unbuffered() : null);
            config.ioEncoding().ifPresent(value -> runtime.getMember("configure_io_encoding").execute(value));
            runtime.getMember("set_terminals").execute(spec.stdio().isTerminal(0), spec.stdio().isTerminal(1),
                    spec.stdio().isTerminal(2));
            runtime.getMember("install").execute();
            runtime.getMember("configure_interpreter").execute(executable, o.warnOptions().toArray(),
                    o.xOptions().toArray(), o.dontWriteBytecode(), o.isolate() || o.safePath());
            this.sigint = GraalPySigint.of(config.processMain(), code -> context.eval("python", code));
        } catch (PolyglotException e) {
            throw new EngineException("GraalPy failed to start: " + e.getMessage(), e);
        }
    }

    @Override
    public void runMain(MainTarget target, List<String> argv) {
        Value r = guard(() -> runtime.getMember("run_main").execute(target.kind(), target.value(), argv.toArray(new String[0]),
                spec.config().processMain()));
        if (r != null) { // null: the context exited with status 0
            MainOutcome.check(r.getArrayElement(0).asInt(), str(r.getArrayElement(1)), str(r.getArrayElement(2)),
                    str(r.getArrayElement(3)));
        }
    }

    @Override
    public void exec(String code) {
        failIfSet(guard(() -> runtime.getMember("host_exec").execute(code)));
    }

    @Override
    public Object eval(String expression) {
        return unwrap(guard(() -> runtime.getMember("host_eval").execute(expression)));
    }

    @Override
    public Object call(String function, List<Object> args) {
        Object[] javaArgs = args.toArray();
        return unwrap(guard(() -> runtime.getMember("host_call").execute(function, javaArgs)));
    }

    @Override
    public void put(String name, Object value) {
        guard(() -> {
            context.getBindings("python").putMember(name, value);
            return null;
        });
    }

    @Override
    public InteractiveConsole console() {
        if (console == null) {
            console = guard(() -> runtime.getMember("make_console").execute());
        }
        return new InteractiveConsole() {
            @Override
            public boolean push(String line) {
                Value r = guard(() -> runtime.getMember("host_push").execute(console, line));
                if (r == null) { // the context exited with status 0
                    throw new dev.pyhost.SystemExitException(0, null);
                }
                exitIfSet(r.getArrayElement(1));
                return r.getArrayElement(0).asBoolean();
            }

            @Override
            public void resetBuffer() {
                guard(() -> console.invokeMember("resetbuffer"));
            }

            @Override
            public String prompt(boolean continuation) {
                return guard(() -> runtime.getMember("prompt").execute(continuation)).asString();
            }

            @Override
            public String banner() {
                return guard(() -> runtime.getMember("banner").execute(new GraalPyEngineProvider().versionLine()))
                        .asString();
            }

            @Override
            public List<String> complete(String buffer, int cursor) {
                String text = buffer.substring(0, Math.min(cursor, buffer.length()));
                return guard(() -> {
                    Value found = runtime.getMember("complete").execute(text);
                    List<String> candidates = new java.util.ArrayList<>();
                    for (long i = 0; i < found.getArraySize(); i++) {
                        candidates.add(found.getArrayElement(i).asString());
                    }
                    return candidates;
                });
            }

            @Override
            public void runStartup(String path) {
                exitIfSet(guard(() -> runtime.getMember("run_startup").execute(path)));
            }
        };
    }

    @Override
    public void interrupt() {
        if (!running) {
            interruptPending = true;
            return;
        }
        if (sigint != null) {
            sigint.deliver(); // as a real Ctrl-C: KeyboardInterrupt, which the code may catch
        }
    }

    /**
     * Cancels the context: Truffle reaches code of any thread of it at its next safepoint, even
     * a busy loop, where {@code _thread.interrupt_main()} only reaches the process's main program
     * (an embedded context has no signal handlers of its own). Unlike Truffle's interrupt, which
     * is withdrawn when the code has not reached a safepoint within the wait (on a loaded
     * machine it may not have run at all), cancelling holds until the context is closed.
     */
    @Override
    public void stop() {
        if (!stopping.compareAndSet(false, true)) {
            return;
        }
        // close(true) returns once the session's thread has left the context: not on its thread
        Thread.ofPlatform().daemon().name("pyhost-graalpy-stop").start(() -> {
            try {
                context.close(true);
            } catch (RuntimeException ignored) {
                // already closed
            }
        });
    }

    @Override
    public void flush() {
        guard(() -> runtime.getMember("_flush").execute());
    }

    @Override
    public void close() {
        try {
            // a stopped context ends without its exit handlers, as a process ended by a signal, and
            // an exited one as a process ended by os._exit()
            if (!stopping.get() && !exited) {
                guard(() -> runtime.getMember("finish").execute());
            }
        } catch (PyHostException ignored) {
            // exit handlers' errors were already reported by the runtime
        } finally {
            try {
                context.leave();
                context.close(true);
            } catch (RuntimeException ignored) {
                // closing a context that is already gone
            }
        }
    }

    private Object unwrap(Value pair) {
        if (pair == null) { // the code ended the session with os._exit(0): there is no value
            throw new dev.pyhost.SystemExitException(0, null);
        }
        failIfSet(pair.getArrayElement(0));
        return values.toJava(pair.getArrayElement(1));
    }

    /** The console's code called exit(): ends the console, whatever the status (0 included). */
    private static void exitIfSet(Value failure) {
        if (failure != null && !failure.isNull()) {
            failIfSet(failure);
            throw new dev.pyhost.SystemExitException(0, null);
        }
    }

    private static void failIfSet(Value failure) {
        if (failure != null && !failure.isNull()) {
            MainOutcome.check(failure.getArrayElement(0).asInt(), str(failure.getArrayElement(1)),
                    str(failure.getArrayElement(2)), str(failure.getArrayElement(3)));
        }
    }

    private <T> T guard(Supplier<T> action) {
        running = true;
        try {
            if (interruptPending) {
                interruptPending = false;
                runtime.getMember("interrupt_soon").execute();
            }
            return action.get();
        } catch (PolyglotException e) {
            if (e.isExit()) {
                exited = true;
                MainOutcome.check(e.getExitStatus(), "SystemExit", null, "");
                return null;
            }
            if (isKeyboardInterrupt(e)) {
                // a Ctrl-C that came between two pieces of code, raised in the host's own (the
                // console's push, a prompt, a flush)
                throw new dev.pyhost.PythonException("KeyboardInterrupt", "", "KeyboardInterrupt\n");
            }
            if (e.isResourceExhausted()) {
                throw new dev.pyhost.PythonException("RecursionError", "maximum recursion depth exceeded", "");
            }
            throw new EngineException("internal error in GraalPy: " + e.getMessage(), e);
        } finally {
            running = false;
        }
    }

    private static boolean isKeyboardInterrupt(PolyglotException e) {
        if (!e.isGuestException()) {
            return false;
        }
        Value exception = e.getGuestObject();
        Value type = exception == null ? null : exception.getMetaObject();
        return type != null && "KeyboardInterrupt".equals(type.getMetaSimpleName());
    }

    private static String str(Value v) {
        return v == null || v.isNull() ? null : v.asString();
    }
}
