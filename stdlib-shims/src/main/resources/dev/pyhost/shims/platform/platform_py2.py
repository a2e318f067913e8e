# platform overlay for Python 2 (Jython): _target is Jython's platform module. Its uname()
# describes the JVM; CPython's describes the operating system, which Jython computes as _uname.
_target.uname = _target._uname
_target._uname_cache = None
