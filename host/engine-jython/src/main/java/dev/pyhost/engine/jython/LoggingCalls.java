package dev.pyhost.engine.jython;

import org.python.core.Py;
import org.python.core.PyBuiltinFunctionNarrow;
import org.python.core.PyFrame;
import org.python.core.PyMethod;
import org.python.core.PyModule;
import org.python.core.PyReflectedFunction;
import org.python.core.PyObject;
import org.python.core.PyString;
import org.python.core.PyStringMap;
import org.python.core.PyTuple;

/**
 * Steps of a logging call that cost Jython many Python operations each, as Java built-in
 * functions (called as cheaply as Jython's own built-ins: no reflection, no adaptation of
 * results). The logging glue for Python 2 uses them on its path for stock loggers and handlers;
 * each gives what the Python steps it stands for give.
 * <ul>
 * <li>{@code stock(obj, (names, functions))}: whether {@code getattr(obj, names[i])} is for every
 * i {@code functions[i]} bound to {@code obj}: the function found on its type, none set on the
 * instance.
 * <li>{@code caller(srcfile)}: logging's findCaller() for the Python function that called the
 * one calling this: {@code (co_filename, f_lineno, co_name)} of the first frame, from two above
 * that one's, whose file is not {@code srcfile}.
 * <li>{@code thread_name()}: the running thread's name as {@code threading} gives it on Jython
 * (every Python thread object's name is its Java thread's), as {@code str}.
 * <li>{@code time_text(converter, datefmt, created, msecs, tzname, strftime)}: the text of
 * Formatter.formatTime for a converter that is time's {@code localtime} or {@code gmtime} and a
 * {@code str} (or empty) datefmt, else None. It is {@code strftime(datefmt, converter(created))},
 * with CPython's {@code ",%03d"} of msecs after the default format; the last second's text is
 * kept and reused for the same converter, format and zone names ({@code strftime} is most of the
 * cost on Jython). A session's module keeps its own.
 * </ul>
 */
final class LoggingCalls {
    private LoggingCalls() {
    }

    /** The module object holding the functions, for {@code _pyhost.jython_logging}. */
    static PyModule module() {
        PyStringMap dict = new PyStringMap();
        dict.__setitem__("__name__", Py.newString("_pyhost_jython_logging"));
        dict.__setitem__("stock", new Stock());
        dict.__setitem__("caller", new Caller());
        dict.__setitem__("thread_name", new ThreadName());
        dict.__setitem__("time_text", new TimeText());
        return new PyModule("_pyhost_jython_logging", dict);
    }

    private static final class Stock extends PyBuiltinFunctionNarrow {
        Stock() {
            super("stock", 2, 2, "stock(obj, (names, functions)): no method of names replaced on obj or its type");
        }

        @Override
        public PyObject __call__(PyObject obj, PyObject methods) {
            PyObject[] both = ((PyTuple) methods).getArray();
            PyObject[] n = ((PyTuple) both[0]).getArray();
            PyObject[] f = ((PyTuple) both[1]).getArray();
            PyObject own = obj.fastGetDict();
            for (int i = 0; i < n.length; i++) {
                String name = ((PyString) n[i]).internedString();
                if (obj.getType().lookup(name) != f[i] || own != null && own.__finditem__(name) != null) {
                    return Py.False;
                }
            }
            return Py.True;
        }
    }

    private static final class Caller extends PyBuiltinFunctionNarrow {
        private static final PyTuple UNKNOWN = new PyTuple(Py.newString("(unknown file)"), Py.Zero,
                Py.newString("(unknown function)"));

        Caller() {
            super("caller", 1, 1, "caller(srcfile): (filename, lineno, function) as logging's findCaller()");
        }

        @Override
        public PyObject __call__(PyObject srcfile) {
            String skip = srcfile.toString();
            PyFrame f = Py.getFrame(); // the Python function that called this one
            for (int up = 0; up < 2 && f != null; up++) {
                f = f.f_back;
            }
            for (; f != null; f = f.f_back) {
                if (f.f_code == null || !skip.equals(f.f_code.co_filename)) {
                    break;
                }
            }
            if (f == null || f.f_code == null) {
                return UNKNOWN;
            }
            return new PyTuple(f.f_code.__getattr__("co_filename"), Py.newInteger(f.getline()),
                    f.f_code.__getattr__("co_name"));
        }
    }

    private static final class ThreadName extends PyBuiltinFunctionNarrow {
        ThreadName() {
            super("thread_name", 0, 0, "thread_name(): threading.current_thread().name");
        }

        @Override
        public PyObject __call__() {
            return Py.newStringUTF8(Thread.currentThread().getName());
        }
    }

    private static final class TimeText extends PyBuiltinFunctionNarrow {
        private static final PyString DEFAULT_FORMAT = Py.newString("%Y-%m-%d %H:%M:%S");

        /** The last second formatted: converter name, format, zone names, second; its text. */
        private record Last(String converter, PyObject format, PyObject tzname, double second, PyString text) {
        }

        private volatile Last last;

        TimeText() {
            super("time_text", 6, 6, "time_text(converter, datefmt, created, msecs, tzname, strftime)");
        }

        @Override
        public PyObject __call__(PyObject[] args, String[] keywords) {
            if (keywords.length != 0) {
                throw Py.TypeError("time_text() takes no keyword arguments");
            }
            return __call__(args);
        }

        @Override
        public PyObject __call__(PyObject[] args) {
            if (args.length != 6) {
                throw Py.TypeError("time_text() takes 6 arguments (" + args.length + " given)");
            }
            String converter = timeConverter(args[0]);
            PyObject datefmt = args[1];
            boolean given = datefmt.__nonzero__();
            if (converter == null || given && datefmt.getType() != PyString.TYPE) {
                return Py.None;
            }
            PyObject format = given ? datefmt : DEFAULT_FORMAT;
            double created = args[2].asDouble();
            double second = Math.floor(created);
            PyObject tzname = args[4];
            Last l = last;
            PyString text;
            if (l != null && l.second == second && l.converter.equals(converter) && l.format.equals(format)
                    && l.tzname.equals(tzname)) {
                text = l.text;
            } else {
                PyObject t = args[5].__call__(format, args[0].__call__(args[2]));
                if (t.getType() != PyString.TYPE) {
                    return Py.None;
                }
                text = (PyString) t;
                last = new Last(converter, format, tzname, second, text);
            }
            if (given) {
                return text;
            }
            // "%s,%03d" % (t, record.msecs): the int part of msecs, at least three digits
            long ms = (long) args[3].asDouble();
            String digits = Long.toString(ms);
            String padded = digits.length() >= 3 || ms < 0 ? digits : "000".substring(digits.length()) + digits;
            return Py.newString(text.getString() + "," + padded);
        }

        /** "localtime" or "gmtime" where {@code f} (bound to a Formatter, or not) is time's function. */
        private static String timeConverter(PyObject f) {
            if (f instanceof PyMethod m) {
                f = m.__func__;
            }
            if (f instanceof PyReflectedFunction r && r.argslist.length > 0
                    && r.argslist[0].declaringClass == org.python.modules.time.Time.class
                    && ("localtime".equals(r.__name__) || "gmtime".equals(r.__name__))) {
                return r.__name__;
            }
            return null;
        }
    }
}
