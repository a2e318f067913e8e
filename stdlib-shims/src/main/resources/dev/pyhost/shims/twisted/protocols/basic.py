# twisted.protocols.basic: line- and length-prefix-framed protocols over a stream transport.
import struct

from twisted.internet import protocol


class _PauseableMixin(object):
    paused = False

    def pauseProducing(self):
        self.paused = True
        self.transport.pauseProducing()

    def resumeProducing(self):
        self.paused = False
        self.transport.resumeProducing()
        self.dataReceived(b'')

    def stopProducing(self):
        self.paused = True
        self.transport.stopProducing()


class LineOnlyReceiver(protocol.Protocol):
    """A protocol that receives only lines; faster than LineReceiver, no raw mode."""

    _buffer = b''
    delimiter = b'\r\n'
    MAX_LENGTH = 16384

    def dataReceived(self, data):
        lines = (self._buffer + data).split(self.delimiter)
        self._buffer = lines.pop(-1)
        for line in lines:
            if self.transport.disconnecting:
                return
            if len(line) > self.MAX_LENGTH:
                return self.lineLengthExceeded(line)
            else:
                self.lineReceived(line)
        if len(self._buffer) > self.MAX_LENGTH:
            return self.lineLengthExceeded(self._buffer)

    def lineReceived(self, line):
        raise NotImplementedError

    def sendLine(self, line):
        return self.transport.writeSequence((line, self.delimiter))

    def lineLengthExceeded(self, line):
        return self.transport.loseConnection()


class LineReceiver(protocol.Protocol, _PauseableMixin):
    """A protocol that receives lines and/or raw data, depending on mode."""

    line_mode = 1
    _buffer = b''
    _busyReceiving = False
    delimiter = b'\r\n'
    MAX_LENGTH = 16384

    def clearLineBuffer(self):
        """Clear buffered data; returns all the data that was buffered."""
        b, self._buffer = self._buffer, b''
        return b

    def dataReceived(self, data):
        """Protocol.dataReceived: translates bytes into lines (or raw data)."""
        if self._busyReceiving:
            self._buffer += data
            return
        try:
            self._busyReceiving = True
            self._buffer += data
            while self._buffer and not self.paused:
                if self.line_mode:
                    parts = self._buffer.split(self.delimiter, 1)
                    if len(parts) < 2:
                        if len(self._buffer) >= (self.MAX_LENGTH + len(self.delimiter)):
                            line, self._buffer = self._buffer, b''
                            return self.lineLengthExceeded(line)
                        return
                    line, self._buffer = parts
                    if len(line) > self.MAX_LENGTH:
                        exceeded = line + self.delimiter + self._buffer
                        self._buffer = b''
                        return self.lineLengthExceeded(exceeded)
                    why = self.lineReceived(line)
                    if why or self.transport and self.transport.disconnecting:
                        return why
                else:
                    data = self._buffer
                    self._buffer = b''
                    why = self.rawDataReceived(data)
                    if why:
                        return why
        finally:
            self._busyReceiving = False

    def setLineMode(self, extra=b''):
        """Sets the line-mode of this receiver; extra data is parsed for lines."""
        self.line_mode = 1
        if extra:
            return self.dataReceived(extra)

    def setRawMode(self):
        """Sets the raw mode: data goes to rawDataReceived rather than lineReceived."""
        self.line_mode = 0

    def rawDataReceived(self, data):
        """Override this for when raw data is received."""
        raise NotImplementedError

    def lineReceived(self, line):
        """Override this for when each line is received."""
        raise NotImplementedError

    def sendLine(self, line):
        """Sends a line to the other end of the connection."""
        return self.transport.write(line + self.delimiter)

    def lineLengthExceeded(self, line):
        """Called when the maximum line length has been reached."""
        return self.transport.loseConnection()


class StringTooLongError(AssertionError):
    """Raised when trying to send a string too long for a length prefixed protocol."""


class IntNStringReceiver(protocol.Protocol, _PauseableMixin):
    """Generic class for length prefixed protocols (structFormat, prefixLength set by
    subclasses)."""

    MAX_LENGTH = 99999
    _unprocessed = b''
    _compatibilityOffset = 0
    recvd = b''

    def stringReceived(self, string):
        raise NotImplementedError

    def lengthLimitExceeded(self, length):
        self.transport.loseConnection()

    def dataReceived(self, data):
        alldata = self._unprocessed + data
        currentOffset = 0
        prefixLength = self.prefixLength
        fmt = self.structFormat
        self._unprocessed = alldata
        while len(alldata) >= (currentOffset + prefixLength) and not self.paused:
            messageStart = currentOffset + prefixLength
            length, = struct.unpack(fmt, alldata[currentOffset:messageStart])
            if length > self.MAX_LENGTH:
                self._unprocessed = alldata
                self.lengthLimitExceeded(length)
                return
            messageEnd = messageStart + length
            if len(alldata) < messageEnd:
                break
            packet = alldata[messageStart:messageEnd]
            currentOffset = messageEnd
            self.stringReceived(packet)
        self._unprocessed = alldata[currentOffset:]

    def sendString(self, string):
        if len(string) >= 2 ** (8 * self.prefixLength):
            raise StringTooLongError('Try to send %s bytes whereas maximum is %s'
                                     % (len(string), 2 ** (8 * self.prefixLength)))
        self.transport.write(struct.pack(self.structFormat, len(string)) + string)


class Int32StringReceiver(IntNStringReceiver):
    structFormat = '!I'
    prefixLength = struct.calcsize(structFormat)


class Int16StringReceiver(IntNStringReceiver):
    structFormat = '!H'
    prefixLength = struct.calcsize(structFormat)


class Int8StringReceiver(IntNStringReceiver):
    structFormat = '!B'
    prefixLength = struct.calcsize(structFormat)


class NetstringParseError(ValueError):
    """The incoming data is not in valid Netstring format."""


class IncompleteNetstring(Exception):
    """Not enough data to complete a netstring."""


class NetstringReceiver(protocol.Protocol):
    """A protocol that sends and receives netstrings (length:data,)."""

    MAX_LENGTH = 99999

    def makeConnection(self, transport):
        protocol.Protocol.makeConnection(self, transport)
        self._remaining = b''

    def sendString(self, string):
        self.transport.write(('%d' % len(string)).encode('ascii') + b':' + string + b',')

    def dataReceived(self, data):
        self._remaining += data
        while self._remaining:
            colon = self._remaining.find(b':')
            if colon < 0:
                if len(self._remaining) > len(str(self.MAX_LENGTH)) or not self._remaining.isdigit():
                    self._lose()
                return
            lengthText = self._remaining[:colon]
            if not lengthText.isdigit():
                self._lose()
                return
            length = int(lengthText)
            if length > self.MAX_LENGTH:
                self._lose()
                return
            end = colon + 1 + length
            if len(self._remaining) < end + 1:
                return
            if self._remaining[end:end + 1] != b',':
                self._lose()
                return
            string = self._remaining[colon + 1:end]
            self._remaining = self._remaining[end + 1:]
            self.stringReceived(string)

    def _lose(self):
        self._remaining = b''
        self.transport.loseConnection()

    def stringReceived(self, string):
        raise NotImplementedError
