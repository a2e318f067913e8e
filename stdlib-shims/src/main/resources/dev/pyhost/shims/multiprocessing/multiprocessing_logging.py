# How a child's logging reaches its parent's handlers (part of multiprocessing_impl's module body).
#
# A forked child has its parent's logging as it was at fork: the same levels, and handlers
# writing to the same open files. pyhost's child gets the same levels, and in place of each
# handler one that hands the record to the parent, whose handler writes it (LogWire). So a
# FileHandler opened with mode 'w' is neither opened again (which would truncate the parent's
# log) nor left out (which would lose the child's lines), and lines from parent and children
# come in the order they were logged: a child's logging call returns once its line is written.

_log_lock = threading.Lock()
_log_wire = None  # records from this process's children
_log_wire_id = None  # its handle for the children
_log_handlers = {}  # id -> this process's handler that a child's stand-in forwards to
_log_listener = None
_log_forwarder = []  # the stand-in handler class, made once logging is imported


def _logging_snapshot():
    """The parent's logging configuration for a child's header: the loggers configured, each
    with its level, propagate, disabled and handlers (ids, with their levels)."""
    global _log_wire, _log_wire_id
    logging = sys.modules.get('logging')
    if logging is None or not hasattr(logging, 'root'):
        return None
    root = logging.root
    loggers = [('', root)]
    for name, logger in list(root.manager.loggerDict.items()):
        if isinstance(logger, logging.Logger) and (
                logger.handlers or logger.level or not logger.propagate or logger.disabled):
            loggers.append((name, logger))
    entries = []
    with _log_lock:
        for name, logger in loggers:
            handlers = []
            for handler in list(logger.handlers):
                _log_handlers[id(handler)] = handler
                handlers.append((id(handler), handler.level))
            entries.append((name, logger.level, logger.propagate, logger.disabled, handlers))
        wire = None
        if _log_handlers:
            if _log_wire is None:
                _log_wire = _core.newLogWire()
                _log_wire_id = _core.share(_log_wire)
            wire = _log_wire_id
    return {'wire': wire, 'disable': root.manager.disable, 'loggers': entries}


def _logging_listen():
    """Serves the children's records on a thread of the parent while it has children."""
    global _log_listener
    with _log_lock:
        if _log_wire is None or _log_listener is not None:
            return
        _log_listener = threading.Thread(target=_logging_serve, name='pyhost-child-logging')
        _log_listener.daemon = True
        _log_listener.start()


def _logging_serve():
    global _log_listener
    import logging
    wire = _log_wire
    while True:
        entry = wire.take(_SLICE)
        if entry is None or entry.record() is None:
            with _log_lock:
                alive = [p for p in list(_children) if p._child is not None and p._child.isAlive()]
                if not alive and wire.isEmpty():
                    _log_listener = None
                    return
            continue
        try:
            _logging_handle(logging, entry.record())
        except Exception:
            pass  # a handler's own errors were reported by its handleError
        finally:
            entry.done()


def _logging_settle():
    """Once no child is alive, ends the listener before the join that saw the last one go
    returns: CPython's parent has no such thread, and scripts count their threads."""
    listener = _log_listener
    if listener is None or listener is threading.current_thread():
        return
    if any(p._child is not None and p._child.isAlive() for p in list(_children)):
        return
    _log_wire.wake()
    listener.join(1)


def _logging_handle(logging, text):
    hid, state = _loads(text)
    handler = _log_handlers.get(hid)
    if handler is None:
        return
    record = logging.makeLogRecord(state)
    started = getattr(logging, '_startTime', None)
    if started is not None:  # a forked child's logging started when the parent's did
        record.relativeCreated = (record.created - started) * 1000
    if record.levelno >= handler.level:
        handler.handle(record)


def _logging_mirror(snapshot):
    """In the child: the parent's logging configuration, with stand-ins for its handlers."""
    if not snapshot:
        return
    import logging
    wire = _core.shared(snapshot['wire']) if snapshot['wire'] is not None else None
    logging.disable(snapshot['disable'])
    stand_ins = {}
    for name, level, propagate, disabled, handlers in snapshot['loggers']:
        logger = logging.getLogger(name) if name else logging.root
        logger.setLevel(level)
        logger.propagate = propagate
        logger.disabled = disabled
        for handler in list(logger.handlers):
            logger.removeHandler(handler)
        for hid, handler_level in handlers:
            stand_in = stand_ins.get(hid)
            if stand_in is None:
                stand_in = stand_ins[hid] = _logging_forwarder(logging)(wire, hid, handler_level)
            logger.addHandler(stand_in)


def _logging_forwarder(logging):
    if not _log_forwarder:
        class ParentHandler(logging.Handler):
            """Hands each record to the parent's handler it stands in for, and waits until
            that handler has it."""

            def __init__(self, wire, hid, level):
                logging.Handler.__init__(self, level)
                self._wire = wire
                self._hid = hid

            def emit(self, record):
                try:
                    entry = self._wire.post(_dumps((self._hid, _record_state(logging, record))))
                except Exception:
                    self.handleError(record)
                    return
                _sliced(entry.awaitHandled, True, 30)

        _log_forwarder.append(ParentHandler)
    return _log_forwarder[0]


def _record_state(logging, record):
    """The record as the parent's handler needs it: the message made, the traceback as text,
    anything that does not pickle as its repr (as logging's QueueHandler prepares a record)."""
    state = dict(record.__dict__)
    state['msg'] = record.getMessage()
    state['args'] = None
    state.pop('message', None)
    if record.exc_info:
        if not record.exc_text:
            state['exc_text'] = logging.Formatter().formatException(record.exc_info)
        state['exc_info'] = None
    for key, value in list(state.items()):
        if not isinstance(value, tuple(_FORK_PLAIN)):
            try:
                _dumps(value)
            except Exception:
                state[key] = repr(value)
    return state
