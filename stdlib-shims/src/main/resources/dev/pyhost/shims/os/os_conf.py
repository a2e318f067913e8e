# os.sysconf, os.confstr and os.pathconf with their name tables, on the C library (glibc's
# numbers: the names CPython 3.12 and 2.7 list on Linux). Jython has none of them; GraalPy's Java
# backend knows a few names and answers several wrongly (SC_PHYS_PAGES was the JVM's heap).

import sys as _conf_sys

_CONF_PY3 = _conf_sys.version_info[0] >= 3
_SYSCONF_NAMES = {
    'SC_ARG_MAX': 0, 'SC_CHILD_MAX': 1, 'SC_CLK_TCK': 2,
    'SC_NGROUPS_MAX': 3, 'SC_OPEN_MAX': 4, 'SC_STREAM_MAX': 5,
    'SC_TZNAME_MAX': 6, 'SC_JOB_CONTROL': 7, 'SC_SAVED_IDS': 8,
    'SC_REALTIME_SIGNALS': 9, 'SC_PRIORITY_SCHEDULING': 10, 'SC_TIMERS': 11,
    'SC_ASYNCHRONOUS_IO': 12, 'SC_PRIORITIZED_IO': 13, 'SC_SYNCHRONIZED_IO': 14,
    'SC_FSYNC': 15, 'SC_MAPPED_FILES': 16, 'SC_MEMLOCK': 17,
    'SC_MEMLOCK_RANGE': 18, 'SC_MEMORY_PROTECTION': 19, 'SC_MESSAGE_PASSING': 20,
    'SC_SEMAPHORES': 21, 'SC_SHARED_MEMORY_OBJECTS': 22, 'SC_AIO_LISTIO_MAX': 23,
    'SC_AIO_MAX': 24, 'SC_AIO_PRIO_DELTA_MAX': 25, 'SC_DELAYTIMER_MAX': 26,
    'SC_MQ_OPEN_MAX': 27, 'SC_MQ_PRIO_MAX': 28, 'SC_VERSION': 29,
    'SC_PAGESIZE': 30, 'SC_PAGE_SIZE': 30, 'SC_RTSIG_MAX': 31,
    'SC_SEM_NSEMS_MAX': 32, 'SC_SEM_VALUE_MAX': 33, 'SC_SIGQUEUE_MAX': 34,
    'SC_TIMER_MAX': 35, 'SC_BC_BASE_MAX': 36, 'SC_BC_DIM_MAX': 37,
    'SC_BC_SCALE_MAX': 38, 'SC_BC_STRING_MAX': 39, 'SC_COLL_WEIGHTS_MAX': 40,
    'SC_EQUIV_CLASS_MAX': 41, 'SC_EXPR_NEST_MAX': 42, 'SC_LINE_MAX': 43,
    'SC_RE_DUP_MAX': 44, 'SC_CHARCLASS_NAME_MAX': 45, 'SC_2_VERSION': 46,
    'SC_2_C_BIND': 47, 'SC_2_C_DEV': 48, 'SC_2_FORT_DEV': 49,
    'SC_2_FORT_RUN': 50, 'SC_2_SW_DEV': 51, 'SC_2_LOCALEDEF': 52,
    'SC_PII': 53, 'SC_PII_XTI': 54, 'SC_PII_SOCKET': 55,
    'SC_PII_INTERNET': 56, 'SC_PII_OSI': 57, 'SC_POLL': 58,
    'SC_SELECT': 59, 'SC_IOV_MAX': 60, 'SC_UIO_MAXIOV': 60,
    'SC_PII_INTERNET_STREAM': 61, 'SC_PII_INTERNET_DGRAM': 62, 'SC_PII_OSI_COTS': 63,
    'SC_PII_OSI_CLTS': 64, 'SC_PII_OSI_M': 65, 'SC_T_IOV_MAX': 66,
    'SC_THREADS': 67, 'SC_THREAD_SAFE_FUNCTIONS': 68, 'SC_GETGR_R_SIZE_MAX': 69,
    'SC_GETPW_R_SIZE_MAX': 70, 'SC_LOGIN_NAME_MAX': 71, 'SC_TTY_NAME_MAX': 72,
    'SC_THREAD_DESTRUCTOR_ITERATIONS': 73, 'SC_THREAD_KEYS_MAX': 74, 'SC_THREAD_STACK_MIN': 75,
    'SC_THREAD_THREADS_MAX': 76, 'SC_THREAD_ATTR_STACKADDR': 77, 'SC_THREAD_ATTR_STACKSIZE': 78,
    'SC_THREAD_PRIORITY_SCHEDULING': 79, 'SC_THREAD_PRIO_INHERIT': 80, 'SC_THREAD_PRIO_PROTECT': 81,
    'SC_THREAD_PROCESS_SHARED': 82, 'SC_NPROCESSORS_CONF': 83, 'SC_NPROCESSORS_ONLN': 84,
    'SC_PHYS_PAGES': 85, 'SC_AVPHYS_PAGES': 86, 'SC_ATEXIT_MAX': 87,
    'SC_PASS_MAX': 88, 'SC_XOPEN_VERSION': 89, 'SC_XOPEN_XCU_VERSION': 90,
    'SC_XOPEN_UNIX': 91, 'SC_XOPEN_CRYPT': 92, 'SC_XOPEN_ENH_I18N': 93,
    'SC_XOPEN_SHM': 94, 'SC_2_CHAR_TERM': 95, 'SC_2_C_VERSION': 96,
    'SC_2_UPE': 97, 'SC_XOPEN_XPG2': 98, 'SC_XOPEN_XPG3': 99,
    'SC_XOPEN_XPG4': 100, 'SC_CHAR_BIT': 101, 'SC_CHAR_MAX': 102,
    'SC_CHAR_MIN': 103, 'SC_INT_MAX': 104, 'SC_INT_MIN': 105,
    'SC_LONG_BIT': 106, 'SC_WORD_BIT': 107, 'SC_MB_LEN_MAX': 108,
    'SC_NZERO': 109, 'SC_SSIZE_MAX': 110, 'SC_SCHAR_MAX': 111,
    'SC_SCHAR_MIN': 112, 'SC_SHRT_MAX': 113, 'SC_SHRT_MIN': 114,
    'SC_UCHAR_MAX': 115, 'SC_UINT_MAX': 116, 'SC_ULONG_MAX': 117,
    'SC_USHRT_MAX': 118, 'SC_NL_ARGMAX': 119, 'SC_NL_LANGMAX': 120,
    'SC_NL_MSGMAX': 121, 'SC_NL_NMAX': 122, 'SC_NL_SETMAX': 123,
    'SC_NL_TEXTMAX': 124, 'SC_XBS5_ILP32_OFF32': 125, 'SC_XBS5_ILP32_OFFBIG': 126,
    'SC_XBS5_LP64_OFF64': 127, 'SC_XBS5_LPBIG_OFFBIG': 128, 'SC_XOPEN_LEGACY': 129,
    'SC_XOPEN_REALTIME': 130, 'SC_XOPEN_REALTIME_THREADS': 131, 'SC_MINSIGSTKSZ': 249,
}
_CONFSTR_NAMES = {
    'CS_PATH': 0, 'CS_GNU_LIBC_VERSION': 2,
    'CS_GNU_LIBPTHREAD_VERSION': 3, 'CS_LFS_CFLAGS': 1000,
    'CS_LFS_LDFLAGS': 1001, 'CS_LFS_LIBS': 1002,
    'CS_LFS_LINTFLAGS': 1003, 'CS_LFS64_CFLAGS': 1004,
    'CS_LFS64_LDFLAGS': 1005, 'CS_LFS64_LIBS': 1006,
    'CS_LFS64_LINTFLAGS': 1007, 'CS_XBS5_ILP32_OFF32_CFLAGS': 1100,
    'CS_XBS5_ILP32_OFF32_LDFLAGS': 1101, 'CS_XBS5_ILP32_OFF32_LIBS': 1102,
    'CS_XBS5_ILP32_OFF32_LINTFLAGS': 1103, 'CS_XBS5_ILP32_OFFBIG_CFLAGS': 1104,
    'CS_XBS5_ILP32_OFFBIG_LDFLAGS': 1105, 'CS_XBS5_ILP32_OFFBIG_LIBS': 1106,
    'CS_XBS5_ILP32_OFFBIG_LINTFLAGS': 1107, 'CS_XBS5_LP64_OFF64_CFLAGS': 1108,
    'CS_XBS5_LP64_OFF64_LDFLAGS': 1109, 'CS_XBS5_LP64_OFF64_LIBS': 1110,
    'CS_XBS5_LP64_OFF64_LINTFLAGS': 1111, 'CS_XBS5_LPBIG_OFFBIG_CFLAGS': 1112,
    'CS_XBS5_LPBIG_OFFBIG_LDFLAGS': 1113, 'CS_XBS5_LPBIG_OFFBIG_LIBS': 1114,
    'CS_XBS5_LPBIG_OFFBIG_LINTFLAGS': 1115,
}
_PATHCONF_NAMES = {
    'PC_LINK_MAX': 0, 'PC_MAX_CANON': 1, 'PC_MAX_INPUT': 2,
    'PC_NAME_MAX': 3, 'PC_PATH_MAX': 4, 'PC_PIPE_BUF': 5,
    'PC_CHOWN_RESTRICTED': 6, 'PC_NO_TRUNC': 7, 'PC_VDISABLE': 8,
    'PC_SYNC_IO': 9, 'PC_ASYNC_IO': 10, 'PC_PRIO_IO': 11,
    'PC_SOCK_MAXBUF': 12, 'PC_FILESIZEBITS': 13, 'PC_REC_INCR_XFER_SIZE': 14,
    'PC_REC_MAX_XFER_SIZE': 15, 'PC_REC_MIN_XFER_SIZE': 16, 'PC_REC_XFER_ALIGN': 17,
    'PC_ALLOC_SIZE_MIN': 18, 'PC_SYMLINK_MAX': 19,
}
if not _CONF_PY3:  # CPython 2.7 lists fewer
    del _SYSCONF_NAMES['SC_MINSIGSTKSZ']
    del _CONFSTR_NAMES['CS_GNU_LIBC_VERSION'], _CONFSTR_NAMES['CS_GNU_LIBPTHREAD_VERSION']
    for _n in ('PC_REC_INCR_XFER_SIZE', 'PC_REC_MAX_XFER_SIZE', 'PC_REC_MIN_XFER_SIZE',
               'PC_REC_XFER_ALIGN', 'PC_ALLOC_SIZE_MIN', 'PC_SYMLINK_MAX'):
        del _PATHCONF_NAMES[_n]


