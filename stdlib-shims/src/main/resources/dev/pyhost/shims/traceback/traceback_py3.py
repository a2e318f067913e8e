# traceback overlay (Python 3): _target is the engine's traceback module. Every report of an
# exception (the interpreter's for an uncaught one, traceback.print_exc, logging's exception())
# goes through TracebackException; each exception it reports, chained ones too, first gets
# CPython's wording where the engine's codecs worded it otherwise (cpython_wording, above).
_engine_init = _target.TracebackException.__init__


def __init__(self, exc_type, exc_value, *args, **kwargs):
    cpython_wording(exc_value)
    _engine_init(self, exc_type, exc_value, *args, **kwargs)


__init__.__doc__ = _engine_init.__doc__
_target.TracebackException.__init__ = __init__


# The columns of a traceback entry (for its ~~^~~ markers): CPython's code objects count them in
# UTF-8 bytes, and the traceback module turns bytes into characters. An engine that counts in
# characters puts the markers too far left on a line with non-ASCII text before them (and, the
# expression then misread, without its ~ and ^ parts). Such columns are turned into bytes first.
def _columns_in_characters():
    code = compile(u"'\u00e9';x", '<columns>', 'exec')
    for _, _, column, _ in code.co_positions():
        if column is not None and column >= 4:
            return column == 4  # 'x' is the fifth character and the sixth byte
    return False


def _in_bytes(filename, lineno, column):
    if column is None or lineno is None:
        return column
    import linecache
    line = linecache.getline(filename, lineno)
    return len(line[:column].encode('utf-8', 'surrogatepass')) if not line.isascii() else column


if hasattr(_target, '_get_code_position'):
    _engine_code_position = _target._get_code_position
    _counts_characters = []  # asked on the first report, not at every start

    def _get_code_position(code, instruction_index):
        lineno, end_lineno, column, end_column = _engine_code_position(code, instruction_index)
        if not _counts_characters:
            _counts_characters.append(_columns_in_characters())
        if not _counts_characters[0]:
            return lineno, end_lineno, column, end_column
        filename = code.co_filename
        return (lineno, end_lineno, _in_bytes(filename, lineno, column), _in_bytes(filename, end_lineno, end_column))

    _target._get_code_position = _get_code_position


# The frames of pyhost's own code ('<pyhost shim os>', '<pyhost runtime>': CPython's os or
# builtins are C, and show no line) are left out of every traceback and stack the module walks
# (print_exc, format_exception, extract_tb, print_stack, logging's exception() and its "Call
# stack"), as they are of the report of an uncaught exception; a limit counts the frames shown.
import sys as _sys

_OWN_FILE = '<pyhost '


def _shown(walk):
    def walk_shown(tb):
        for item in walk(tb):
            if not item[0].f_code.co_filename.startswith(_OWN_FILE):
                yield item
    walk_shown.__name__ = walk.__name__
    walk_shown.__doc__ = walk.__doc__
    return walk_shown


for _name in ('walk_tb', '_walk_tb_with_full_positions'):
    if hasattr(_target, _name):
        setattr(_target, _name, _shown(getattr(_target, _name)))

_engine_walk_stack = _shown(_target.walk_stack)


def walk_stack(f):
    if f is None:  # the caller's frame, where the engine's generator starts (seen from its body)
        f = _sys._getframe(1)
    return _engine_walk_stack(f)


walk_stack.__doc__ = _engine_walk_stack.__doc__
_target.walk_stack = walk_stack
