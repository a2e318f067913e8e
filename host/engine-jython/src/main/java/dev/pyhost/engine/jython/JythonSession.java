package dev.pyhost.engine.jython;

import dev.pyhost.EngineException;
import dev.pyhost.HostConfig;
import dev.pyhost.InterpreterOptions;
import dev.pyhost.PyHostException;
import dev.pyhost.PythonException;
import dev.pyhost.SystemExitException;
import dev.pyhost.spi.EngineSession;
import dev.pyhost.spi.InteractiveConsole;
import dev.pyhost.spi.MainOutcome;
import dev.pyhost.spi.MainTarget;
import dev.pyhost.spi.RuntimeSource;
import dev.pyhost.spi.SessionSpec;
import dev.pyhost.spi.Stdio;
import org.python.core.Py;
import org.python.core.PyCode;
import org.python.core.PyException;
import org.python.core.PyFile;
import org.python.core.PyList;
import org.python.core.PyModule;
import org.python.core.PyObject;
import org.python.core.PyStringMap;
import org.python.core.PySystemState;
import org.python.core.PyTuple;
import org.python.util.PythonInterpreter;

import java.nio.file.Path;
import java.util.List;

/** One Jython interpreter state: its own {@code sys}, {@code __main__} and working directory. */
final class JythonSession implements EngineSession {
    private final SessionSpec spec;
    private final PySystemState sys;
    private final PythonInterpreter interp;
    private final PyObject runtime;
    private final JythonInterrupts interrupts = new JythonInterrupts();
    private PyObject console;

    JythonSession(SessionSpec spec) {
        this.spec = spec;
        HostConfig config = spec.config();
        JythonFlags.apply(config.options());
        this.sys = new PySystemState();
        sys.setPlatform(JythonPlatform.forScripts(sys.getPlatform()));
        sys.setCurrentWorkingDir(config.workingDirectory().toString());
        PyList path = sys.path;
        JythonLibPath.preferLibraryJar(path);
        List<Path> extra = config.pythonPath();
        for (int i = extra.size() - 1; i >= 0; i--) {
            path.insert(0, Py.newString(extra.get(i).toString()));
        }
        PyModule main = new PyModule("__main__", new PyStringMap());
        sys.modules.__setitem__("__main__", main);
        this.interp = new PythonInterpreter(main.__dict__, sys);
        SessionBuiltinModules.install(sys, interrupts);
        wireStdio(spec.stdio(), config);
        this.runtime = loadRuntime();
        try {
            runtime.__getattr__("install").__call__();
            InterpreterOptions o = config.options();
            inSession(() -> runtime.__getattr__("configure_interpreter").__call__(new PyObject[] {
                    Py.newString(config.executableFor(dev.pyhost.Engine.JYTHON)), toPyList(o.warnOptions()),
                    new PyList(), Py.newBoolean(o.dontWriteBytecode()), Py.False}));
        } catch (PyException e) {
            throw JythonErrors.toHost(e, runtime);
        }
    }

    private void wireStdio(Stdio stdio, HostConfig config) {
        int outBuffering = config.unbuffered() ? 0 : (!config.processMain() || stdio.outIsTerminal() ? 1 : -1);
        sys.stdin = new PyFile(new StandardStreamIO(stdio.in(), stdio, 0), "<stdin>", "r", -1);
        sys.stdout = outBuffering == -1
                ? new PyFile(new StandardStreamIO(new BlockBufferedStdout(stdio.out()), stdio, 1), "<stdout>", "w", 0)
                : new PyFile(new StandardStreamIO(stdio.out(), stdio, 1), "<stdout>", "w", outBuffering);
        sys.stderr = new PyFile(new StandardStreamIO(stdio.err(), stdio, 2), "<stderr>", "w", 0);
        sys.__stdin__ = sys.stdin;
        sys.__stdout__ = sys.stdout;
        sys.__stderr__ = sys.stderr;
        config.ioEncoding().ifPresent(value -> {
            // as CPython 2.7 applies PYTHONIOENCODING: the encoding and the errors to all three
            int colon = value.indexOf(':');
            String encoding = colon < 0 ? value : value.substring(0, colon);
            String errors = colon < 0 ? "" : value.substring(colon + 1);
            for (PyObject stream : new PyObject[] {sys.stdin, sys.stdout, sys.stderr}) {
                if (stream instanceof PyFile file) {
                    file.encoding = encoding;  // (CPython 2.7 takes an empty one too, and fails on it)
                    if (!errors.isEmpty()) {
                        file.errors = errors;
                    }
                }
            }
        });
    }

    private PyObject loadRuntime() {
        PyModule module = new PyModule("_pyhost", new PyStringMap());
        sys.modules.__setitem__("_pyhost", module);
        module.__setattr__("bridge", Py.java2py(spec.shims()));
        module.__setattr__("glue_compiler", Py.java2py(new GlueCompiler()));
        module.__setattr__("jython_logging", LoggingCalls.module());
        module.__setattr__("jython_bytes", ByteStringCalls.module());
        module.__setattr__("jython_signals", Py.java2py(new MainThreadSignals(interrupts)));
        PySystemState previous = Py.setSystemState(sys);
        try {
            PyCode code = CompiledCodeCache.load("_pyhost", RuntimeSource.text(), RuntimeSource.FILENAME);
            Py.runCode(code, module.__dict__, module.__dict__);
        } finally {
            Py.setSystemState(previous);
        }
        return module;
    }