_engine_pathconf = getattr(_target, 'pathconf', None)


def _conf_name(name, table):
    if isinstance(name, int if _CONF_PY3 else (int, long)):  # noqa: F821
        return int(name)
    if isinstance(name, str if _CONF_PY3 else basestring):  # noqa: F821
        try:
            return table[name]
        except KeyError:
            raise ValueError('unrecognized configuration name')
    raise TypeError('configuration names must be strings or integers')


def _conf_text(value):
    """A C string (bytes, one char each) as the str CPython returns."""
    raw = value.encode('latin-1')
    return _target.fsdecode(raw) if _CONF_PY3 else raw


def sysconf(name):
    """Return an integer-valued system configuration variable."""
    value, err = (int(x) for x in _calls.sysconf(_conf_name(name, _SYSCONF_NAMES)))
    if err:
        raise OSError(err, strerror(err))
    if not _CONF_PY3:  # CPython 2 keeps the answer in a C int
        value = ((value + 2 ** 31) % 2 ** 32) - 2 ** 31
    return int(value)


def confstr(name):
    """Return a string-valued system configuration variable."""
    err, value = _calls.confstr(_conf_name(name, _CONFSTR_NAMES))
    err = int(err)
    if err:
        raise OSError(err, strerror(err))
    return None if value is None else _conf_text(value)


def pathconf(path, name):
    """Return the configuration limit name for the file or directory path."""
    if not (_CONF_PY3 and isinstance(path, int)):
        _calls_path_checked(path, 'pathconf', True)
    number = _conf_name(name, _PATHCONF_NAMES)
    if _CONF_PY3 and isinstance(path, int):  # a descriptor: the engine's own numbering
        return (_engine_pathconf or _target.fpathconf)(path, name)
    value, err = (int(x) for x in _calls.pathconf(_calls_path(path), number))
    if err:
        raise OSError(err, strerror(err), path)
    return value


if _calls is not None:
    for _f in (sysconf, confstr, pathconf):
        _f.__module__ = 'os'
        setattr(_target, _f.__name__, _f)
    _target.sysconf_names = dict(_SYSCONF_NAMES)
    _target.confstr_names = dict(_CONFSTR_NAMES)
    _target.pathconf_names = dict(_PATHCONF_NAMES)
