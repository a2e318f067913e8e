# multiprocessing.pool, .managers, .queues ...: _target is the submodule being built. Scripts
# import a few names from these; all of them live in the package itself.
import multiprocessing as _mp

for _n in dir(_mp):
    if not _n.startswith('__'):
        setattr(_target, _n, getattr(_mp, _n))