    @Override
    public void runMain(MainTarget target, List<String> argv) {
        PyObject result = inSession(() -> runtime.__getattr__("run_main").__call__(new PyObject[] {
                Py.newUnicode(target.kind()), Py.newUnicode(target.value()), toPyList(argv),
                Py.newBoolean(spec.config().processMain())}));
        PyTuple t = (PyTuple) result;
        MainOutcome.check(t.__getitem__(0).asInt(), str(t.__getitem__(1)), str(t.__getitem__(2)),
                str(t.__getitem__(3)));
    }

    @Override
    public void exec(String code) {
        inSession(() -> {
            interp.exec(code);
            return null;
        });
    }

    @Override
    public Object eval(String expression) {
        return JythonValues.toJava(inSession(() -> interp.eval(expression)));
    }

    @Override
    public Object call(String function, List<Object> args) {
        return JythonValues.toJava(inSession(() -> {
            PyObject fn = interp.eval(function);
            PyObject[] pyArgs = new PyObject[args.size()];
            for (int i = 0; i < pyArgs.length; i++) {
                pyArgs[i] = JythonValues.toPython(args.get(i));
            }
            return fn.__call__(pyArgs);
        }));
    }

    @Override
    public void put(String name, Object value) {
        interp.set(name, JythonValues.toPython(value));
    }

    @Override
    public InteractiveConsole console() {
        if (console == null) {
            console = inSession(() -> runtime.__getattr__("make_console").__call__());
        }
        return new InteractiveConsole() {
            @Override
            public boolean push(String line) {
                try {
                    return inSession(() -> console.__getattr__("push").__call__(Py.newUnicode(line))).__nonzero__();
                } catch (PythonException e) {
                    throw exitOrSame(e);
                }
            }

            @Override
            public void resetBuffer() {
                inSession(() -> console.__getattr__("resetbuffer").__call__());
            }

            @Override
            public String prompt(boolean continuation) {
                return str(inSession(() -> runtime.__getattr__("prompt").__call__(Py.newBoolean(continuation))));
            }

            @Override
            public String banner() {
                return str(inSession(() -> runtime.__getattr__("banner").__call__(
                        Py.newUnicode(new JythonEngineProvider().versionLine()))));
            }

            @Override
            public List<String> complete(String buffer, int cursor) {
                PyObject found = inSession(() -> runtime.__getattr__("complete").__call__(
                        Py.newUnicode(buffer.substring(0, Math.min(cursor, buffer.length())))));
                List<String> candidates = new java.util.ArrayList<>();
                for (PyObject c : found.asIterable()) {
                    candidates.add(JythonValues.text(c));
                }
                return candidates;
            }

            @Override
            public void runStartup(String path) {
                PyObject failure = inSession(() -> runtime.__getattr__("run_startup").__call__(Py.newUnicode(path)));
                if (failure instanceof PyTuple t) {
                    MainOutcome.check(t.__getitem__(0).asInt(), str(t.__getitem__(1)), str(t.__getitem__(2)),
                            str(t.__getitem__(3)));
                    throw new SystemExitException(0, null);
                }
            }
        };
    }

    /** {@code exit()} and {@code exit(0)} in the console end it too (they are no exception elsewhere). */
    private static PythonException exitOrSame(PythonException e) {
        if ("SystemExit".equals(e.pythonType())) {
            throw new SystemExitException(0, null);
        }
        return e;
    }

    @Override
    public void interrupt() {
        interrupts.interrupt();
    }

    @Override
    public void flush() {
        inSession(() -> {
            sys.stdout.invoke("flush");
            sys.stderr.invoke("flush");
            return null;
        });
    }

    @Override
    public void close() {
        try {
            inSession(() -> runtime.__getattr__("finish").__call__());
        } catch (PyHostException e) {
            // exit handlers' errors were already reported by the runtime
        } finally {
            interp.close();
        }
    }

    private interface PyAction {
        PyObject run();
    }

    /** Runs with this session's sys bound to the thread, mapping Python errors to host errors. */
    private PyObject inSession(PyAction action) {
        PySystemState previous = Py.setSystemState(sys);
        interrupts.enter(Py.getThreadState(sys));
        try {
            return action.run();
        } catch (PyException e) {
            throw JythonErrors.toHost(e, runtime);
        } catch (StackOverflowError e) {
            throw new PythonException("RuntimeError", "maximum recursion depth exceeded", "");
        } catch (PyHostException e) {
            throw e;
        } catch (RuntimeException e) {
            throw new EngineException("internal error in Jython: " + e, e);
        } finally {
            interrupts.leave();
            Py.setSystemState(previous);
        }
    }

    private static PyList toPyList(List<String> items) {
        PyList list = new PyList();
        items.forEach(a -> list.append(Py.newUnicode(a)));
        return list;
    }

    private static String str(PyObject o) {
        if (o == null || o == Py.None) {
            return null;
        }
        return JythonValues.text(o);
    }
}
