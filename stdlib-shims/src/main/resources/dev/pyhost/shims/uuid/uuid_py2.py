# uuid overlay for Python 2 (Jython): _target is Jython's uuid module. It found libuuid's
# generators, but calls them with ctypes.create_string_buffer, which Jython's ctypes has not:
# without them, uuid4() takes os.urandom and uuid1() the clock and getnode(), as CPython 2.7
# does where the C library has none.
_target._uuid_generate_random = None
_target._uuid_generate_time = None
_target._UuidCreate = None
