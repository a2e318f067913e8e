# _pyhost: the host's side of every session, the same file on both engines (so it is written in
# the common subset of Python 2.7 and 3). The engine adapter sets `bridge` (the session's
# dev.pyhost.spi.ShimBridge) and calls install(); the host then runs scripts through run_main().
import sys

PY3 = sys.version_info[0] >= 3
bridge = globals().get('bridge')  # set by the engine adapter before this code runs
glue_compiler = globals().get('glue_compiler')  # one that keeps compiled code, where the engine has it
_finished = []
_interrupts = []


def interrupt_soon():
    """Ctrl-C that came while no Python code ran: raised when host-driven code next starts."""
    _interrupts.append(True)


def _raise_pending_interrupt():
    if _interrupts:
        del _interrupts[:]
        raise KeyboardInterrupt

if PY3:
    _text_type = str
    _int_types = (int,)
else:
    _text_type = unicode  # noqa: F821 (Python 2)
    _int_types = (int, long)  # noqa: F821 (Python 2)


def native_str(value):
    """A Java string as the session's `str` (bytes in UTF-8 on Python 2, as CPython's argv)."""
    if value is None:
        return None
    if PY3:
        return str(value)
    if isinstance(value, _text_type):
        return value.encode('utf-8')
    return str(value)


class BuiltinFunction(object):
    """A shim's replacement of a built-in function, called as one: a Python function kept as a
    class attribute (class C: open = io.open) becomes a method and takes the instance as its first
    argument, which a built-in does not."""

    def __init__(self, call, name, doc, module):
        self._call = call
        self.__name__ = name
        self.__doc__ = doc
        self.__module__ = module

    def __call__(self, *args, **kwargs):
        return self._call(*args, **kwargs)

    def __repr__(self):
        return '<built-in function %s>' % self.__name__


# ---------------------------------------------------------------------------------------------
# Shim modules: Java-backed modules served ahead of the engine's own standard library.

if PY3:
    _namespace = dict
else:
    # Jython: a glue's globals are the string-keyed map its modules have, as a plain dict would
    # make each global name the code looks up a new str first (a tenth of gevent's hub time)
    from org.python.core import PyStringMap as _namespace


def _glue_into(module, name):
    # no dot in the glue's own name: Python 2 would take it for a package's module and try its
    # imports relative to a parent that does not exist (a RuntimeWarning on each)
    namespace = _namespace()
    namespace.update({'__name__': '_pyhost_glue_' + name.replace('.', '_'), '__builtins__': __builtins__,
                      '_core': bridge.core(name), '_target': module})
    source, filename = native_str(bridge.glue(name)), '<pyhost shim %s>' % name
    if glue_compiler is not None:
        code = glue_compiler.compile(namespace['__name__'], source, filename)
    else:
        code = compile(source, filename, 'exec')
    remember_source(filename, source)
    exec(code, namespace)


_sources = {}  # shims' sources loaded before linecache was (its own import of os is one)


def remember_source(filename, source):
    """Tracebacks through a shim's code show its lines, as they show the standard library's: the
    source goes into linecache under the code's file name (an entry without a time, which
    linecache.checkcache keeps), once linecache is there; install() imports it."""
    _sources[filename] = source
    _give_linecache_sources()


def _give_linecache_sources():
    cache = getattr(sys.modules.get('linecache'), 'cache', None)
    if isinstance(cache, dict):
        for name, text in _sources.items():
            cache[name] = (len(text), None, text.splitlines(True), name)
        _sources.clear()


