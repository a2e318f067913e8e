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
_engine_extract_tb = _target.extract_tb


def _source_name(filename):
    if isinstance(filename, str) and filename.endswith('$py.class'):
        return filename[:-len('$py.class')] + '.py'
    return filename


def extract_tb(tb, limit=None):
    return [(_source_name(f),) + tuple(rest) for f, rest in
            ((entry[0], entry[1:]) for entry in _engine_extract_tb(tb, limit))]


def print_tb(tb, limit=None, file=None):
    if file is None:
        import sys
        file = sys.stderr
    for line in _target.format_tb(tb, limit):
        file.write(line)


extract_tb.__doc__ = _engine_extract_tb.__doc__
print_tb.__doc__ = _target.print_tb.__doc__
_target.extract_tb = extract_tb
_target.print_tb = print_tb
