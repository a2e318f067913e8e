# The end of the module body (after multiprocessing_impl.py and multiprocessing_fork.py):
# Export: everything above becomes an attribute of the module, named as CPython names it.

for _n, _v in list(globals().items()):
    if _n.startswith('__') or _n in ('_core', '_target', '_n', '_v', '_sys', '_jython', '_code'):
        continue
    if getattr(_v, '__module__', None) == __name__:
        try:
            _v.__module__ = 'multiprocessing'
        except (AttributeError, TypeError):
            pass
    setattr(_target, _n, _v)