class _ShimFinder(object):
    """A sys.meta_path finder (PEP 302 for Python 2, PEP 451 for Python 3)."""

    def __init__(self, kinds):
        self.kinds = kinds
        self.busy = set()

    # Python 3
    def find_spec(self, name, path=None, target=None):
        kind = self.kinds.get(name)
        if kind is None or name in self.busy:
            return None
        import importlib.machinery
        import importlib.util
        if kind == 'module':
            return importlib.machinery.ModuleSpec(name, _ShimLoader(), origin='pyhost:' + name)
        self.busy.add(name)
        try:
            spec = importlib.util.find_spec(name)
        finally:
            self.busy.discard(name)
        if spec is None:
            return None
        spec.loader = _OverlayLoader(spec.loader, name)
        return spec

    # Python 2
    def find_module(self, name, path=None):
        if name in self.kinds and name not in self.busy:
            return self
        return None

    def load_module(self, name):
        if name in sys.modules:
            return sys.modules[name]
        if self.kinds[name] == 'module':
            import imp
            module = imp.new_module(name)
            module.__file__ = '<pyhost %s>' % name
            module.__loader__ = self
            sys.modules[name] = module
            try:
                _glue_into(module, name)
            except BaseException:
                del sys.modules[name]
                raise
            return module
        self.busy.add(name)
        try:
            __import__(name)
        finally:
            self.busy.discard(name)
        module = sys.modules[name]
        _glue_into(module, name)
        return module


class _ShimLoader(object):
    def create_module(self, spec):
        return None

    def exec_module(self, module):
        _glue_into(module, module.__name__)


class _OverlayLoader(object):
    def __init__(self, inner, name):
        self.inner = inner
        self.name = name

    def create_module(self, spec):
        create = getattr(self.inner, 'create_module', None)
        return create(spec) if create else None

    def exec_module(self, module):
        self.inner.exec_module(module)
        _glue_into(module, self.name)


def install():
    kinds = {}
    for name in bridge.names():
        name = native_str(name)
        kinds[name] = native_str(bridge.kind(name))
    sys.meta_path.insert(0, _ShimFinder(kinds))
    for name, kind in kinds.items():
        if name in sys.modules:
            if kind == 'overlay':
                _glue_into(sys.modules[name], name)
            else:
                del sys.modules[name]
    try:
        import linecache  # imported through the shims (it imports os), then given their sources
    except ImportError:
        pass
    else:
        _give_linecache_sources()


# ---------------------------------------------------------------------------------------------
# Running __main__ as CPython's command line does.

def _main_module():
    main = sys.modules.get('__main__')
    if main is None:
        import types
        main = types.ModuleType('__main__')
        sys.modules['__main__'] = main
    return main


def _exit_status(exc):
    code = getattr(exc, 'code', None)
    if code is None:
        return 0, None
    if isinstance(code, _int_types):
        return int(code), None
    try:
        return 1, str(code)
    except Exception:
        return 1, repr(code)


def _read_source(path, shown):
    f = open(path, 'rb')
    try:
        data = f.read()
    finally:
        f.close()
    if PY3:
        _check_python3_source(data, shown)
    else:
        data = _python2_source(data, shown)
    return data


_CODING = br'^[ \t\f]*#.*?coding[:=][ \t]*[-\w.]+'


def _has_coding_line(data):
    import re
    for line in data.split(b'\n', 2)[:2]:
        if re.match(_CODING, line):
            return True
        if not re.match(br'^[ \t\f]*(#.*)?\r?$', line):
            break
    return False


def _check_python3_source(data, shown):
    """The checks CPython 3's tokenizer makes on a script file before compiling it."""
    nul = data.find(b'\0')
    if nul >= 0:
        raise SyntaxError('source code cannot contain null bytes',
                          (shown, data[:nul].count(b'\n') + 1, None, ''))
    if _has_coding_line(data):
        return
    body = data[3:] if data.startswith(b'\xef\xbb\xbf') else data
    failure = None
    try:
        body.decode('utf-8')
    except UnicodeDecodeError:
        failure = sys.exc_info()[1]
    if failure is not None:  # raised here, not in the handler, so that no context is chained
        lineno = body[:failure.start].count(b'\n') + 1
        raise SyntaxError("Non-UTF-8 code starting with '\\x%02x' in file %s on line %d, "
                          "but no encoding declared; see https://peps.python.org/pep-0263/ for details"
                          % (body[failure.start], shown, lineno))


