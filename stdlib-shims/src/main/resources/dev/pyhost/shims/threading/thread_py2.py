# thread overlay for Python 2 (Jython): _target is Jython's thread module, which has no _count().
# Every thread Jython starts for Python code (thread.start_new_thread, threading.Thread) is one of
# its FunctionThreads: those alive are counted. (In a daemon's JVM, the threads of runs going on
# beside this one count too.)


def _count():
    """_count() -> integer

The number of Python threads running now (started by start_new_thread()
or threading.Thread), the main thread not counted."""
    from java.lang import Thread
    from org.python.core import FunctionThread
    return sum(1 for t in Thread.getAllStackTraces().keySet() if isinstance(t, FunctionThread) and t.isAlive())


_count.__module__ = 'thread'
_target._count = _count
