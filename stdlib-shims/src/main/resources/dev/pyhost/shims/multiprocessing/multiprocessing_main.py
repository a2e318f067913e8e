# What a child has of the parent's main script (part of multiprocessing_impl's module body).
#
# A forked child has the parent's __main__ as it was at start(), and runs none of its code again.
# pyhost's child is another interpreter state, so it rebuilds that module:
# - the script's definitions are run again: its def, class and import statements (also those
#   inside if and try blocks, `if __name__ == '__main__'` included), the assignments that made
#   a class (`Point = namedtuple(...)`), so that the child knows the classes and functions
#   pickle names, and those that configure an imported module (`socket.timeout = 5`). Nothing
#   else of the script runs: a statement that writes a file, truncates a log, connects or prints
#   would do it a second time, which a forked child never does;
# - the parent's data globals (numbers, strings, containers) as they were at start();
# - what the functions sent by value reach through __main__ (_fork_main_globals), sent by the
#   parent as fork would have left it.


# As CPython's multiprocessing.spawn does: the parent loads what names __mp_main__ (a child's
# pickle of one of the script's classes) from its own __main__.
if '__main__' in sys.modules:
    sys.modules.setdefault('__mp_main__', sys.modules['__main__'])


def _main_file():
    """The script's path to read it by, and its __file__ as the parent has it."""
    main = sys.modules.get('__main__')
    path = getattr(main, '__file__', None)
    if path and os.path.isfile(path) and getattr(main, '__name__', None) in _MAIN_NAMES:
        return os.path.abspath(path), path
    return None


def _main_modules():
    """The names __main__ binds to modules: the child runs the script's assignments to their
    attributes (`socket.default_timeout = 5`, `psutil.PROCFS_PATH = ...`), which configure
    those modules as the parent's are configured."""
    main = sys.modules.get('__main__')
    if main is None:
        return []
    return [k for k, v in list(vars(main).items()) if isinstance(v, types.ModuleType)]


def _main_classes():
    """The names __main__ binds to classes of its own: the child runs the assignments that made
    them (a class made by a call, such as namedtuple's, has no class statement)."""
    main = sys.modules.get('__main__')
    if main is None:
        return []
    return [k for k, v in list(vars(main).items())
            if isinstance(v, _CLASS_TYPES) and getattr(v, '__module__', None) in _MAIN_NAMES]


def _main_class_names():
    """The global names the methods of the script's classes use: a Process subclass's run(),
    or a method of an object in the arguments, may need what the script made at its top level
    (a logger, a parsed configuration), which the child's run of the definitions does not make."""
    names = set()
    main = sys.modules.get('__main__')
    for name in _main_classes():
        for attribute in list(vars(getattr(main, name)).values()):
            for func in (attribute, getattr(attribute, '__func__', None),
                         getattr(attribute, 'fget', None), getattr(attribute, 'fset', None)):
                if type(func) is types.FunctionType:
                    _fork_note_names(func, names)
    return names


def _main_data():
    """__main__'s plain data globals as they are now, each pickled on its own (what cannot be
    pickled is left out): a forked child would see these values."""
    main = sys.modules.get('__main__')
    if main is None:
        return {}
    found = {}
    for k, v in list(vars(main).items()):
        if k.startswith('__') or not isinstance(v, tuple(_FORK_PLAIN)):
            continue
        try:
            found[k] = _dumps(v)
        except Exception:
            pass
    return found


def _load_main(main_file, names, data):
    """The parent's script as the module __main__ (also known as __mp_main__, as in CPython):
    its data, then its definitions. Named __main__ as a forked child's is, so that what the
    child pickles names the parent's classes, and `if __name__ == '__main__'` blocks give
    their definitions. Output of the definitions (an import that prints) is discarded."""
    path, name = main_file
    module = types.ModuleType('__main__')
    module.__file__ = name
    module.__builtins__ = __builtins__
    sys.modules['__mp_main__'] = module
    sys.modules['__main__'] = module
    later = _set_data(module, data)  # class bodies and defaults may use them
    f = open(path, 'rb')
    try:
        source = f.read()
    finally:
        f.close()
    saved = sys.stdout, sys.stderr
    sink = open(os.devnull, 'w')
    sys.stdout = sys.stderr = sink
    try:
        for code in _main_definitions(name, source, frozenset(names)):
            try:
                exec(code, module.__dict__)
            except Exception:
                pass  # what the definition needed is not there: the parent may send it
    finally:
        sys.stdout, sys.stderr = saved
        sink.close()
    _set_data(module, later)  # instances of the script's classes, now that these exist