def _python2_source(data, shown):
    """CPython 2's reading of a script file: a NUL ends its line; non-ASCII needs a coding line."""
    if b'\0' in data:
        lines = data.splitlines(True)
        data = b''.join(line[:line.index(b'\0')] if b'\0' in line else line for line in lines)
    if data.startswith(b'\xef\xbb\xbf') or _has_coding_line(data):
        return data
    for i, c in enumerate(bytearray(data)):
        if c >= 0x80:
            lineno = data[:i].count(b'\n') + 1
            raise SyntaxError("Non-ASCII character '\\x%02x' in file %s on line %d, but no encoding "
                              "declared; see http://python.org/dev/peps/pep-0263/ for details"
                              % (c, shown, lineno), (shown, lineno, None, None))
    return data


def _as_given(path):
    """The script path as typed on the command line (sys.argv[0]) when it names `path`."""
    given = sys.argv[0] if sys.argv else ''
    if given and (given == path or path.rstrip('/').endswith('/' + given.rstrip('/'))):
        return given
    return None


def _prepare(kind, target, main):
    """Sets sys.path[0] and __main__'s attributes; returns (code object or None, module name)."""
    import os
    d = main.__dict__
    for k in ('__file__', '__cached__'):
        d.pop(k, None)
    d['__name__'] = '__main__'
    d['__package__'] = None
    d['__doc__'] = None
    if PY3:
        d['__spec__'] = None
        d['__loader__'] = None
    if '__builtins__' not in d:
        d['__builtins__'] = sys.modules['builtins' if PY3 else '__builtin__']
    if kind == 'script':
        path = native_str(target)
        given = _as_given(path) or path
        # CPython 3 names the script by the working directory joined (not normalized) with the
        # path as typed; CPython 2 by the path as typed
        absolute = path if os.path.isabs(path) else os.path.join(os.getcwd(), path)
        if os.path.isdir(path):
            # a folder with __main__.py: CPython runs it as the module __main__ found on sys.path[0]
            sys.path.insert(0, absolute if PY3 else given)
            return None, '__main__'
        shown = absolute if PY3 else given
        _insert_path0(os.path.dirname(os.path.realpath(path)))
        d['__file__'] = shown
        if PY3:
            d['__cached__'] = None
        return compile(_read_source(path, shown), shown, 'exec', 0, True), None
    if kind == 'command':
        _insert_path0('')
        return compile(native_str(target), '<string>', 'exec', 0, True), None
    if kind == 'source':
        _insert_path0('')
        d['__file__'] = '<stdin>'
        return compile(native_str(target), '<stdin>', 'exec', 0, True), None
    if kind == 'module':
        _insert_path0(os.getcwd() if PY3 else '')
        return None, native_str(target)
    raise ValueError('unknown main kind %r' % (kind,))


def _insert_path0(folder):
    """sys.path[0] as CPython sets it: the script's folder, '' or the working directory; nothing
    with -I or -P (Python 3)."""
    if not _safe_path:
        sys.path.insert(0, folder)


_safe_path = False


def configure_interpreter(executable, warnoptions, xoptions, dont_write_bytecode, safe_path):
    """What the command line's flags and the host's settings give the interpreter beyond the
    engine's own options: sys.executable, -W, -X, -B, and -I/-P for sys.path[0]."""
    global _safe_path
    _safe_path = bool(safe_path)
    sys.executable = native_str(executable)
    if PY3:
        sys._base_executable = sys.executable
        options = {}
        for x in xoptions:
            x = native_str(x)
            key, eq, value = x.partition('=')
            options[key] = value if eq else True
        sys._xoptions = options
    if dont_write_bytecode:
        sys.dont_write_bytecode = True
    if warnoptions:
        given = [native_str(w) for w in warnoptions]
        sys.warnoptions[:] = given
        warnings = sys.modules.get('warnings')
        if warnings is not None:
            # already imported by the engine's start: it read sys.warnoptions while it was empty
            warnings._processoptions(given)
    if PY3 and 'faulthandler' in sys._xoptions:
        try:
            import faulthandler
            faulthandler.enable()
        except Exception:
            pass


def _skip_own_frames(tb):
    own = sys._getframe().f_code.co_filename
    while tb is not None and tb.tb_frame.f_code.co_filename == own:
        tb = tb.tb_next
    return tb


