# How a Process object reaches its child (part of multiprocessing_impl's module body).
#
# CPython on Linux forks: a Process's target and arguments are never pickled, the child simply
# has them. pyhost's child is another interpreter state, so they are pickled, with these additions
# for what a forked child has but plain pickle refuses or sends by a name the child may lack:
# - functions of the main script and functions their module has under no name of theirs
#   (lambdas, nested functions, functions defined under `if __name__ == '__main__'`) go by
#   value: code, defaults, closure contents, attributes, rebuilt on the child's copy of their
#   module. The code object itself is handed over on Jython, whose code objects serve every
#   interpreter state of the JVM; GraalPy's is marshalled;
# - a threading lock becomes a new lock, held if the parent's was (a forked copy of a held lock
#   stays held); RLocks and (on Jython, where it is a Java type) Conditions become new ones;
# - a module is imported again by name;
# - on Python 2, bound and unbound methods (CPython 2's pickle refuses them).
# Anything else pickle refuses (an open file, a socket, a generator) is refused as before.
# The writer notes the global names the main script's functions use, so that the functions and
# modules of __main__ they reach go along (_fork_main_globals).
import marshal as _marshal

_FORK_LOCK = type(threading.Lock())
_FORK_RLOCK = type(threading.RLock())
_FORK_CONDITION = type(threading.Condition()) if _JYTHON else None
_FORK_PLAIN = frozenset([int, float, bool, type(None), complex, str, bytes, tuple, list, dict, set,
                         frozenset])
if not PY3:
    _FORK_PLAIN |= frozenset([long, unicode])  # noqa: F821 (Python 2)
_MAIN_NAMES = ('__main__', '__mp_main__')
_CLASS_TYPES = (type,) if PY3 else (type, types.ClassType)  # Python 2's old-style classes too


def _fork_by_value(func):
    """True when func must travel by value: pickle would send its name and the child's copy
    of its module may have no such name."""
    module_name = getattr(func, '__module__', None)
    if module_name is None or module_name in _MAIN_NAMES:
        return True
    found = sys.modules.get(module_name)
    for part in getattr(func, '__qualname__', func.__name__).split('.'):
        found = getattr(found, part, None)
    return found is not func


def _fork_cells(func):
    """The closure's contents, each as (value,) or () for a cell not yet filled."""
    closure = func.__closure__ if PY3 else func.func_closure
    if closure is None:
        return None
    cells = []
    for cell in closure:
        try:
            cells.append((cell.cell_contents,))
        except ValueError:
            cells.append(())
    return cells


def _fork_note_names(func, names):
    """Adds the global names a function of the main script may use (its code's names, and those
    of the code it nests) to names."""
    if getattr(func, '__module__', None) not in _MAIN_NAMES:
        return
    todo = [func.__code__ if PY3 else func.func_code]
    while todo:
        code = todo.pop()
        if not hasattr(code, 'co_names'):  # Jython's compiled code does not say: any name may be
            names.update(vars(sys.modules.get('__main__', sys)))
            return
        names.update(code.co_names)
        todo.extend(c for c in code.co_consts if isinstance(c, types.CodeType))


def _fork_main_globals(names):
    """The globals of __main__ that the main script's functions sent by value may reach through
    these names, directly or through one another (a function, a module, a logger, a queue, a
    parsed configuration): a forked child would have them. The script's own classes are left
    to the child's run of its definitions, which pickle's references to them need anyway."""
    main = sys.modules.get('__main__')
    space = vars(main) if main is not None else {}
    found = {}
    todo = list(names)
    while todo:
        name = todo.pop()
        value = space.get(name)
        if name in found or value is None or name.startswith('__'):
            continue
        if isinstance(value, _CLASS_TYPES) and getattr(value, '__module__', None) in _MAIN_NAMES:
            continue
        found[name] = value
        if type(value) is types.FunctionType and getattr(value, '__module__', None) in _MAIN_NAMES:
            more = set()
            _fork_note_names(value, more)
            todo.extend(more)
    return found


def _fork_module_globals(module_name):
    if module_name is None or module_name in _MAIN_NAMES:
        module = sys.modules.get('__main__')
    else:
        module = sys.modules.get(module_name)
        if module is None:
            __import__(module_name)
            module = sys.modules[module_name]
    return module.__dict__


