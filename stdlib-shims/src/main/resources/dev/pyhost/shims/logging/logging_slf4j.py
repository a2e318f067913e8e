# logging overlay, both versions (appended to logging_py2.py / logging_py3.py): when the host routes
# records to SLF4J (PythonLogging.SLF4J), _core is a dev.pyhost.shims.logging.Slf4jBridge and every
# record a logger handles (past the logger's level and filters) goes to SLF4J instead of the
# handlers; no "No handlers could be found" message, no lastResort. The filters of the handlers the
# record would reach still decide: it goes when one of them takes it (as the record that handler's
# filters give, Python 3.12's filters may return a replacement), or when it reaches no handler at
# all; the handlers' levels are left to SLF4J's configuration. Otherwise _core is None and nothing
# here changes the module.
if _core is not None:
    import sys as _sys
    import traceback as _traceback

    _bridge = _core
    _py2 = _sys.version_info[0] < 3
    _text_types = (str, unicode) if _py2 else (str,)  # noqa: F821 (unicode on Python 2)
    _int_types = (int, long) if _py2 else (int,)  # noqa: F821 (long on Python 2)
    _standard_attributes = frozenset(_target.LogRecord('', 0, '', 0, '', (), None).__dict__) | frozenset(
        ['message', 'asctime'])

    def _java_value(value):
        if value is None or isinstance(value, (bool, float) + _text_types):
            return value
        if isinstance(value, _int_types) and -2 ** 63 <= value < 2 ** 63:
            return value
        return str(value)

    def _text(value):
        return value if isinstance(value, _text_types) else str(value)

    def _throwable(etype, value, tb, depth=0):
        if etype is None:
            return None
        try:
            text = ''.join(_traceback.format_exception(etype, value, tb))
        except Exception:
            text = ''
        files, lines, functions = [], [], []
        while tb is not None:
            code = tb.tb_frame.f_code
            files.append(_text(code.co_filename))
            lines.append(int(tb.tb_lineno))
            functions.append(_text(code.co_name))
            tb = tb.tb_next
        cause = None
        if not _py2 and value is not None and depth < 20:
            chained = value.__cause__
            if chained is None and not value.__suppress_context__:
                chained = value.__context__
            if chained is not None:
                cause = _throwable(type(chained), chained, chained.__traceback__, depth + 1)
        message = ''
        if value is not None:
            try:
                message = _text(value)
            except Exception:
                message = '<exception str() failed>'
        return _bridge.exception(_text(etype.__name__), message, text, files, lines, functions, cause)

    def _send(record):
        name = _text(record.name)
        levelno = int(record.levelno)
        if not _bridge.isEnabled(name, levelno):
            return
        try:
            message = _text(record.getMessage())
        except Exception:
            message = _text(record.msg)
        keys = ['py.filename', 'py.lineno', 'py.funcName', 'py.threadName']
        values = [record.filename, record.lineno, record.funcName, record.threadName]
        stack_info = getattr(record, 'stack_info', None)
        if stack_info:
            keys.append('py.stackInfo')
            values.append(stack_info)
        for key, value in record.__dict__.items():
            if key not in _standard_attributes:
                keys.append(_text(key))
                values.append(value)
        thrown = None
        if record.exc_info and record.exc_info[0] is not None:
            thrown = _throwable(*record.exc_info)
        _bridge.log(name, levelno, _text(record.levelname), message, keys, [_java_value(v) for v in values],
                    thrown)

    _LogRecord = _target.LogRecord

    def _taken(logger, record):
        """The record as the first handler it reaches takes it past the handler's filters (each
        reached handler's filters run, as they would before emitting); None when every handler it
        reaches refuses it; the record itself when it reaches none."""
        taken = None
        reached = False
        c = logger
        while c:
            for hdlr in c.handlers:
                reached = True
                rv = hdlr.filter(record)
                if rv and taken is None:
                    taken = rv if isinstance(rv, _LogRecord) else record
            if not c.propagate:
                break
            c = c.parent
        return taken if reached else record

    def callHandlers(self, record):
        """Pass a record to SLF4J (the host routes Python's logging there), unless the filters of
        every handler it would reach refuse it."""
        record = _taken(self, record)
        if record is not None:
            _send(record)

    callHandlers.__module__ = _target.Logger.callHandlers.__module__
    _target.Logger.callHandlers = callHandlers