_SHIM_FILE = '<pyhost shim '


def _shim_frames_dropped(tb):
    """Python 2: the traceback's entries without the frames of pyhost's shims (CPython's os,
    fcntl or psutil are built in, or C: a traceback shows no line of theirs, only the call)."""
    kept = []
    while tb is not None:
        if not tb.tb_frame.f_code.co_filename.startswith(_SHIM_FILE):
            kept.append(tb)
        tb = tb.tb_next
    return kept


def _without_shim_frames(report):
    """Python 3: a traceback.TracebackException, and those chained to it, without shim frames
    (the traceback objects stay as they are: an engine may share them between exceptions)."""
    seen = set()
    todo = [report]
    while todo:
        t = todo.pop()
        if t is None or id(t) in seen:
            continue
        seen.add(id(t))
        t.stack[:] = [f for f in t.stack if not f.filename.startswith(_SHIM_FILE)]
        todo.extend([t.__cause__, t.__context__] + list(getattr(t, 'exceptions', None) or []))
    return report


class HardExit(BaseException):
    """os._exit(status) in a session that shares its process with other runs (Jython's own would
    end the JVM): run_main ends the run with the status, without exit handlers (finish() runs
    none) and without waiting for threads."""

    def __init__(self, status):
        BaseException.__init__(self, status)
        self.status = status


def hard_exit(status):
    _end_without_exit_handlers()
    raise HardExit(status)


def _end_without_exit_handlers():
    _finished.append(True)
    # nor the handlers the engine itself runs when the session closes (Jython: sys.exitfunc)
    atexit = sys.modules.get('atexit')
    if atexit is not None and hasattr(atexit, '_exithandlers'):
        del atexit._exithandlers[:]
    if hasattr(sys, 'exitfunc'):
        del sys.exitfunc


DIE_OF_SIGPIPE = -13  # not a status: the command line ends its process by SIGPIPE


def _died_of_sigpipe(value):
    """Whether a write to a closed pipe ended the script while its SIGPIPE is SIG_DFL: CPython's
    process would have died of the signal at that write, silently (the shell sees 141)."""
    if getattr(value, 'errno', None) != 32:  # EPIPE
        return False
    signal = sys.modules.get('signal')
    try:
        return signal is not None and signal.getsignal(13) == signal.SIG_DFL
    except Exception:
        return False


def run_main(kind, target, argv, report):
    """Runs __main__. Returns (status, exception type name or None, message, traceback text).

    With report true (the command line), the traceback or exit message is written to sys.stderr
    here, as CPython writes it, before threads are joined; otherwise it is returned as text."""
    sys.argv[:] = [native_str(a) for a in argv]
    main = _main_module()
    try:
        try:
            _raise_pending_interrupt()
            code, module = _prepare(kind, target, main)
            if module is None:
                exec(code, main.__dict__)
            else:
                import runpy
                # a folder's __main__ keeps sys.argv[0] as typed, as CPython's does
                runpy._run_module_as_main(module, module != '__main__')
        finally:
            _flush()
    except HardExit as e:
        return (e.status & 0xff, 'SystemExit', None, '')
    except SystemExit:
        status, message = _exit_status(sys.exc_info()[1])
        if report and message is not None:
            _write_stderr(message + '\n')
        result = (status, 'SystemExit', message, '')
    except:  # noqa: E722 -- old-style class exceptions too, as CPython reports them
        etype, value, tb = sys.exc_info()
        tb = _skip_own_frames(tb)
        if report and _died_of_sigpipe(value):
            del tb, value
            _end_without_exit_handlers()
            return (DIE_OF_SIGPIPE, 'SystemExit', None, '')
        if report:
            _report(etype, value, tb)
            result = (1, _type_name(etype), _message(value), '')
        else:
            result = describe(etype, value, tb)
        del tb, value
    else:
        result = (0, None, None, '')
    _join_threads()
    _flush()
    return result


# Jython's parser (ANTLR) words syntax errors its own way; CPython 2 says "invalid syntax".
_JYTHON_SYNTAX = ('no viable alternative at input', 'mismatched input', 'extraneous input',
                  'mismatched character', 'missing ')