def _set_data(module, data):
    """Sets what unpickles; gives back the rest."""
    failed = {}
    for k, v in data.items():
        try:
            setattr(module, k, _loads(v))
        except Exception:
            failed[k] = v
    return failed


def _main_definitions(filename, source, names):
    """The definition statements of the script, each compiled on its own so that one failing
    (a base class the child cannot make) leaves the others. They are compiled once per JVM:
    Jython's code objects serve every interpreter state; GraalPy's are kept marshalled (parsing
    to an AST in a fresh context costs a child tens of milliseconds)."""
    import hashlib
    key = 'main:%s:%s:%s' % (filename, hashlib.md5(source).hexdigest(), ','.join(sorted(names)))
    kept = _core.cachedCode(key)
    if kept is not None:
        return kept if _JYTHON else _marshal.loads(kept.encode('latin-1'))
    codes = _compile_definitions(filename, source, names)
    _core.cacheCode(key, codes if _JYTHON else _marshal.dumps(codes).decode('latin-1'))
    return codes


def _compile_definitions(filename, source, names):
    import ast
    try:
        tree = ast.parse(source, filename)
    except SyntaxError:
        return []
    futures = [node for node in tree.body  # each statement compiles as the script did
               if isinstance(node, ast.ImportFrom) and node.module == '__future__']
    codes = []
    for node in _definitions(ast, tree.body, names):
        module = ast.Module(body=futures + [node] if node not in futures else [node])
        module.type_ignores = []
        try:
            codes.append(compile(module, filename, 'exec'))
        except Exception:
            pass
    return codes


def _definitions(ast, body, names):
    """The statements of body that define, with if/try blocks cut down to theirs."""
    kept = []
    defining = [ast.FunctionDef, ast.ClassDef, ast.Import, ast.ImportFrom]
    if hasattr(ast, 'AsyncFunctionDef'):
        defining.append(ast.AsyncFunctionDef)
    blocks = [getattr(ast, n) for n in ('Try', 'TryExcept', 'TryFinally', 'TryStar')
              if hasattr(ast, n)]
    for node in body:
        if isinstance(node, tuple(defining)):
            kept.append(node)
        elif isinstance(node, ast.Assign) and (_assigns_class(ast, node, names) or
                                               _configures_module(ast, node, names)):
            kept.append(node)
        elif isinstance(node, ast.If):
            inner = _definitions(ast, node.body, names)
            orelse = _definitions(ast, node.orelse, names)
            if inner or orelse:
                kept.append(_with_bodies(ast, node, body=inner, orelse=orelse))
        elif isinstance(node, tuple(blocks)):
            inner = _definitions(ast, node.body, names)
            handlers = getattr(node, 'handlers', [])
            for handler in handlers:
                handler.body = _definitions(ast, handler.body, names) or [_pass(ast, handler)]
            if inner or any(len(h.body) > 1 or not isinstance(h.body[0], ast.Pass)
                            for h in handlers):
                node.body = inner or [_pass(ast, node)]
                node.orelse = _definitions(ast, getattr(node, 'orelse', []), names)
                node.finalbody = _definitions(ast, getattr(node, 'finalbody', []), names)
                kept.append(node)
    return kept


def _assigns_class(ast, node, names):
    """An assignment to one of names (the script's classes and modules, header 'replayed')."""
    return any(isinstance(t, ast.Name) and t.id in names for t in node.targets)


def _configures_module(ast, node, names):
    """An assignment to attributes of the script's modules only (names holds their names)."""
    for target in node.targets:
        if not isinstance(target, ast.Attribute):
            return False
        while isinstance(target, ast.Attribute):
            target = target.value
        if not (isinstance(target, ast.Name) and target.id in names):
            return False
    return True


def _with_bodies(ast, node, body, orelse):
    node.body = body or [_pass(ast, node)]
    node.orelse = orelse
    return node


def _pass(ast, where):
    return ast.copy_location(ast.Pass(), where)
