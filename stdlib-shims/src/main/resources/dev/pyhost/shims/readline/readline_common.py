# readline for both engines (written in the common subset of Python 2.7 and 3): CPython's module
# as built on GNU readline 8.2, for what a script can see of it: the history list and its
# one-based and zero-based indices, history files as GNU readline reads, writes, truncates and
# appends them, the completer and its delimiters, the hooks, and CPython's errors. Jython's failed
# to import ("Cannot access JLine2 setup"), so a script or a PYTHONSTARTUP file that imports
# readline could not start; GraalPy's lacked half the functions (get_history_length,
# set_history_length, append_history_file, the hooks, get_line_buffer, ...).
# Not here: line editing of input()/raw_input() on a terminal with this history and completer.
import os as _os
import sys as _sys

_PY3 = _sys.version_info[0] >= 3

_READLINE_VERSION = 0x0802
_READLINE_RUNTIME_VERSION = 0x0802
if _PY3:
    _READLINE_LIBRARY_VERSION = '8.2'

_history = []
_state = {
    'length': -1,
    'completer': None,
    'delims': ' \t\n`~!@#$%^&*()-=+[{]}\\|;:\'",<>/?',
    'startup_hook': None,
    'pre_input_hook': None,
    'display_hook': None,
    'auto': True,
    'init_file': None,
}

if _PY3:
    def _line(value, where):
        if not isinstance(value, str):
            raise TypeError('bad argument type for built-in operation')
        return value

    def _encode(line):
        return _os.fsencode(line)

    def _decode(data):
        return _os.fsdecode(data)

    def _int(value):
        import operator
        return operator.index(value)
else:
    def _line(value, where):
        if isinstance(value, unicode):  # noqa: F821 (Python 2)
            return value.encode('ascii')
        if not isinstance(value, str):
            raise TypeError('%s() argument 1 must be string, not %s' % (where, type(value).__name__))
        return value

    def _encode(line):
        return line

    def _decode(data):
        return data

    def _int(value):
        if isinstance(value, float) or not isinstance(value, (int, long)):  # noqa: F821
            raise TypeError('an integer is required')
        return int(value)


def _os_error(e):
    # GNU readline reports only errno: CPython raises it without the file name
    number = getattr(e, 'errno', None) or 5
    return (OSError if _PY3 else IOError)(number, _os.strerror(number))


def _path(filename):
    if filename is None:
        return _os.path.expanduser('~/.history')
    return _os.fspath(filename) if _PY3 else filename


def _read_lines(path):
    try:
        with open(path, 'rb') as f:
            data = f.read()
    except (IOError, OSError) as e:
        raise _os_error(e)
    lines = []
    for raw in data.split(b'\n')[:-1]:  # a last line with no newline is not read
        if raw.endswith(b'\r'):
            raw = raw[:-1]
        if raw:
            lines.append(_decode(raw))
    return lines


def _write(path, lines, mode):
    try:
        with open(path, mode) as f:
            f.write(b''.join(_encode(line) + b'\n' for line in lines))
    except (IOError, OSError) as e:
        raise _os_error(e)


def _truncate(path):
    # what GNU readline's history_truncate_file leaves: the last history_length lines
    length = _state['length']
    if length < 0:
        return
    try:
        with open(path, 'rb') as f:
            data = f.read()
        lines = data.split(b'\n')
        kept = lines[:-1][-length:] if length else []
        if len(kept) < len(lines) - 1:
            with open(path, 'wb') as f:
                f.write(b''.join(line + b'\n' for line in kept))
    except (IOError, OSError) as e:
        raise _os_error(e)


def _hook(name, function):
    if function is not None and not callable(function):
        raise TypeError('%s(func): argument not callable' % name)
    return function


def parse_and_bind(string):
    """Execute the init line provided in the string argument."""
    _line(string, 'parse_and_bind')


def read_init_file(filename=None):
    """Execute a readline initialization file.

The default filename is the last filename used."""
    path = filename if filename is not None else (_state['init_file'] or
                                                  _os.environ.get('INPUTRC') or _os.path.expanduser('~/.inputrc'))
    try:
        open(path, 'rb').close()
    except (IOError, OSError) as e:
        raise _os_error(e)
    _state['init_file'] = path


def read_history_file(filename=None):
    """Load a readline history file.

The default filename is ~/.history."""
    _history.extend(_read_lines(_path(filename)))


def write_history_file(filename=None):
    """Save a readline history file.

The default filename is ~/.history."""
    path = _path(filename)
    _write(path, _history, 'wb')
    _truncate(path)


def clear_history():
    """Clear the current readline history."""
    del _history[:]