def _cpython_syntax_error(etype, value):
    """Jython: a SyntaxError as CPython 2 reports it (its wording, a 1-based caret column)."""
    try:
        msg = value.msg
        if not isinstance(msg, basestring) or not msg.startswith(_JYTHON_SYNTAX):  # noqa: F821
            return etype, value
        offset = value.offset
        text = value.text
        if 'expecting INDENT' in msg:
            etype, msg = IndentationError, 'expected an indented block'
            if text:
                offset = len(text.rstrip())
        elif msg.startswith('mismatched input') and msg.endswith('expecting EOF') and text \
                and text[:1] in ' \t':
            etype, msg = IndentationError, 'unexpected indent'
        else:
            msg = 'invalid syntax'
            if isinstance(offset, int):
                offset += 1  # ANTLR counts columns from 0, CPython from 1
        return etype, etype(msg, (value.filename, value.lineno, offset, text))
    except Exception:
        return etype, value


def _tb_length(tb):
    n = 0
    while tb is not None:
        n += 1
        tb = tb.tb_next
    return n


def _report(etype, value, tb):
    """An uncaught exception on stderr, as CPython's default sys.excepthook prints it."""
    if not PY3:
        if isinstance(etype, type) and issubclass(etype, SyntaxError) and value is not None:
            etype, value = _cpython_syntax_error(etype, value)
        if sys.excepthook is sys.__excepthook__ and not (isinstance(etype, type) and issubclass(etype, SyntaxError)):
            # Jython's built-in hook shows a source line's non-ASCII bytes as '?'; the traceback
            # module writes them as they are, as CPython 2 does
            try:
                import traceback
                lines = _formatted_py2(etype, value, tb)
                last = _python2_qualified(etype, lines[-1])
                sys.stderr.write(''.join(lines[:-1]) + last)
                sys.stderr.flush()
                return
            except Exception:
                pass
        sys.excepthook(etype, value, tb)
        return
    if value is not None:
        try:
            value.__traceback__ = tb  # engines' hooks may print the exception's own traceback
        except Exception:
            pass
    if sys.excepthook is not sys.__excepthook__:
        sys.excepthook(etype, value, tb)
        return
    # GraalPy's built-in hook omits CPython 3.11+'s ~~^~~ position markers: the traceback
    # module prints them as CPython's hook does. CPython prints at most the last
    # sys.tracebacklimit (1000) entries; a RecursionError's stack ends at the recursion limit
    # (GraalPy's own stack can go deeper before it raises).
    try:
        import traceback
        n = _tb_length(tb)
        end = n
        if isinstance(value, RecursionError):
            end = min(n, sys.getrecursionlimit())
        limit = getattr(sys, 'tracebacklimit', 1000)
        if not isinstance(limit, int):
            limit = 1000
        start = max(0, end - max(limit, 0))
        for _ in range(start):
            tb = tb.tb_next
        report = traceback.TracebackException(etype, value, tb if end > start else None,
                                              limit=end - start, compact=True)
        sys.stderr.write(''.join(_without_shim_frames(report).format()))
        sys.stderr.flush()
    except Exception:
        sys.__excepthook__(etype, value, tb)


def _formatted_py2(etype, value, tb):
    """traceback.format_exception's lines, without shim frames."""
    import traceback
    entries = [traceback.extract_tb(t, 1)[0] for t in _shim_frames_dropped(tb)]
    head = ['Traceback (most recent call last):\n'] if entries else []
    return head + traceback.format_list(entries) + traceback.format_exception_only(etype, value)


def _python2_qualified(etype, line):
    """The exception's line as CPython 2's interpreter prints it: the type named with its module
    (subprocess.CalledProcessError, __main__.E) unless that is 'exceptions' (the traceback
    module, which prints the rest, names the type alone)."""
    name = getattr(etype, '__name__', None)
    module = getattr(etype, '__module__', None)
    if not name or not isinstance(module, str) or module == 'exceptions' or not line.startswith(name):
        return line
    return module + '.' + line


