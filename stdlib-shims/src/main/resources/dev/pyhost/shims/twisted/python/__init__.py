# twisted.python: log and failure.
__path__ = []
