# traceback overlay (Python 2): _target is the engine's traceback module. Every report of an
# exception (the interpreter's for an uncaught one, print_exc, logging's exception()) ends in
# format_exception_only, which first gives the exception CPython's wording where the engine's
# codecs worded it otherwise (cpython_wording, above).
_engine_format_exception_only = _target.format_exception_only


def format_exception_only(etype, value):
    cpython_wording(value)
    return _engine_format_exception_only(etype, value)


format_exception_only.__doc__ = _engine_format_exception_only.__doc__
_target.format_exception_only = format_exception_only


# A frame of a module Jython loaded compiled names its file '.../encodings/utf_8$py.class'; the
# traceback names the source, '.../encodings/utf_8.py', as CPython's does (the line shown is
# the source's either way). print_tb writes what format_tb gives, so that it names it too.
# The frames of pyhost's own code ('<pyhost shim os>', '<pyhost runtime>': CPython's os or
# builtins are C, and show no line) are left out of every traceback and stack, as they are of
# the report of an uncaught exception; a limit counts the frames that are shown.
import sys as _sys
import linecache as _linecache

_OWN_FILE = '<pyhost '


def _source_name(filename):
    if isinstance(filename, str) and filename.endswith('$py.class'):
        return filename[:-len('$py.class')] + '.py'
    return filename


def _entries(frames, limit):
    if limit is None:
        limit = getattr(_sys, 'tracebacklimit', None)
    out = []
    for f, lineno in frames:
        if limit is not None and len(out) >= limit:
            break
        co = f.f_code
        filename = co.co_filename
        if filename and filename.startswith(_OWN_FILE):
            continue
        _linecache.checkcache(filename)
        line = _linecache.getline(filename, lineno, f.f_globals)
        out.append((_source_name(filename), lineno, co.co_name, line.strip() if line else None))
    return out


def _tb_frames(tb):
    while tb is not None:
        yield tb.tb_frame, tb.tb_lineno
        tb = tb.tb_next


def _stack_frames(f):
    while f is not None:
        yield f, f.f_lineno
        f = f.f_back


def extract_tb(tb, limit=None):
    return _entries(_tb_frames(tb), limit)


def extract_stack(f=None, limit=None):
    if f is None:
        f = _sys._getframe(1)
    stack = _entries(_stack_frames(f), limit)
    stack.reverse()
    return stack


def print_tb(tb, limit=None, file=None):
    if file is None:
        file = _sys.stderr
    for line in _target.format_tb(tb, limit):
        file.write(line)


extract_tb.__doc__ = _target.extract_tb.__doc__
extract_stack.__doc__ = _target.extract_stack.__doc__
print_tb.__doc__ = _target.print_tb.__doc__
_target.extract_tb = extract_tb
_target.extract_stack = extract_stack
_target.print_tb = print_tb