def describe(etype, value, tb):
    """An exception escaping host-driven code, as (status, type name, message, traceback text)."""
    if isinstance(etype, type) and issubclass(etype, SystemExit):
        status, message = _exit_status(value)
        return status, 'SystemExit', message, ''
    if isinstance(etype, type) and issubclass(etype, HardExit):  # os._exit: an exit, no error
        return getattr(value, 'status', 0) & 0xff, 'SystemExit', None, ''
    import traceback
    if PY3:
        text = ''.join(_without_shim_frames(traceback.TracebackException(etype, value, tb, compact=True)).format())
    else:
        text = ''.join(_formatted_py2(etype, value, tb))
    return 1, _type_name(etype), _message(value), text


def _type_name(etype):
    return getattr(etype, '__name__', str(etype))


def _message(value):
    try:
        return str(value)
    except Exception:
        return repr(value)


def _failure():
    etype, value, tb = sys.exc_info()
    try:
        return describe(etype, value, _skip_own_frames(tb))
    finally:
        del tb


def host_exec(source):
    """Statements from the host in __main__: returns None, or describe()'s tuple on failure."""
    try:
        _raise_pending_interrupt()
        exec(compile(native_str(source), '<string>', 'exec'), _main_module().__dict__)
    except:  # noqa: E722
        return _failure()
    return None


def host_eval(source):
    """An expression from the host in __main__: returns (None, value) or (failure, None)."""
    try:
        _raise_pending_interrupt()
        return None, eval(compile(native_str(source), '<string>', 'eval'), _main_module().__dict__)
    except:  # noqa: E722
        return _failure(), None


def host_call(function, args):
    """Calls a global of __main__ (dotted names allowed): returns (None, result) or (failure, None)."""
    try:
        _raise_pending_interrupt()
        target = eval(compile(native_str(function), '<string>', 'eval'), _main_module().__dict__)
        return None, target(*list(args))
    except:  # noqa: E722
        return _failure(), None


def host_push(console, line):
    """One interactive line: returns (more, None) or (False, failure) when the code exits."""
    try:
        return bool(console.push(native_str(line))), None
    except SystemExit:
        return False, _failure()


def safe_repr(value):
    try:
        return repr(value)
    except Exception:
        return '<%s object>' % type(value).__name__


def type_name(value):
    return type(value).__name__


# The client's terminal size, (columns, lines), when the streams reach a terminal the process
# cannot ask (a warm-start daemon's run); None: ask the descriptor.
terminal_size = None


def set_terminals(stdin, stdout, stderr):
    """Python 3: sys.stdin/stdout/stderr.isatty() answer as the host says. GraalPy answers all
    three from one flag, so `script < file` on a terminal would see a terminal stdin."""
    if not PY3:
        return
    for name, answer in (('stdin', stdin), ('stdout', stdout), ('stderr', stderr)):
        stream = getattr(sys, name, None)
        buffer = getattr(stream, 'buffer', None)
        for obj in (stream, buffer, getattr(buffer, 'raw', None)):
            if obj is not None:
                try:
                    obj.isatty = (lambda a: lambda: a)(bool(answer))
                except (AttributeError, TypeError):
                    pass


def configure_stdio(line_buffered, unbuffered=None):
    """Python 3: stdout line-buffered on a terminal, block-buffered otherwise (unless -u), as
    CPython's. `unbuffered` None: not known, stdout is left as the engine made it."""
    if not PY3:
        return
    try:
        if line_buffered:
            sys.stdout.reconfigure(line_buffering=True)
        elif unbuffered is False:
            import io
            out = sys.stdout
            buffer = out.buffer
            if not isinstance(buffer, io.BufferedIOBase):
                buffer = io.BufferedWriter(buffer)
            sys.stdout = io.TextIOWrapper(buffer, encoding=out.encoding, errors=out.errors,
                                          line_buffering=False, write_through=False)
            if sys.__stdout__ is out:
                sys.__stdout__ = sys.stdout
    except Exception:
        pass


