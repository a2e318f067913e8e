# selectors for Python 2 (Jython): _target is the module being built. Python 3's API over
# select.select; on Jython a socket's fileno() is the socket itself, which select accepts, so
# keys hold whatever fileno() gives.
import select as _select
import time as _time
from collections import namedtuple as _namedtuple

try:
    from collections import Mapping as _Mapping
except ImportError:
    _Mapping = object

EVENT_READ = 1 << 0
EVENT_WRITE = 1 << 1

SelectorKey = _namedtuple('SelectorKey', ['fileobj', 'fd', 'events', 'data'])


def _fileobj_to_fd(fileobj):
    if isinstance(fileobj, (int, long)):  # noqa: F821 (Python 2)
        fd = fileobj
    else:
        try:
            fd = fileobj.fileno()
        except (AttributeError, TypeError, ValueError):
            raise ValueError('Invalid file object: {!r}'.format(fileobj))
    if isinstance(fd, (int, long)) and fd < 0:  # noqa: F821
        raise ValueError('Invalid file descriptor: {}'.format(fd))
    return fd


class _SelectorMapping(_Mapping):
    def __init__(self, selector):
        self._selector = selector

    def __len__(self):
        return len(self._selector._fd_to_key)

    def __getitem__(self, fileobj):
        try:
            fd = self._selector._fileobj_lookup(fileobj)
            return self._selector._fd_to_key[fd]
        except KeyError:
            raise KeyError('{!r} is not registered'.format(fileobj))

    def __iter__(self):
        return iter(self._selector._fd_to_key)


class BaseSelector(object):
    def __init__(self):
        self._fd_to_key = {}
        self._map = _SelectorMapping(self)

    def _fileobj_lookup(self, fileobj):
        try:
            return _fileobj_to_fd(fileobj)
        except ValueError:
            for key in self._fd_to_key.values():
                if key.fileobj is fileobj:
                    return key.fd
            raise

    def register(self, fileobj, events, data=None):
        if not events or events & ~(EVENT_READ | EVENT_WRITE):
            raise ValueError('Invalid events: {!r}'.format(events))
        key = SelectorKey(fileobj, self._fileobj_lookup(fileobj), events, data)
        if key.fd in self._fd_to_key:
            raise KeyError('{!r} (FD {}) is already registered'.format(fileobj, key.fd))
        self._fd_to_key[key.fd] = key
        return key

    def unregister(self, fileobj):
        try:
            return self._fd_to_key.pop(self._fileobj_lookup(fileobj))
        except KeyError:
            raise KeyError('{!r} is not registered'.format(fileobj))

    def modify(self, fileobj, events, data=None):
        try:
            key = self._fd_to_key[self._fileobj_lookup(fileobj)]
        except KeyError:
            raise KeyError('{!r} is not registered'.format(fileobj))
        if events != key.events:
            self.unregister(fileobj)
            key = self.register(fileobj, events, data)
        elif data != key.data:
            key = key._replace(data=data)
            self._fd_to_key[key.fd] = key
        return key

    def select(self, timeout=None):
        raise NotImplementedError

    def close(self):
        self._fd_to_key.clear()
        self._map = None

    def get_key(self, fileobj):
        mapping = self.get_map()
        if mapping is None:
            raise RuntimeError('Selector is closed')
        try:
            return mapping[fileobj]
        except KeyError:
            raise KeyError('{!r} is not registered'.format(fileobj))

    def get_map(self):
        return self._map

    def _key_from_fd(self, fd):
        return self._fd_to_key.get(fd)

    def __enter__(self):
        return self

    def __exit__(self, *args):
        self.close()


class SelectSelector(BaseSelector):
    def __init__(self):
        BaseSelector.__init__(self)
        self._readers = set()
        self._writers = set()

    def register(self, fileobj, events, data=None):
        key = BaseSelector.register(self, fileobj, events, data)
        if events & EVENT_READ:
            self._readers.add(key.fd)
        if events & EVENT_WRITE:
            self._writers.add(key.fd)
        return key

    def unregister(self, fileobj):
        key = BaseSelector.unregister(self, fileobj)
        self._readers.discard(key.fd)
        self._writers.discard(key.fd)
        return key

    def select(self, timeout=None):
        timeout = None if timeout is None else max(timeout, 0)
        if not self._readers and not self._writers:
            if timeout:
                _time.sleep(timeout)
            return []
        r, w, _ = _select.select(list(self._readers), list(self._writers), [], timeout)
        r, w = set(r), set(w)
        ready = []
        for fd in r | w:
            events = (EVENT_READ if fd in r else 0) | (EVENT_WRITE if fd in w else 0)
            key = self._key_from_fd(fd)
            if key:
                ready.append((key, events & key.events))
        return ready


class PollSelector(SelectSelector):
    pass


DefaultSelector = SelectSelector

for _name, _value in list(globals().items()):
    if _name.startswith('__') or _name in ('_target', '_core'):
        continue
    if getattr(_value, '__module__', None) == __name__:
        try:
            _value.__module__ = 'selectors'
        except (AttributeError, TypeError):
            pass
    setattr(_target, _name, _value)
_target.__all__ = ['EVENT_READ', 'EVENT_WRITE', 'SelectorKey', 'BaseSelector', 'SelectSelector',
                   'PollSelector', 'DefaultSelector']
