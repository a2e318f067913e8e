# syslog for both engines (written in the common subset of Python 2.7 and 3): CPython's module
# over the C library's syslog(3). _core is a SyslogCalls, or None where it cannot be called.
# The ident, options, facility and mask are this run's: the C library's are the process's,
# which other runs may share, so each message is sent with them (SyslogCalls.send), LOG_PERROR's
# copy is written to the run's own stderr, and the mask is applied here.
import os as _os
import sys as _sys

_PY3 = _sys.version_info[0] >= 3

LOG_EMERG, LOG_ALERT, LOG_CRIT, LOG_ERR, LOG_WARNING, LOG_NOTICE, LOG_INFO, LOG_DEBUG = range(8)
LOG_KERN, LOG_USER, LOG_MAIL, LOG_DAEMON, LOG_AUTH, LOG_SYSLOG = 0, 8, 16, 24, 32, 40
LOG_LPR, LOG_NEWS, LOG_UUCP, LOG_CRON = 48, 56, 64, 72
LOG_LOCAL0, LOG_LOCAL1, LOG_LOCAL2, LOG_LOCAL3 = 128, 136, 144, 152
LOG_LOCAL4, LOG_LOCAL5, LOG_LOCAL6, LOG_LOCAL7 = 160, 168, 176, 184
LOG_PID, LOG_CONS, LOG_ODELAY, LOG_NDELAY, LOG_NOWAIT, LOG_PERROR = 1, 2, 4, 8, 16, 32
if _PY3:
    LOG_AUTHPRIV = 80

_state = {'ident': None, 'option': 0, 'facility': LOG_USER, 'mask': 0xff, 'open': False}
_text = str if _PY3 else basestring  # noqa: F821 (Python 2)


def LOG_MASK(pri):
    """Calculates the mask for the individual priority pri."""
    return 1 << pri


def LOG_UPTO(pri):
    """Calculates the mask for all priorities up to and including pri."""
    return (1 << (pri + 1)) - 1


def _default_ident():
    argv = getattr(_sys, 'argv', None)
    if argv and argv[0]:
        return _os.path.basename(argv[0]) or None
    return None


def openlog(ident=None, logoption=0, facility=LOG_USER):
    """Set logging options of subsequent syslog() calls."""
    if ident is not None and not isinstance(ident, _text):
        raise TypeError('openlog() argument 1 must be %s, not %s'
                        % ('str' if _PY3 else 'string', type(ident).__name__))
    _state['ident'] = ident if ident is not None else _default_ident()
    _state['option'] = int(logoption)
    _state['facility'] = int(facility)
    _state['open'] = True


def syslog(*args):
    """syslog([priority=LOG_INFO,] message)
Send the string message to the system logger."""
    if len(args) == 1:
        priority, message = LOG_INFO, args[0]
    elif len(args) == 2 and isinstance(args[0], int) and not isinstance(args[0], bool):
        priority, message = args
    else:
        raise TypeError('[priority,] message string')
    if not isinstance(message, _text):
        raise TypeError('[priority,] message string')
    if not _state['open']:
        openlog()
    if not _state['mask'] & LOG_MASK(priority & 7):
        return
    if _state['option'] & LOG_PERROR:  # the copy on stderr is this run's, not the process's
        ident = _state['ident'] or ''
        pid = '[%d]' % _os.getpid() if _state['option'] & LOG_PID else ''
        try:
            _sys.stderr.write('%s%s: %s\n' % (ident, pid, message))
            _sys.stderr.flush()
        except Exception:
            pass
    if _core is not None:
        data = message.encode('utf-8') if not isinstance(message, bytes) else message
        ident = _state['ident']
        if ident is not None and not isinstance(ident, bytes):
            ident = ident.encode('utf-8')
        facility = _state['facility'] if not priority & ~7 else 0
        _core.send(None if ident is None else ident.decode('latin-1'),
                   _state['option'] & ~LOG_PERROR, facility, priority, data.decode('latin-1'))


def closelog():
    """Reset the syslog module values and call the system library closelog()."""
    _state.update(ident=None, option=0, facility=LOG_USER, open=False)


def setlogmask(maskpri):
    """Set the priority mask to maskpri and return the previous mask value."""
    old = _state['mask']
    if maskpri:
        _state['mask'] = int(maskpri)
    return old


for _name, _value in list(globals().items()):
    if _name[:1] != '_':
        if callable(_value):
            _value.__module__ = 'syslog'
        setattr(_target, _name, _value)