def _fork_lock(locked):
    lock = threading.Lock()
    if locked:
        lock.acquire()
    return lock


def _fork_import(name):
    __import__(name)
    return sys.modules[name]


if PY3:
    import io as _fork_io

    def _fork_function(code, module_name, name, cells):
        """The function, its cells still empty: the closure may hold the function itself,
        which pickle can only give once the function exists (_fork_fill)."""
        closure = None if cells is None else tuple(types.CellType() for _ in range(cells))
        return types.FunctionType(_marshal.loads(code), _fork_module_globals(module_name),
                                        name, None, closure)

    def _fork_fill(func, state):
        qualname, module_name, defaults, kwdefaults, attributes, cells = state
        func.__qualname__ = qualname
        func.__module__ = module_name
        func.__defaults__ = defaults
        func.__kwdefaults__ = kwdefaults
        func.__dict__.update(attributes)
        for cell, content in zip(func.__closure__ or (), cells or ()):
            if content:
                cell.cell_contents = content[0]

    class _ForkPickler(_pickle.Pickler):
        def __init__(self, buf, names):
            _pickle.Pickler.__init__(self, buf, _pickle.HIGHEST_PROTOCOL)
            self.names = names

        def reducer_override(self, obj):
            kind = type(obj)
            if kind is types.FunctionType and _fork_by_value(obj):
                _fork_note_names(obj, self.names)
                cells = _fork_cells(obj)
                state = (obj.__qualname__, obj.__module__, obj.__defaults__, obj.__kwdefaults__,
                         obj.__dict__, cells)
                return (_fork_function,
                        (_marshal.dumps(obj.__code__), obj.__module__, obj.__name__,
                         None if cells is None else len(cells)),
                        state, None, None, _fork_fill)
            if kind is _FORK_LOCK:
                return _fork_lock, (obj.locked(),)
            if kind is _FORK_RLOCK:
                return threading.RLock, ()
            if kind is types.ModuleType:
                return _fork_import, (obj.__name__,)
            return NotImplemented

    class _ForkWriter(object):
        """Pickles for one child; names collects what _fork_note_names found. handed is what
        goes over as it is (nothing: GraalPy's code objects are marshalled)."""

        def __init__(self):
            self.names = set()
            self.handed = None

        def dumps(self, obj):
            buf = _fork_io.BytesIO()
            _ForkPickler(buf, self.names).dump(obj)
            return buf.getvalue().decode('latin-1')

    class _ForkReader(object):
        def __init__(self, handed):
            pass

        def loads(self, text):
            return _pickle.loads(text.encode('latin-1'))

