# logging overlay for Python 2 (Jython): _target is Jython's logging package.
# findCaller() skips frames whose file is logging's own source, _srcfile. Jython derives it
# from __file__, which names the compiled __init__$py.class, while the frames name __init__.py:
# take it from a code object instead, as CPython 3 does.
import os as _os
import types as _types

_target._srcfile = _os.path.normcase(_target.addLevelName.__code__.co_filename)


# Jython's logging is a copy of an older CPython's. The methods below are CPython 2.7.18's where
# its behaviour differs (none of them runs between a logging call and findCaller(), which takes
# the first frame outside logging's source for the caller):
# - StreamHandler.emit writes a unicode message to a stream that has an encoding as u'%s\n' % msg
#   (the old copy decoded '%s\n' with the stream's encoding, which garbles it for UTF-16);
# - Formatter.format tries a UTF-8 logger name again as unicode when it meets a unicode message;
# - FileHandler keeps its delay argument and its close() always closes the handler.
# They run with the module's globals, as the methods they replace.
def _in_module(function):
    return _types.FunctionType(function.__code__, vars(_target), function.__name__,
                               function.__defaults__, function.__closure__)


def format(self, record):
    """
    Format the specified record as text.

    The record's attribute dictionary is used as the operand to a
    string formatting operation which yields the returned string.
    Before formatting the dictionary, a couple of preparatory steps
    are carried out. The message attribute of the record is computed
    using LogRecord.getMessage(). If the formatting string uses the
    time (as determined by a call to usesTime(), formatTime() is
    called to format the event time. If there is exception information,
    it is formatted using formatException() and appended to the message.
    """
    record.message = record.getMessage()
    if self.usesTime():
        record.asctime = self.formatTime(record, self.datefmt)
    try:
        s = self._fmt % record.__dict__
    except UnicodeDecodeError as e:
        # Issue 25664. The logger name may be Unicode. Try again ...
        try:
            record.name = record.name.decode('utf-8')
            s = self._fmt % record.__dict__
        except UnicodeDecodeError:
            raise e
    if record.exc_info:
        # Cache the traceback text to avoid converting it multiple times
        # (it's constant anyway)
        if not record.exc_text:
            record.exc_text = self.formatException(record.exc_info)
    if record.exc_text:
        if s[-1:] != "\n":
            s = s + "\n"
        try:
            s = s + record.exc_text
        except UnicodeError:
            # Sometimes filenames have non-ASCII chars, which can lead
            # to errors when s is Unicode and record.exc_text is str
            # See issue 8924.
            # We also use replace for when there are multiple
            # encodings, e.g. UTF-8 for the filesystem and latin-1
            # for a script. See issue 13232.
            s = s + record.exc_text.decode(sys.getfilesystemencoding(),
                                           'replace')
    return s


def emit(self, record):
    """
    Emit a record.

    If a formatter is specified, it is used to format the record.
    The record is then written to the stream with a trailing newline.  If
    exception information is present, it is formatted using
    traceback.print_exception and appended to the stream.  If the stream
    has an 'encoding' attribute, it is used to determine how to do the
    output to the stream.
    """
    try:
        msg = self.format(record)
        stream = self.stream
        fs = "%s\n"
        if not _unicode: #if no unicode support...
            stream.write(fs % msg)
        else:
            try:
                if (isinstance(msg, unicode) and
                    getattr(stream, 'encoding', None)):
                    ufs = u'%s\n'
                    try:
                        stream.write(ufs % msg)
                    except UnicodeEncodeError:
                        #Printing to terminals sometimes fails. For example,
                        #with an encoding of 'cp1251', the above write will
                        #work if written to a stream opened or wrapped by
                        #the codecs module, but fail when writing to a
                        #terminal even when the codepage is set to cp1251.
                        #An extra encoding step seems to be needed.
                        stream.write((ufs % msg).encode(stream.encoding))
                else:
                    stream.write(fs % msg)
            except UnicodeError:
                stream.write(fs % msg.encode("UTF-8"))
        self.flush()
    except (KeyboardInterrupt, SystemExit):
        raise
    except:
        self.handleError(record)


def __init__(self, filename, mode='a', encoding=None, delay=0):
    """
    Open the specified file and use it as the stream for logging.
    """
    #keep the absolute path, otherwise derived classes which use this
    #may come a cropper when the current directory changes
    if codecs is None:
        encoding = None
    self.baseFilename = os.path.abspath(filename)
    self.mode = mode
    self.encoding = encoding
    self.delay = delay
    if delay:
        #We don't open the stream, but we still need to call the
        #Handler constructor to set level, formatter, lock etc.
        Handler.__init__(self)
        self.stream = None
    else:
        StreamHandler.__init__(self, self._open())

def close(self):
    """
    Closes the stream.
    """
    self.acquire()
    try:
        try:
            if self.stream:
                try:
                    self.flush()
                finally:
                    stream = self.stream
                    self.stream = None
                    if hasattr(stream, "close"):
                        stream.close()
        finally:
            # Issue #19523: call unconditionally to
            # prevent a handler leak when delay is set
            StreamHandler.close(self)
    finally:
        self.release()


_target.Formatter.format = _in_module(format)
_target.StreamHandler.emit = _in_module(emit)
_target.FileHandler.__init__ = _in_module(__init__)
_target.FileHandler.close = _in_module(close)
del format, emit, __init__, close