def configure_io_encoding(value):
    """Python 3: PYTHONIOENCODING ('encoding[:errors]') as CPython 3 applies it, which the engine
    left to its own launcher: the encoding (by its codec's name) to stdin, stdout and stderr, the
    errors to stdin and stdout (stderr keeps backslashreplace). An unknown encoding is left out."""
    encoding, _, errors = native_str(value).partition(':')
    if encoding:
        encoding = _codec_name(encoding)
    for name in ('stdin', 'stdout', 'stderr'):
        stream = getattr(sys, name, None)
        if stream is None:
            continue
        changes = {}
        if encoding:
            changes['encoding'] = encoding
            changes['errors'] = stream.errors if name == 'stderr' else 'strict'  # (else reset)
        if errors and name != 'stderr':
            changes['errors'] = errors
        if changes:
            try:
                stream.reconfigure(**changes)
            except Exception:
                pass


def _codec_name(encoding):
    """The codec's own name for an encoding, as CPython 3 names its streams' ('latin-1' is
    'iso8859-1'), '' for none: the encodings package's, which GraalPy's codecs.lookup does not give."""
    import codecs
    try:
        import encodings
        info = encodings.search_function(encoding.lower())
        return info.name if info is not None else codecs.lookup(encoding).name
    except LookupError:
        return ''


def _write_stderr(text):
    try:
        sys.stderr.write(text)
        sys.stderr.flush()
    except Exception:
        pass


def _flush():
    for stream in (sys.stdout, sys.stderr):
        try:
            stream.flush()
        except Exception:
            pass


def _join_threads():
    threading = sys.modules.get('threading')
    if threading is not None:
        shutdown = getattr(threading, '_shutdown', None)
        if shutdown is not None:
            try:
                shutdown()
            except BaseException:
                pass


def finish():
    """Interpreter exit: exit handlers once, then a last flush."""
    if _finished:
        return
    _finished.append(True)
    _join_threads()
    try:
        if PY3:
            import atexit
            atexit._run_exitfuncs()
        else:
            exitfunc = getattr(sys, 'exitfunc', None)
            if exitfunc is not None:
                del sys.exitfunc
                exitfunc()
    except SystemExit:
        pass
    except BaseException:
        sys.excepthook(*sys.exc_info())
    _flush()


# ---------------------------------------------------------------------------------------------
# The interactive console.

class _Quitter(object):
    def __init__(self, name):
        self.name = name

    def __repr__(self):
        return 'Use %s() or Ctrl-D (i.e. EOF) to exit' % self.name

    def __call__(self, code=None):
        raise SystemExit(code)


def make_console():
    import code
    builtins = sys.modules['builtins' if PY3 else '__builtin__']
    for name in ('exit', 'quit'):
        if not hasattr(builtins, name):
            setattr(builtins, name, _Quitter(name))
    if not hasattr(sys, 'ps1'):
        sys.ps1 = '>>> '
    if not hasattr(sys, 'ps2'):
        sys.ps2 = '... '
    main = _main_module()
    main.__dict__.setdefault('__name__', '__main__')
    console = code.InteractiveConsole(main.__dict__, '<stdin>')
    if PY3:
        console.compile = _InteractiveCompiler(console.compile)
    return console


_COMPOUND = ('If', 'While', 'For', 'AsyncFor', 'With', 'AsyncWith', 'Try', 'TryStar', 'FunctionDef',
             'AsyncFunctionDef', 'ClassDef', 'Match')
_UNFINISHED = ("was never closed", "unterminated triple-quoted string", "unexpected EOF", "incomplete input")


class _InteractiveCompiler(object):
    """CPython's codeop answer where GraalPy's differs: GraalPy's compile() ignores
    PyCF_DONT_IMPLY_DEDENT and PyCF_ALLOW_INCOMPLETE_INPUT, so its codeop calls `while x:` and one
    body line complete (run at once; the next body line is then an IndentationError) and an open
    bracket or triple-quoted string a SyntaxError. Here, as at CPython's prompt, a compound
    statement waits for the blank line that ends it, and input that stops inside a bracket, a
    string, a backslash continuation or before a block's body asks for more."""

    def __init__(self, inner):
        self.inner = inner  # codeop.CommandCompiler: compiles with the session's __future__ flags

    def __call__(self, source, filename='<input>', symbol='single'):
        try:
            code = self.inner(source, filename, symbol)
        except SyntaxError as e:
            if symbol == 'single' and _unfinished(source, e):
                return None
            raise
        if code is not None and symbol == 'single' and not source.endswith('\n') and _opens_block(source):
            return None
        return code