else:
    from cStringIO import StringIO as _ForkBuffer

    _FORK_ITSELF = ('itself', 'itself')  # a cell holding the function it belongs to
    from java.lang import Class as _JavaClass
    from org.python.core import PyCell as _PyCell
    _FORK_CELL_CONTENTS = _JavaClass.getField(_PyCell, 'ob_ref')  # Python 2 cannot set a cell

    def _fork_new_cell(content):
        if len(content) == 1:
            value = content[0]
            return (lambda: value).func_closure[0]
        if False:
            value = None  # noqa: F841 (makes the cell below one that was never filled)
        return (lambda: value).func_closure[0]

    class _ForkIds(object):
        """persistent_id for Python 2's pickler: what to rebuild in the child, and how.

        Persistent ids are not memoized: each object gets a serial, so that one function or
        lock reached twice is one object in the child too."""

        def __init__(self, names):
            self.names = names
            self.handed = []  # code objects, handed over as they are
            self.serials = {}
            self.keep = []  # the originals: their ids stay unique while pickling

        def __call__(self, obj):
            kind = type(obj)
            if kind in _FORK_PLAIN:
                return None
            if kind is types.FunctionType:
                return self._function(obj) if _fork_by_value(obj) else None
            if kind is _FORK_LOCK:
                return self._serial(obj, 'lock', obj.locked())
            if kind is _FORK_RLOCK:
                return self._serial(obj, 'rlock')
            if kind is _FORK_CONDITION:
                return self._serial(obj, 'condition')
            if kind is types.ModuleType or obj is sys:  # Jython's sys is no module object
                return 'module', 'sys' if obj is sys else obj.__name__
            if kind is types.MethodType:
                owner = obj.im_class if obj.im_self is None else obj.im_self
                return 'method', owner, obj.im_func.__name__
            logging = sys.modules.get('logging')
            if logging is not None and isinstance(obj, logging.Logger):
                # Python 3's loggers pickle by name; Python 2's would take their handlers along
                return 'logger', obj.name if obj is not logging.root else None
            return None

        def _serial(self, obj, *recipe):
            serial = self.serials.get(id(obj))
            if serial is not None:
                return 'same', serial
            serial = self.serials[id(obj)] = len(self.keep)
            self.keep.append(obj)
            return (recipe[0], serial) + recipe[1:]

        def _function(self, func):
            serial = self.serials.get(id(func))
            if serial is not None:
                return 'same', serial
            cells = _fork_cells(func)
            if cells:  # a nested function that calls itself: its cell is filled in the child
                cells = [_FORK_ITSELF if c and c[0] is func else c for c in cells]
            if _fork_reaches((cells, func.func_defaults, func.__dict__), func, set()):
                raise _pickle.PicklingError(
                    "Can't pickle %r: it refers to itself through its closure or defaults" % (func,))
            _fork_note_names(func, self.names)
            self.handed.append(func.func_code)
            return self._serial(func, 'function', len(self.handed) - 1, func.__module__,
                                func.__name__, func.func_defaults, dict(func.__dict__), cells)

    def _fork_reaches(obj, target, seen):
        """True when target is among what obj holds: Python 2's cells cannot be filled after
        the function exists, so a function holding itself cannot be rebuilt."""
        if obj is target:
            return True
        if id(obj) in seen:
            return False
        seen.add(id(obj))
        if isinstance(obj, (tuple, list, set, frozenset)):
            items = obj
        elif isinstance(obj, dict):
            items = list(obj.values())
        elif type(obj) is types.FunctionType:
            items = [c[0] for c in _fork_cells(obj) or () if c] + list(obj.func_defaults or ())
        else:
            return False
        for item in items:
            if _fork_reaches(item, target, seen):
                return True
        return False

    class _ForkBuilds(object):
        """persistent_load in the child: rebuilds what _ForkIds described."""

        def __init__(self, handed):
            self.handed = handed
            self.built = {}

        def __call__(self, recipe):
            kind = recipe[0]
            if kind == 'same':
                return self.built[recipe[1]]
            if kind == 'module':
                return _fork_import(recipe[1])
            if kind == 'method':
                return getattr(recipe[1], recipe[2])
            if kind == 'logger':
                import logging
                return logging.getLogger(recipe[1])
            serial = recipe[1]
            if kind == 'function':
                handed, module_name, name, defaults, attributes, cells = recipe[2:]
                closure = None if cells is None else tuple(_fork_new_cell(c) for c in cells)
                obj = types.FunctionType(self.handed[handed], _fork_module_globals(module_name),
                                               name, defaults, closure)
                for cell, content in zip(closure or (), cells or ()):
                    if content == _FORK_ITSELF:
                        _FORK_CELL_CONTENTS.set(cell, obj)
                obj.__module__ = module_name
                obj.__dict__.update(attributes)
            elif kind == 'lock':
                obj = _fork_lock(recipe[2])
            elif kind == 'rlock':
                obj = threading.RLock()
            else:
                obj = threading.Condition()
            self.built[serial] = obj
            return obj

    class _ForkWriter(object):
        """Pickles for one child, sharing one _ForkIds: the second pickle may refer to what the
        first one built. names collects what _fork_note_names found."""

        def __init__(self):
            self.names = set()
            self.ids = _ForkIds(self.names)
            self.handed = self.ids.handed

        def dumps(self, obj):
            buf = _ForkBuffer()
            pickler = _pickle.Pickler(buf, _pickle.HIGHEST_PROTOCOL)
            pickler.persistent_id = self.ids
            pickler.dump(obj)
            return buf.getvalue().decode('latin-1')

    class _ForkReader(object):
        def __init__(self, handed):
            self.builds = _ForkBuilds(handed)

        def loads(self, text):
            unpickler = _pickle.Unpickler(_ForkBuffer(text.encode('latin-1')))
            unpickler.persistent_load = self.builds
            return unpickler.load()