def get_history_length():
    """Return the maximum number of lines that will be written to the history file."""
    return _state['length']


def set_history_length(length):
    """Set the maximal number of lines which will be written to the history file.

A negative length is used to inhibit history truncation."""
    _state['length'] = _int(length)


def get_current_history_length():
    """Return the current (not the maximum) length of history."""
    return len(_history)


def get_history_item(index):
    """Return the current contents of history item at one-based index."""
    index = _int(index)
    if 1 <= index <= len(_history):
        return _history[index - 1]
    return None


def remove_history_item(pos):
    """Remove history item given by its zero-based position."""
    pos = _int(pos)
    if pos < 0:
        raise ValueError('History index cannot be negative')
    if pos >= len(_history):
        raise ValueError('No history item at position %d' % pos)
    del _history[pos]


def replace_history_item(pos, line):
    """Replaces history item given by its position with contents of line.

pos is zero-based."""
    pos = _int(pos)
    line = _line(line, 'replace_history_item')
    if pos < 0:
        raise ValueError('History index cannot be negative')
    if pos >= len(_history):
        raise ValueError('No history item at position %d' % pos)
    _history[pos] = line


def add_history(string):
    """Add an item to the history buffer."""
    _history.append(_line(string, 'add_history'))


def set_completer(function=None):
    """Set or remove the completer function.

The function is called as function(text, state),
for state in 0, 1, 2, ..., until it returns a non-string.
It should return the next possible completion starting with 'text'."""
    _state['completer'] = _hook('set_completer', function)


def get_completer():
    """Get the current completer function."""
    return _state['completer']


def get_completion_type():
    """Get the type of completion being attempted."""
    return 0


def get_begidx():
    """Get the beginning index of the completion scope."""
    return 0


def get_endidx():
    """Get the ending index of the completion scope."""
    return 0


def set_completer_delims(string):
    """Set the word delimiters for completion."""
    _state['delims'] = _line(string, 'set_completer_delims')


def get_completer_delims():
    """Get the word delimiters for completion."""
    return _state['delims']


def set_startup_hook(function=None):
    """Set or remove the function invoked by the rl_startup_hook callback.

The function is called with no arguments just
before readline prints the first prompt."""
    _state['startup_hook'] = _hook('set_startup_hook', function)


def set_pre_input_hook(function=None):
    """Set or remove the function invoked by the rl_pre_input_hook callback.

The function is called with no arguments after the first prompt
has been printed and just before readline starts reading input
characters."""
    _state['pre_input_hook'] = _hook('set_pre_input_hook', function)


def set_completion_display_matches_hook(function=None):
    """Set or remove the completion display function.

The function is called as
  function(substitution, [matches], longest_match_length)
once each time matches need to be displayed."""
    _state['display_hook'] = _hook('set_completion_display_matches_hook', function)


def get_line_buffer():
    """Return the current contents of the line buffer."""
    return ''


def insert_text(string):
    """Insert text into the line buffer at the cursor position."""
    _line(string, 'insert_text')


def redisplay():
    """Change what's displayed on the screen to reflect contents of the line buffer."""


_names = ['parse_and_bind', 'read_init_file', 'read_history_file', 'write_history_file',
          'clear_history', 'get_history_length', 'set_history_length', 'get_current_history_length',
          'get_history_item', 'remove_history_item', 'replace_history_item', 'add_history',
          'set_completer', 'get_completer', 'get_completion_type', 'get_begidx', 'get_endidx',
          'set_completer_delims', 'get_completer_delims', 'set_startup_hook', 'set_pre_input_hook',
          'set_completion_display_matches_hook', 'get_line_buffer', 'insert_text', 'redisplay',
          '_READLINE_VERSION', '_READLINE_RUNTIME_VERSION']

if _PY3:
    def append_history_file(nelements, filename=None):
        """Append the last nelements items of the history list to file.

The default filename is ~/.history."""
        nelements = _int(nelements)
        path = _path(filename)
        if not _os.path.exists(path):
            raise _os_error(OSError(2, 'No such file or directory'))
        _write(path, _history[len(_history) - nelements:] if nelements > 0 else [], 'ab')
        _truncate(path)

    def set_auto_history(enabled):
        """Enables or disables automatic history."""
        _state['auto'] = bool(enabled)

    _names += ['append_history_file', 'set_auto_history', '_READLINE_LIBRARY_VERSION']

for _name in _names:
    _value = globals()[_name]
    if callable(_value):
        _value.__module__ = 'readline'
    setattr(_target, _name, _value)
_target.__doc__ = 'Importing this module enables command line editing using GNU readline.'