def _unfinished(source, error):
    message = str(error.msg)
    if source.endswith('\\'):
        return True  # a backslash continuation, the next line still to come
    if "expected an indented block" in message:
        return source.rstrip().endswith(':')  # a block's header, its body not typed yet
    return any(m in message for m in _UNFINISHED)


def _opens_block(source):
    import ast
    try:
        body = ast.parse(source).body
    except SyntaxError:
        return False
    return bool(body) and type(body[0]).__name__ in _COMPOUND


def banner(engine_line):
    return ('Python %s on %s\nType "help", "copyright", "credits" or "license" for more information.\n'
            '(pyhost: %s)' % (sys.version, sys.platform, native_str(engine_line)))


def prompt(continuation):
    return str(sys.ps2 if continuation else sys.ps1)


def run_startup(path):
    """PYTHONSTARTUP: the file runs in __main__ before the first prompt; an error is reported
    as CPython reports it and the session goes on. Returns None, or describe()'s tuple when the
    file called exit()."""
    path = native_str(path)
    try:
        try:
            f = open(path, 'rb')
            try:
                source = f.read()
            finally:
                f.close()
            exec(compile(source, path, 'exec'), _main_module().__dict__)
        finally:
            _flush()
    except SystemExit:
        return _failure()
    except:  # noqa: E722
        etype, value, tb = sys.exc_info()
        _report(etype, value, _skip_own_frames(tb))
        del tb, value
    return None


# ---------------------------------------------------------------------------------------------
# Tab completion: the candidates replace the dotted name that ends the text (the line up to the
# cursor), as readline's completer does with CPython's delimiters.

def _trailing_name(text):
    i = len(text)
    while i > 0 and (text[i - 1].isalnum() or text[i - 1] in '_.'):
        i -= 1
    return text[i:]


def _import(name):
    __import__(name)
    return sys.modules[name]


def _module_names(package):
    """Importable modules: top-level ones, or the submodules of `package` (full dotted names)."""
    import pkgutil
    names = set()
    if package:
        try:
            module = _import(package)
        except Exception:
            return names
        path = getattr(module, '__path__', None)
        if path is not None:
            for item in pkgutil.iter_modules(path):
                names.add(package + '.' + item[1])
        return names
    names.update(sys.builtin_module_names)
    for item in pkgutil.iter_modules():
        names.add(item[1])
    return names


def _complete_import(text, word):
    """Candidates when `text` is an import statement, or None when it is not one."""
    import re
    m = re.match(r'^\s*from\s+([\w.]+)\s+import\s+(?:[\w]+\s*,\s*)*[\w]*$', text)
    if m is not None:
        package = m.group(1)
        names = set(n.rsplit('.', 1)[-1] for n in _module_names(package))
        try:
            names.update(n for n in dir(_import(package)) if not n.startswith('__'))
        except Exception:
            pass
        return sorted(n for n in names if n.startswith(word))
    if re.match(r'^\s*(from\s+[\w.]*|import\s+(?:[\w.]+\s*,\s*)*[\w.]*)$', text):
        package = word.rsplit('.', 1)[0] if '.' in word else ''
        return sorted(n for n in _module_names(package) if n.startswith(word))
    return None


def complete(text):
    """Tab completion: names, keywords, attributes of live objects, module names after import."""
    try:
        text = native_str(text)
        word = _trailing_name(text)
        found = _complete_import(text, word)
        if found is not None:
            return found
        if not word or word[0].isdigit():
            return []
        import rlcompleter
        completer = rlcompleter.Completer(_main_module().__dict__)
        found = []
        for state in range(10000):
            candidate = completer.complete(word, state)
            if candidate is None:
                break
            if candidate not in found:
                found.append(candidate)
        return found
    except BaseException:
        return []
