# twisted: the package (pyhost's Java-backed subset; see dev.pyhost.shims.twisted).
__path__ = []
__version__ = '22.4.0'
