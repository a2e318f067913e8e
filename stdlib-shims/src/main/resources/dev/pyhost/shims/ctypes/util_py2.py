# ctypes.util for Python 2 on Jython, whose ctypes has none: find_library(name) as CPython
# 2.7's on Linux (GNU ldconfig's cache, then the C compiler's linker trace and objdump for
# the soname). _target is the empty module being made.
from __future__ import absolute_import

import errno as _errno
import os as _os
import re as _re
import subprocess as _subprocess
import tempfile as _tempfile

_ABI = {
    'x86_64-64': 'libc6,x86-64',
    'ppc64-64': 'libc6,64bit',
    'sparc64-64': 'libc6,64bit',
    's390x-64': 'libc6,64bit',
    'ia64-64': 'libc6,IA-64',
}


def _pointer_bits():
    # CPython asks struct.calcsize('l'), the C long; Jython's struct packs 4 bytes for it on
    # every platform, so the JVM's data model answers instead
    try:
        from java.lang import System
        return System.getProperty('sun.arch.data.model') or '64'
    except ImportError:
        return '64'


def _findSoname_ldconfig(name):
    machine = _os.uname()[4] + '-' + _pointer_bits()
    abi_type = _ABI.get(machine, 'libc6')
    expr = r'\s+(lib%s\.[^\s]+)\s+\(%s' % (_re.escape(name), abi_type)
    env = dict(_os.environ)
    env['LC_ALL'] = 'C'
    env['LANG'] = 'C'
    null = open(_os.devnull, 'wb')
    try:
        with null:
            p = _subprocess.Popen(['/sbin/ldconfig', '-p'], stderr=null, stdout=_subprocess.PIPE, env=env)
    except OSError:  # no ldconfig
        return None
    data = p.communicate()[0]
    res = _re.search(expr, data)
    if not res:
        return None
    return res.group(1)


def _findLib_gcc(name):
    expr = r'[^\(\)\s]*lib%s\.[^\(\)\s]*' % _re.escape(name)
    cmd = 'if type gcc >/dev/null 2>&1; then CC=gcc; elif type cc >/dev/null 2>&1; then CC=cc;else exit; fi;' \
          'LANG=C LC_ALL=C $CC -Wl,-t -o "$2" 2>&1 -l"$1"'
    temp = _tempfile.NamedTemporaryFile()
    try:
        proc = _subprocess.Popen((cmd, '_findLib_gcc', name, temp.name), shell=True, stdout=_subprocess.PIPE)
        trace = proc.communicate()[0]
    finally:
        try:
            temp.close()
        except OSError as e:
            # the linker removes the output file when linking fails
            if e.errno != _errno.ENOENT:
                raise
    res = _re.search(expr, trace)
    if not res:
        return None
    return res.group(0)


def _get_soname(f):
    if not f:
        return None
    cmd = 'if ! type objdump >/dev/null 2>&1; then exit; fi;' \
          'objdump -p -j .dynamic 2>/dev/null "$1"'
    proc = _subprocess.Popen((cmd, '_get_soname', f), shell=True, stdout=_subprocess.PIPE)
    dump = proc.communicate()[0]
    res = _re.search(br'\sSONAME\s+([^\s]+)', dump)
    if not res:
        return None
    return res.group(1)


def find_library(name):
    """The file name of library `name` (as 'libc.so.6' for 'c'), or None."""
    return _findSoname_ldconfig(name) or _get_soname(_findLib_gcc(name))


_target.find_library = find_library
_target._findSoname_ldconfig = _findSoname_ldconfig
_target._findLib_gcc = _findLib_gcc
_target._get_soname = _get_soname
