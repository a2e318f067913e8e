# psutil glue shared by Python 2 and 3 (appended to psutil_py2.py / psutil_py3.py): psutil 5.9's
# Python API over _core, a dev.pyhost.shims.psutil.PsutilCore. The core returns arrays of
# numbers and strings, or None with _core.lastError() naming the errno; this file turns them
# into psutil's namedtuples and exceptions. Written in the common subset of Python 2.7 and 3.
import collections as _collections
import os as _os
import signal as _signal
import sys as _sys
import threading as _threading
import time as _time
import warnings as _warnings
import weakref as _weakref

__version__ = _VERSION
version_info = tuple(int(x) for x in __version__.split('.'))
__author__ = 'Giampaolo Rodola'

PROCFS_PATH = '/proc'
LINUX = _sys.platform.startswith('linux') or bool(_core.hasProcfs())
WINDOWS = OSX = MACOS = FREEBSD = OPENBSD = NETBSD = BSD = SUNOS = AIX = False
POSIX = True
if LINUX:
    _sys_platform = 'linux'

_timer = getattr(_time, 'monotonic', _time.time)
_CLOCK_TICKS = float(_core.clockTicks())

# ------------------------------------------------------------------------------------ constants

STATUS_RUNNING = 'running'
STATUS_SLEEPING = 'sleeping'
STATUS_DISK_SLEEP = 'disk-sleep'
STATUS_STOPPED = 'stopped'
STATUS_TRACING_STOP = 'tracing-stop'
STATUS_ZOMBIE = 'zombie'
STATUS_DEAD = 'dead'
STATUS_WAKE_KILL = 'wake-kill'
STATUS_WAKING = 'waking'
STATUS_IDLE = 'idle'
STATUS_LOCKED = 'locked'
STATUS_WAITING = 'waiting'
STATUS_SUSPENDED = 'suspended'
STATUS_PARKED = 'parked'

_PROC_STATUSES = {
    'R': STATUS_RUNNING, 'S': STATUS_SLEEPING, 'D': STATUS_DISK_SLEEP, 'T': STATUS_STOPPED,
    't': STATUS_TRACING_STOP, 'Z': STATUS_ZOMBIE, 'X': STATUS_DEAD, 'x': STATUS_DEAD,
    'K': STATUS_WAKE_KILL, 'W': STATUS_WAKING, 'I': STATUS_IDLE, 'P': STATUS_PARKED,
}

CONN_ESTABLISHED = 'ESTABLISHED'
CONN_SYN_SENT = 'SYN_SENT'
CONN_SYN_RECV = 'SYN_RECV'
CONN_FIN_WAIT1 = 'FIN_WAIT1'
CONN_FIN_WAIT2 = 'FIN_WAIT2'
CONN_TIME_WAIT = 'TIME_WAIT'
CONN_CLOSE = 'CLOSE'
CONN_CLOSE_WAIT = 'CLOSE_WAIT'
CONN_LAST_ACK = 'LAST_ACK'
CONN_LISTEN = 'LISTEN'
CONN_CLOSING = 'CLOSING'
CONN_NONE = 'NONE'

_TCP_STATUSES = {
    '01': CONN_ESTABLISHED, '02': CONN_SYN_SENT, '03': CONN_SYN_RECV, '04': CONN_FIN_WAIT1,
    '05': CONN_FIN_WAIT2, '06': CONN_TIME_WAIT, '07': CONN_CLOSE, '08': CONN_CLOSE_WAIT,
    '09': CONN_LAST_ACK, '0A': CONN_LISTEN, '0B': CONN_CLOSING,
}

NIC_DUPLEX_FULL = 2
NIC_DUPLEX_HALF = 1
NIC_DUPLEX_UNKNOWN = 0
POWER_TIME_UNKNOWN = -1
POWER_TIME_UNLIMITED = -2
AF_LINK = 17

IOPRIO_CLASS_NONE = 0
IOPRIO_CLASS_RT = 1
IOPRIO_CLASS_BE = 2
IOPRIO_CLASS_IDLE = 3

if _PY3:
    import enum as _enum

    class NicDuplex(_enum.IntEnum):
        NIC_DUPLEX_FULL = 2
        NIC_DUPLEX_HALF = 1
        NIC_DUPLEX_UNKNOWN = 0

    class BatteryTime(_enum.IntEnum):
        POWER_TIME_UNKNOWN = -1
        POWER_TIME_UNLIMITED = -2

    class IOPriority(_enum.IntEnum):
        IOPRIO_CLASS_NONE = 0
        IOPRIO_CLASS_RT = 1
        IOPRIO_CLASS_BE = 2
        IOPRIO_CLASS_IDLE = 3

    IOPriority.__module__ = 'psutil._pslinux'
    IOPRIO_CLASS_NONE = IOPriority.IOPRIO_CLASS_NONE
    IOPRIO_CLASS_RT = IOPriority.IOPRIO_CLASS_RT
    IOPRIO_CLASS_BE = IOPriority.IOPRIO_CLASS_BE
    IOPRIO_CLASS_IDLE = IOPriority.IOPRIO_CLASS_IDLE
    NicDuplex.__module__ = BatteryTime.__module__ = 'psutil._common'
    NIC_DUPLEX_FULL = NicDuplex.NIC_DUPLEX_FULL
    NIC_DUPLEX_HALF = NicDuplex.NIC_DUPLEX_HALF
    NIC_DUPLEX_UNKNOWN = NicDuplex.NIC_DUPLEX_UNKNOWN
    POWER_TIME_UNKNOWN = BatteryTime.POWER_TIME_UNKNOWN
    POWER_TIME_UNLIMITED = BatteryTime.POWER_TIME_UNLIMITED

# ------------------------------------------------------------------------------------ exceptions


class Error(Exception):
    """Base exception class. All other psutil exceptions inherit from this one."""

    def _infodict(self, attrs):
        info = _collections.OrderedDict()
        for name in attrs:
            value = getattr(self, name, None)
            if value or (name == 'pid' and value == 0):
                info[name] = value
        return info

    def __str__(self):
        info = self._infodict(('pid', 'ppid', 'name'))
        details = None
        if info:
            details = '(%s)' % ', '.join('%s=%r' % (k, v) for k, v in info.items())
        return ' '.join(x for x in (getattr(self, 'msg', ''), details) if x)

    def __repr__(self):
        info = self._infodict(('pid', 'ppid', 'name', 'seconds', 'msg'))
        details = ', '.join('%s=%r' % (k, v) for k, v in info.items())
        return 'psutil.%s(%s)' % (self.__class__.__name__, details)


class NoSuchProcess(Error):
    """Raised when a process with a certain PID doesn't or no longer exists."""

    def __init__(self, pid, name=None, msg=None):
        Error.__init__(self)
        self.pid = pid
        self.name = name
        self.msg = msg or 'process no longer exists'


class ZombieProcess(NoSuchProcess):
    """Raised when querying a zombie process (a process that exited but is not reaped yet)."""

    def __init__(self, pid, name=None, ppid=None, msg=None):
        NoSuchProcess.__init__(self, pid, name, msg)
        self.ppid = ppid
        self.msg = msg or "PID still exists but it's a zombie"


class AccessDenied(Error):
    """Raised when permission to perform an action is denied."""

    def __init__(self, pid=None, name=None, msg=None):
        Error.__init__(self)
        self.pid = pid
        self.name = name
        self.msg = msg or ''


class TimeoutExpired(Error):
    """Raised on Process.wait(timeout) if timeout expires and process is still alive."""

    def __init__(self, seconds, pid=None, name=None):
        Error.__init__(self)
        self.seconds = seconds
        self.pid = pid
        self.name = name
        self.msg = 'timeout after %s seconds' % seconds


for _cls in (Error, NoSuchProcess, ZombieProcess, AccessDenied, TimeoutExpired):
    _cls.__module__ = 'psutil'

# ------------------------------------------------------------------------------------ namedtuples


def _nt(name, fields, module='psutil._common'):
    t = _collections.namedtuple(name, fields)
    t.__module__ = module
    return t


_LINUX_MOD = 'psutil._pslinux'
svmem = _nt('svmem', ['total', 'available', 'percent', 'used', 'free', 'active', 'inactive',
                      'buffers', 'cached', 'shared', 'slab'], _LINUX_MOD)
sswap = _nt('sswap', ['total', 'used', 'free', 'percent', 'sin', 'sout'])
sdiskusage = _nt('sdiskusage', ['total', 'used', 'free', 'percent'])
sdiskio = _nt('sdiskio', ['read_count', 'write_count', 'read_bytes', 'write_bytes', 'read_time',
                          'write_time', 'read_merged_count', 'write_merged_count', 'busy_time'],
              _LINUX_MOD)
sdiskpart = _nt('sdiskpart', ['device', 'mountpoint', 'fstype', 'opts', 'maxfile', 'maxpath'])
snetio = _nt('snetio', ['bytes_sent', 'bytes_recv', 'packets_sent', 'packets_recv', 'errin',
                        'errout', 'dropin', 'dropout'])
suser = _nt('suser', ['name', 'terminal', 'host', 'started', 'pid'])
sconn = _nt('sconn', ['fd', 'family', 'type', 'laddr', 'raddr', 'status', 'pid'])
snicaddr = _nt('snicaddr', ['family', 'address', 'netmask', 'broadcast', 'ptp'])
snicstats = _nt('snicstats', ['isup', 'duplex', 'speed', 'mtu', 'flags'])
scpustats = _nt('scpustats', ['ctx_switches', 'interrupts', 'soft_interrupts', 'syscalls'])
scpufreq = _nt('scpufreq', ['current', 'min', 'max'])
shwtemp = _nt('shwtemp', ['label', 'current', 'high', 'critical'])
sbattery = _nt('sbattery', ['percent', 'secsleft', 'power_plugged'])
sfan = _nt('sfan', ['label', 'current'])
scputimes = _nt('scputimes', ['user', 'nice', 'system', 'idle', 'iowait', 'irq', 'softirq',
                              'steal', 'guest', 'guest_nice'], _LINUX_MOD)
pcputimes = _nt('pcputimes', ['user', 'system', 'children_user', 'children_system', 'iowait'],
                _LINUX_MOD)
popenfile = _nt('popenfile', ['path', 'fd', 'position', 'mode', 'flags'], _LINUX_MOD)
pthread = _nt('pthread', ['id', 'user_time', 'system_time'])
puids = _nt('puids', ['real', 'effective', 'saved'])
pgids = _nt('pgids', ['real', 'effective', 'saved'])
pio = _nt('pio', ['read_count', 'write_count', 'read_bytes', 'write_bytes', 'read_chars',
                  'write_chars'], _LINUX_MOD)
pionice = _nt('pionice', ['ioclass', 'value'])
pctxsw = _nt('pctxsw', ['voluntary', 'involuntary'])
pconn = _nt('pconn', ['fd', 'family', 'type', 'laddr', 'raddr', 'status'])
addr = _nt('addr', ['ip', 'port'])
pmem = _nt('pmem', ['rss', 'vms', 'shared', 'text', 'lib', 'data', 'dirty'], _LINUX_MOD)
pfullmem = _nt('pfullmem', list(pmem._fields) + ['uss', 'pss', 'swap'], _LINUX_MOD)
pmmap_grouped = _nt('pmmap_grouped', ['path', 'rss', 'size', 'pss', 'shared_clean', 'shared_dirty',
                                      'private_clean', 'private_dirty', 'referenced', 'anonymous', 'swap'],
                    _LINUX_MOD)
pmmap_ext = _nt('pmmap_ext', ['addr', 'perms'] + list(pmmap_grouped._fields), _LINUX_MOD)

# resource limits (Linux numbering), as psutil takes them from the resource module
RLIM_INFINITY = -1
(RLIMIT_CPU, RLIMIT_FSIZE, RLIMIT_DATA, RLIMIT_STACK, RLIMIT_CORE, RLIMIT_RSS, RLIMIT_NPROC,
 RLIMIT_NOFILE, RLIMIT_MEMLOCK, RLIMIT_AS, RLIMIT_LOCKS, RLIMIT_SIGPENDING, RLIMIT_MSGQUEUE,
 RLIMIT_NICE, RLIMIT_RTPRIO, RLIMIT_RTTIME) = range(16)

# ------------------------------------------------------------------------------------ helpers


def _usage_percent(used, total, round_=None):
    try:
        ret = (float(used) / total) * 100
    except ZeroDivisionError:
        return 0.0
    return round(ret, round_) if round_ is not None else ret


def _oserror(errno_name, path=None):
    import errno
    code = getattr(errno, errno_name.split(':')[0], errno.EIO)
    if path is None:
        return OSError(code, _os.strerror(code))
    if _PY3 and errno_name == 'ENOENT':
        return FileNotFoundError(code, _os.strerror(code), path)  # noqa: F821
    return (IOError if not _PY3 else OSError)(code, _os.strerror(code), path)


def _check(value, path=None):
    """A core result, or the OSError psutil's own reads would have raised."""
    if value is None:
        raise _oserror(_str(_core.lastError()), path)
    return value

# ------------------------------------------------------------------------------------ CPU


def cpu_count(logical=True):
    """Return the number of logical CPUs (or physical cores with logical=False), None if unknown."""
    n = int(_core.cpuCountLogical() if logical else _core.cpuCountPhysical())
    return n if n >= 1 else None


def cpu_times(percpu=False):
    """System-wide CPU times as a namedtuple, or a list of them with percpu=True."""
    flat = _floats(_check(_core.cpuSeconds(percpu), '/proc/stat'))
    if not percpu:
        return scputimes(*flat)
    return [scputimes(*flat[i:i + 10]) for i in range(0, len(flat), 10)]


def _cpu_tot_time(times):
    tot = sum(times)
    # guest and guest_nice are already counted in user and nice
    tot -= times.guest
    tot -= times.guest_nice
    return tot


def _cpu_busy_time(times):
    busy = _cpu_tot_time(times)
    busy -= times.idle
    busy -= times.iowait
    return busy


def _cpu_times_deltas(t1, t2):
    return scputimes(*[max(0, b - a) for a, b in zip(t1, t2)])


_last_cpu_times = {}
_last_per_cpu_times = {}
_last_cpu_times_2 = {}
_last_per_cpu_times_2 = {}


def _check_interval(interval):
    if interval is not None and interval < 0:
        raise ValueError('interval is not positive (got %r)' % interval)


def cpu_percent(interval=None, percpu=False):
    """System-wide CPU utilization as a percentage (a list of them with percpu=True).

    With interval > 0 it compares times before and after sleeping; with 0.0 or None it compares
    with the last call made by this thread (the first call returns 0.0)."""
    tid = _threading.current_thread().ident
    blocking = interval is not None and interval > 0.0
    _check_interval(interval)

    def calculate(t1, t2):
        d = _cpu_times_deltas(t1, t2)
        total = _cpu_tot_time(d)
        if total <= 0:
            return 0.0
        return round((_cpu_busy_time(d) / total) * 100, 1)

    if not percpu:
        if blocking:
            t1 = cpu_times()
            _time.sleep(interval)
        else:
            t1 = _last_cpu_times.get(tid) or cpu_times()
        _last_cpu_times[tid] = t2 = cpu_times()
        return calculate(t1, t2)
    if blocking:
        tot1 = cpu_times(percpu=True)
        _time.sleep(interval)
    else:
        tot1 = _last_per_cpu_times.get(tid) or cpu_times(percpu=True)
    _last_per_cpu_times[tid] = tot2 = cpu_times(percpu=True)
    return [calculate(a, b) for a, b in zip(tot1, tot2)]


def cpu_times_percent(interval=None, percpu=False):
    """Like cpu_percent() but for every CPU time field."""
    tid = _threading.current_thread().ident
    blocking = interval is not None and interval > 0.0
    _check_interval(interval)

    def calculate(t1, t2):
        d = _cpu_times_deltas(t1, t2)
        total = _cpu_tot_time(d)
        scale = 100.0 / total if total > 0 else 0.0
        return scputimes(*[min(max(round(x * scale, 1), 0.0), 100.0) for x in d])

    if not percpu:
        if blocking:
            t1 = cpu_times()
            _time.sleep(interval)
        else:
            t1 = _last_cpu_times_2.get(tid) or cpu_times()
        _last_cpu_times_2[tid] = t2 = cpu_times()
        return calculate(t1, t2)
    if blocking:
        tot1 = cpu_times(percpu=True)
        _time.sleep(interval)
    else:
        tot1 = _last_per_cpu_times_2.get(tid) or cpu_times(percpu=True)
    _last_per_cpu_times_2[tid] = tot2 = cpu_times(percpu=True)
    return [calculate(a, b) for a, b in zip(tot1, tot2)]


def cpu_stats():
    """ctx_switches, interrupts, soft_interrupts and syscalls (0 on Linux) since boot."""
    c = _ints(_check(_core.statCounters(), '/proc/stat'))
    return scpustats(c[0], c[1], c[2], 0)


def cpu_freq(percpu=False):
    """Current, min and max CPU frequency in MHz; None when the system does not say."""
    flat = _floats(_check(_core.cpuFreq()))
    rows = [scpufreq(float(flat[i]), float(flat[i + 1]), float(flat[i + 2]))
            for i in range(0, len(flat), 3)]
    if percpu:
        return rows
    if not rows:
        return None
    if len(rows) == 1:
        return rows[0]
    n = float(len(rows))
    return scpufreq(sum(r.current for r in rows) / n, sum(r.min for r in rows) / n,
                    sum(r.max for r in rows) / n)


def getloadavg():
    """The 1, 5 and 15 minute load averages."""
    return tuple(_floats(_check(_core.loadavg(), '/proc/loadavg')))


_BOOT_TIME = []


def boot_time():
    """System boot time in seconds since the epoch."""
    if not _BOOT_TIME:
        _BOOT_TIME.append(float(_ints(_check(_core.statCounters(), '/proc/stat'))[3]))
    return _BOOT_TIME[0]

# ------------------------------------------------------------------------------------ memory


def virtual_memory():
    """System memory usage in bytes, with psutil's Linux formulas (as `free` shows it)."""
    (total, free, buffers, cached, sreclaimable, shared, active, inactive, slab, avail,
     swap_total, swap_free, active_file, inactive_file) = \
        _ints(_check(_core.meminfo(), '/proc/meminfo'))
    missing = []
    if buffers < 0:
        buffers = 0
        missing.append('buffers')
    if cached < 0:
        cached = 0
        missing.append('cached')
    else:
        cached += max(sreclaimable, 0)
    if shared < 0:
        shared = 0
        missing.append('shared')
    if active < 0:
        active = 0
        missing.append('active')
    if inactive < 0:
        inactive = 0
        missing.append('inactive')
    slab = max(slab, 0)
    used = total - free - cached - buffers
    if used < 0:
        used = total - free
    if avail < 0:
        # kernels before 3.14: the estimate `free` made before MemAvailable existed
        avail = free + max(active_file, 0) + max(inactive_file, 0) + max(sreclaimable, 0)
    if avail < 0:
        avail = 0
    if avail > total:
        avail = free
    percent = _usage_percent((total - avail), total, round_=1)
    if missing:
        _warnings.warn("%s memory stats couldn't be determined and %s set to 0"
                       % (', '.join(missing), 'was' if len(missing) == 1 else 'were'),
                       RuntimeWarning, stacklevel=2)
    return svmem(total, avail, percent, used, free, active, inactive, buffers, cached, shared, slab)


def swap_memory():
    """Swap memory: total, used, free in bytes, percent, and bytes swapped in/out since boot."""
    m = _ints(_check(_core.meminfo(), '/proc/meminfo'))
    total, free = max(m[10], 0), max(m[11], 0)
    used = total - free
    percent = _usage_percent(used, total, round_=1)
    try:
        sin, sout = [x * 4 * 1024 for x in _ints(_check(_core.swapInOut(), '/proc/vmstat'))]
    except OSError:
        sin = sout = 0
    return sswap(total, used, free, percent, sin, sout)

# ------------------------------------------------------------------------------------ disks


def disk_usage(path):
    """Total, used and free space of the filesystem holding `path` (statvfs formulas)."""
    if not _PY3 and isinstance(path, unicode):  # noqa: F821
        path = path.encode('utf-8')
    if _PY3 and isinstance(path, bytes):  # os.statvfs takes bytes too
        path = _os.fsdecode(path)
    path = _os.path.abspath(path)  # relative to the script's working directory
    r = _core.diskUsage(path)
    if r is None:
        raise _oserror(_str(_core.lastError()), path)
    total, avail_to_root, avail_to_user = _ints(r)
    used = total - avail_to_root
    total_user = used + avail_to_user
    return sdiskusage(total, used, avail_to_user, _usage_percent(used, total_user, round_=1))


def disk_partitions(all=False):
    """Mounted partitions as (device, mountpoint, fstype, opts, maxfile, maxpath) tuples."""
    fstypes = set(_strs(_check(_core.physicalFsTypes(), '/proc/filesystems')))
    flat = _strs(_check(_core.mounts(), '/proc/self/mounts'))
    ret = []
    for i in range(0, len(flat), 4):
        device, mountpoint, fstype, opts = flat[i:i + 4]
        if device == 'none':
            device = ''
        if not all and (device == '' or fstype not in fstypes):
            continue
        maxfile = maxpath = None
        try:
            import os as _o
            if hasattr(_o, 'pathconf'):
                maxfile = _o.pathconf(mountpoint, 'PC_NAME_MAX')
                maxpath = _o.pathconf(mountpoint, 'PC_PATH_MAX')
        except Exception:
            maxfile = 255
            maxpath = 4096
        if maxfile is None:
            maxfile, maxpath = 255, 4096
        ret.append(sdiskpart(device, mountpoint, fstype, opts, maxfile, maxpath))
    return ret


class _WrapNumbers(object):
    """What nowrap=True does: counters that wrapped around (or went back) keep growing."""

    def __init__(self):
        self.lock = _threading.Lock()
        self.cache = {}
        self.reminders = {}

    def run(self, input_dict, name):
        with self.lock:
            if name not in self.cache:
                self.cache[name] = input_dict
                self.reminders[name] = {}
                return input_dict
            old = self.cache[name]
            rem = self.reminders[name]
            out = {}
            for key, values in input_dict.items():
                if key not in old:
                    out[key] = values
                    continue
                fixed = []
                for i, value in enumerate(values):
                    before = old[key][i]
                    r = rem.setdefault((key, i), 0)
                    if value < before:
                        r += before
                        rem[(key, i)] = r
                    fixed.append(value + r)
                out[key] = type(values)(*fixed)
            self.cache[name] = input_dict
            return out

    def cache_clear(self, name=None):
        with self.lock:
            if name is None:
                self.cache.clear()
                self.reminders.clear()
            else:
                self.cache.pop(name, None)
                self.reminders.pop(name, None)


_wrap_numbers = _WrapNumbers()


def disk_io_counters(perdisk=False, nowrap=True):
    """System-wide disk I/O statistics (per disk with perdisk=True), None without disks."""
    flat = _strs(_check(_core.diskStats(), '/proc/diskstats'))
    rawdict = {}
    for i in range(0, len(flat), 11):
        row = flat[i:i + 11]
        name = row[0]
        if not perdisk and row[10] != '1':
            continue  # partitions are counted in their disk
        reads, rmerged, rsect, rtime, writes, wmerged, wsect, wtime, busy = [int(x) for x in row[1:10]]
        rawdict[name] = sdiskio(reads, writes, rsect * 512, wsect * 512, rtime, wtime, rmerged,
                                wmerged, busy)
    if nowrap:
        rawdict = _wrap_numbers.run(rawdict, 'psutil.disk_io_counters')
    if not rawdict:
        return {} if perdisk else None
    if perdisk:
        return rawdict
    return sdiskio(*[sum(x) for x in zip(*rawdict.values())])


disk_io_counters.cache_clear = lambda: _wrap_numbers.cache_clear('psutil.disk_io_counters')

# ------------------------------------------------------------------------------------ network


def net_io_counters(pernic=False, nowrap=True):
    """Network I/O statistics, system-wide or per interface (pernic=True)."""
    flat = _strs(_check(_core.netDev(), '/proc/net/dev'))
    rawdict = {}
    for i in range(0, len(flat), 9):
        rawdict[flat[i]] = snetio(*[int(x) for x in flat[i + 1:i + 9]])
    if nowrap:
        rawdict = _wrap_numbers.run(rawdict, 'psutil.net_io_counters')
    if not rawdict:
        return {} if pernic else None
    if pernic:
        return rawdict
    return snetio(*[sum(x) for x in zip(*rawdict.values())])


net_io_counters.cache_clear = lambda: _wrap_numbers.cache_clear('psutil.net_io_counters')


def _family(n):
    import socket
    if n == AF_LINK:
        return getattr(socket, 'AF_PACKET', AF_LINK) if _PY3 else AF_LINK
    if n == 2:
        return socket.AF_INET
    return getattr(socket, 'AF_INET6', 10)


def net_if_addrs():
    """Each interface's addresses: family, address, netmask, broadcast, ptp."""
    flat = _strs(_check(_core.netIfAddrs()))
    ret = _collections.defaultdict(list)
    for i in range(0, len(flat), 5):
        name, fam, address, netmask, broadcast = flat[i:i + 5]
        ret[name].append(snicaddr(_family(int(fam)), address, netmask or None, broadcast or None, None))
    return dict(ret)


def net_if_stats():
    """Each interface's isup, duplex, speed (Mb/s), mtu and flags."""
    flat = _strs(_check(_core.netIfStats()))
    ret = {}
    duplex_map = {2: NIC_DUPLEX_FULL, 1: NIC_DUPLEX_HALF, 0: NIC_DUPLEX_UNKNOWN}
    for i in range(0, len(flat), 6):
        name, isup, duplex, speed, mtu, flags = flat[i:i + 6]
        ret[name] = snicstats(isup == '1', duplex_map[int(duplex)], int(speed), int(mtu), flags)
    return ret


_CONN_KINDS = _collections.OrderedDict([
    ('all', ('tcp', 'tcp6', 'udp', 'udp6', 'unix')),
    ('tcp', ('tcp', 'tcp6')),
    ('tcp4', ('tcp',)),
    ('tcp6', ('tcp6',)),
    ('udp', ('udp', 'udp6')),
    ('udp4', ('udp',)),
    ('udp6', ('udp6',)),
    ('unix', ('unix',)),
    ('inet', ('tcp', 'tcp6', 'udp', 'udp6')),
    ('inet4', ('tcp', 'udp')),
    ('inet6', ('tcp6', 'udp6')),
])


def _sockets(kind):
    import socket
    if kind not in _CONN_KINDS:
        raise ValueError('invalid %r kind argument; choose between %s'
                         % (kind, ', '.join(repr(x) for x in _CONN_KINDS)))
    out = {}
    for table in _CONN_KINDS[kind]:
        flat = _strs(_check(_core.netSockets(table), '/proc/net/' + table))
        if table == 'unix':
            for i in range(0, len(flat), 4):
                inode, path, stype, _state = flat[i:i + 4]
                out.setdefault(inode, []).append(
                    (socket.AF_UNIX if hasattr(socket, 'AF_UNIX') else 1,
                     _socktype(int(stype)), path, '', CONN_NONE))  # Linux tells no peer: ''
            continue
        family = socket.AF_INET if table in ('tcp', 'udp') else getattr(socket, 'AF_INET6', 10)
        stype = socket.SOCK_STREAM if table.startswith('tcp') else socket.SOCK_DGRAM
        for i in range(0, len(flat), 6):
            inode, lip, lport, rip, rport, state = flat[i:i + 6]
            laddr = addr(lip, int(lport)) if lport != '-1' else ()
            raddr = addr(rip, int(rport)) if (rip not in ('0.0.0.0', '::') or rport != '0') else ()
            status = _TCP_STATUSES.get(state, CONN_NONE) if table.startswith('tcp') else CONN_NONE
            out.setdefault(inode, []).append((family, stype, laddr, raddr, status))
    return out


def _socktype(n):
    import socket
    return {1: socket.SOCK_STREAM, 2: socket.SOCK_DGRAM}.get(n, n)


def net_connections(kind='inet'):
    """System-wide socket connections, with the pid holding each (None when not ours to see)."""
    socks = _sockets(kind)
    owners = {}
    for pid in pids():
        held = _core.socketInodes(pid)
        if held is None:
            continue
        held = _strs(held)
        for i in range(0, len(held), 2):
            owners.setdefault(held[i + 1], (int(held[i]), pid))
    ret = []
    seen = set()
    for inode, entries in socks.items():
        fd, pid = owners.get(inode, (-1, None))
        for family, stype, laddr, raddr, status in entries:
            c = sconn(fd, family, stype, laddr, raddr, status, pid)
            if c not in seen:
                seen.add(c)
                ret.append(c)
    return ret

# ------------------------------------------------------------------------------------ others


def users():
    """Users logged in: name, terminal, host, started (seconds since the epoch), pid."""
    flat = _strs(_check(_core.users()))
    ret = []
    for i in range(0, len(flat), 5):
        name, term, host, started, pid = flat[i:i + 5]
        ret.append(suser(name, term or None, host or None, float(started),
                         None if pid == '-1' else int(pid)))
    return ret


_SYSFS_PATH = '/sys'  # where Linux's sensors are read


def _thousandths(text):
    """A sysfs millidegree value in degrees, None for a missing ('') or unreadable value."""
    try:
        return float(text) / 1000.0
    except ValueError:
        return None


def _raw_temperatures():
    """(unit, label, current, high, critical) per sensor, in psutil's order."""
    if not LINUX:
        t = float(_core.cpuTemperature())  # elsewhere: what OSHI reads, the CPU's
        return [] if not t or t != t else [('cpu', '', t, None, None)]
    flat = _strs(_core.sysfsTemperatures(_SYSFS_PATH))
    rows = []
    for i in range(0, len(flat), 5):
        unit, label, current, high, critical = flat[i:i + 5]
        current = _thousandths(current)
        if current is None:
            continue  # psutil skips an input it cannot read as a number
        rows.append((unit.strip(), label.strip(), current, _thousandths(high), _thousandths(critical)))
    return rows


def sensors_temperatures(fahrenheit=False):
    """Temperatures in Celsius (Fahrenheit with fahrenheit=True) by unit: Linux's hwmon sensors,
    else its thermal zones, read as psutil reads them."""
    def convert(n):
        if n is not None:
            return (float(n) * 9 / 5) + 32 if fahrenheit else n

    ret = {}
    for unit, label, current, high, critical in _raw_temperatures():
        current, high, critical = convert(current), convert(high), convert(critical)
        if high and not critical:
            critical = high
        elif critical and not high:
            high = critical
        ret.setdefault(unit, []).append(shwtemp(label, current, high, critical))
    return ret


def sensors_fans():
    """Fan speeds (RPM) by unit: Linux's hwmon fans, read as psutil reads them."""
    ret = {}
    if not LINUX:
        speeds = [s for s in _ints(_core.fanSpeeds()) if s > 0]
        return {'fan': [sfan('', s) for s in speeds]} if speeds else {}
    flat = _strs(_core.sysfsFans(_SYSFS_PATH))
    for i in range(0, len(flat), 3):
        unit, label, current = flat[i:i + 3]
        ret.setdefault(unit.strip(), []).append(sfan(label.strip(), int(current)))
    return ret


def _oshi_battery():
    b = _core.battery()
    if b is None:
        return None
    percent, left, plugged = _floats(b)
    plugged = bool(plugged)
    if plugged:
        secsleft = POWER_TIME_UNLIMITED
    elif left < 0:
        secsleft = POWER_TIME_UNKNOWN
    else:
        secsleft = int(left)
    return sbattery(percent, secsleft, plugged)


def sensors_battery():
    """Battery status of the first battery in /sys/class/power_supply, or None without one."""
    if not LINUX:
        return _oshi_battery()
    pairs = _strs(_check(_core.sysfsBattery(_SYSFS_PATH), _SYSFS_PATH + '/class/power_supply'))
    if not pairs:
        return None
    files = dict(zip(pairs[0::2], pairs[1::2]))

    def number(key):  # psutil's reading of the first of a file's alternative names
        text = files.get(key)
        if text is None:
            return None
        try:
            return int(text)
        except ValueError:
            return text.strip()

    energy_now, power_now = number('energy_now'), number('power_now')
    energy_full, time_to_empty = number('energy_full'), number('time_to_empty')
    if energy_full is not None and energy_now is not None:
        try:
            percent = 100.0 * energy_now / energy_full
        except ZeroDivisionError:
            percent = 0.0
    else:
        percent = int(files.get('capacity', -1))
        if percent == -1:
            return None
    plugged = None
    online = number('online')
    if online is not None:
        plugged = online == 1
    else:
        status = files.get('status', '').strip().lower()
        if status == 'discharging':
            plugged = False
        elif status in ('charging', 'full'):
            plugged = True
    if plugged:
        secsleft = POWER_TIME_UNLIMITED
    elif energy_now is not None and power_now is not None:
        try:
            secsleft = int(energy_now / power_now * 3600)
        except ZeroDivisionError:
            secsleft = POWER_TIME_UNKNOWN
    elif time_to_empty is not None:
        secsleft = int(time_to_empty * 60)
        if secsleft < 0:
            secsleft = POWER_TIME_UNKNOWN
    else:
        secsleft = POWER_TIME_UNKNOWN
    return sbattery(percent, secsleft, plugged)

# ------------------------------------------------------------------------------------ processes


def pids():
    """The PIDs running, sorted."""
    return _ints(_check(_core.pids(), '/proc'))


def pid_exists(pid):
    """Whether a process with this PID exists."""
    if pid < 0:
        return False
    return bool(_core.pidExists(pid))


class _Sentinel(object):
    pass


_SENTINEL = _Sentinel()

# Children the host started, by pid: Process.wait() takes their exit status as CPython's psutil
# takes it from waitpid(). Where the session reaps its children in Java (os, subprocess), the core
# answers; otherwise (a JDK without the FFM API) from the Popen that started them.
_children = _weakref.WeakValueDictionary()
_JAVA_CHILDREN = bool(_core.tracksChildren())
_RUNNING = -2147483648


def _track_subprocess():
    if _JAVA_CHILDREN:
        return
    subprocess = _sys.modules.get('subprocess')
    if subprocess is None:
        try:
            import subprocess
        except ImportError:
            return
    popen = getattr(subprocess, 'Popen', None)
    if popen is None or getattr(popen, '_pyhost_psutil_tracked', False):
        return
    init = popen.__init__

    def __init__(self, *args, **kwargs):
        init(self, *args, **kwargs)
        try:
            _children[int(self.pid)] = self
        except Exception:
            pass

    __init__.__doc__ = init.__doc__
    popen.__init__ = __init__
    popen._pyhost_psutil_tracked = True


_track_subprocess()


def _exit_status(popen, rc):
    """A Popen's returncode as waitpid() would give it: -N for a signal."""
    if rc is None:
        return None
    rc = int(rc)
    if rc > 128 and rc - 128 < 65 and getattr(popen, '_process', None) is not None:
        # a JDK-started child (Jython's Popen): the JDK reports death by signal N as 128 + N
        rc = 128 - rc
    return rc


_Negsignal = None


def _negsig(rc):
    """A death by signal as real psutil reports it on Python 3: a member of its Negsignal enum
    (Negsignal.SIGTERM, equal to -15), the plain number where no signal has that value."""
    global _Negsignal
    if _PY3 and rc is not None and rc < 0:
        if _Negsignal is None:
            import enum
            _Negsignal = enum.IntEnum('Negsignal', dict((s.name, -s.value) for s in _signal.Signals))
        try:
            return _Negsignal(rc)
        except ValueError:
            pass
    return rc


def _wait_pid(pid, timeout, proc_name, alive):
    """psutil's wait loop: the exit code for a child the host started, else None once gone."""
    if pid <= 0:
        raise ValueError("can't wait for PID 0")
    interval = 0.0001
    stop_at = _timer() + timeout if timeout is not None else None
    popen = None if _JAVA_CHILDREN else _children.get(pid)
    if popen is not None and popen.returncode is not None:
        popen = None  # subprocess reaped it already: psutil's waitpid gets ECHILD
    ours = _JAVA_CHILDREN
    while True:
        if ours:
            code = _core.childExit(pid)
            if code is None:
                ours = False  # not a child of this session, or reaped already
                continue
            if int(code) != _RUNNING:
                return _negsig(int(code))
        elif popen is not None:
            rc = popen.poll()
            if rc is not None:
                code = _exit_status(popen, rc)
                popen.returncode = 0  # reaped here: the Popen's own wait() now finds nothing
                return _negsig(code)
        elif not alive():
            return None
        else:
            # a zombie child nobody else reaps: psutil's waitpid() reaps it and has its status
            code = _core.reapZombieChild(pid)
            if code is not None:
                return _negsig(int(code))
        if stop_at is not None and _timer() >= stop_at:
            raise TimeoutExpired(timeout, pid=pid, name=proc_name)
        _time.sleep(interval)
        interval = min(interval * 2, 0.04)


def _proc_error(proc, errno_name):
    """The psutil exception for a failed /proc read of a process."""
    errno_name = _str(errno_name)
    if errno_name in ('EACCES', 'EPERM'):
        return AccessDenied(proc._pid, proc._name)
    if errno_name == 'ESRCH' or errno_name == 'ENOENT':
        if not _os.path.exists('/proc/%s' % proc._pid):
            proc._gone = True
            return NoSuchProcess(proc._pid, proc._name)
        st = _core.stat(proc._pid)
        if st is not None and chr(int(st[0])) == 'Z':
            return ZombieProcess(proc._pid, proc._name, proc._ppid)
        if errno_name == 'ESRCH':
            return NoSuchProcess(proc._pid, proc._name)
    return _oserror(errno_name)


class _OneShot(object):
    """What Process.oneshot() returns: the process's /proc reads cached until the block ends."""

    def __init__(self, proc):
        self.proc = proc
        self.outer = False

    def __enter__(self):
        self.outer = self.proc._cache is not None
        if not self.outer:
            self.proc._cache = {}
        return self.proc

    def __exit__(self, *exc):
        if not self.outer:
            self.proc._cache = None
        return False


class Process(object):
    """Represents an OS process with the given PID (the current process when None)."""

    def __init__(self, pid=None):
        self._init(pid)

    def _init(self, pid, _ignore_nsp=False):
        if pid is None:
            pid = int(_core.ownPid())
        else:
            if not _PY3 and not isinstance(pid, _int_types):
                raise TypeError('pid must be an integer (got %r)' % (pid,))
            if pid < 0:
                raise ValueError('pid must be a positive integer (got %s)' % pid)
            pid = int(pid)
        self._pid = pid
        self._name = None
        self._exe = None
        self._create_time = None
        self._gone = False
        self._pid_reused = False
        self._hash = None
        self._ppid = None
        self._cache = None
        self._last_sys_cpu_times = None
        self._last_proc_cpu_times = None
        self._exitcode = _SENTINEL
        self._ident = (self.pid, None)
        try:
            self.create_time()
        except AccessDenied:
            pass
        except ZombieProcess:
            pass
        except NoSuchProcess:
            if not _ignore_nsp:
                raise NoSuchProcess(pid, msg='process PID not found')
            self._gone = True
        self._ident = (self.pid, self._create_time)

    # --- reads of /proc/PID, cached inside oneshot()

    def _read(self, what, fetch):
        cache = self._cache
        if cache is not None and what in cache:
            return cache[what]
        value = fetch(self._pid)
        if value is None:
            raise _proc_error(self, _core.lastError())
        if cache is not None:
            cache[what] = value
        return value

    def _stat(self):
        return self._read('stat', _core.stat)

    def _status(self):
        return self._read('status', _core.status)

    def __str__(self):
        info = _collections.OrderedDict()
        info['pid'] = self.pid
        if self._name:
            info['name'] = self._name
        with self.oneshot():
            try:
                info['name'] = self.name()
                info['status'] = self.status()
            except ZombieProcess:
                info['status'] = 'zombie'
            except NoSuchProcess:
                info['status'] = 'terminated'
            except AccessDenied:
                pass
            if self._exitcode not in (_SENTINEL, None):
                info['exitcode'] = self._exitcode
            if self._create_time:
                info['started'] = _time.strftime('%H:%M:%S', _time.localtime(self._create_time)) \
                    if _time.time() - self._create_time < 86400 else \
                    _time.strftime('%Y-%m-%d %H:%M:%S', _time.localtime(self._create_time))
        return '%s.%s(%s)' % (self.__class__.__module__, self.__class__.__name__,
                              ', '.join('%s=%r' % (k, v) for k, v in info.items()))

    __repr__ = __str__

    def __eq__(self, other):
        if not isinstance(other, Process):
            return NotImplemented
        return self._ident == other._ident

    def __ne__(self, other):
        return not self == other

    def __hash__(self):
        if self._hash is None:
            self._hash = hash(self._ident)
        return self._hash

    @property
    def pid(self):
        """The process PID."""
        return self._pid

    # --- utility

    def oneshot(self):
        """Context manager: attributes read inside it come from one read of each /proc file."""
        return _OneShot(self)

    def as_dict(self, attrs=None, ad_value=None):
        """The process's attributes as a dict; AccessDenied/ZombieProcess give ad_value."""
        valid = _AS_DICT_NAMES
        if attrs is not None:
            if not isinstance(attrs, (list, tuple, set, frozenset)):
                raise TypeError('invalid attrs type %s' % type(attrs))
            attrs = set(attrs)
            invalid = attrs - valid
            if invalid:
                raise ValueError('invalid attr name%s %s' % ('s' if len(invalid) > 1 else '',
                                                             ', '.join(map(repr, invalid))))
        retdict = {}
        ls = attrs or valid
        with self.oneshot():
            for name in ls:
                try:
                    if name == 'pid':
                        ret = self._pid
                    else:
                        meth = getattr(self, name)
                        ret = meth()
                except (AccessDenied, ZombieProcess):
                    ret = ad_value
                except NotImplementedError:
                    if attrs:
                        raise
                    continue
                retdict[name] = ret
        return retdict

    def parent(self):
        """The parent process as a Process, or None when it is unknown."""
        lowest = pids()
        lowest = lowest[0] if lowest else 0
        if self.pid == lowest:
            return None
        ppid = self.ppid()
        if ppid is not None:
            ctime = self.create_time()
            try:
                parent = Process(ppid)
                if parent.create_time() <= ctime:
                    return parent
            except NoSuchProcess:
                pass
        return None

    def parents(self):
        """All the ancestors, nearest first."""
        ret = []
        proc = self.parent()
        while proc is not None:
            ret.append(proc)
            proc = proc.parent()
        return ret

    def is_running(self):
        """Whether the process still runs (the same process: pid and create time match)."""
        if self._gone or self._pid_reused:
            return False
        try:
            same = self == Process(self.pid)
        except ZombieProcess:
            return True
        except NoSuchProcess:
            self._gone = True
            return False
        if not same:
            self._pid_reused = True
        return same

    # --- info

    def ppid(self):
        """The parent PID."""
        self._ppid = int(self._stat()[1])
        return self._ppid

    def name(self):
        """The process name (the whole executable name, not the kernel's 15 characters)."""
        name = self._read('name', _core.statName)
        name = _str(name)
        if len(name) >= 15:
            try:
                cmdline = self.cmdline()
            except AccessDenied:
                cmdline = []
            if cmdline:
                extended = _os.path.basename(cmdline[0])
                if extended.startswith(name):
                    name = extended
        self._name = name
        return name

    def exe(self):
        """The executable's absolute path ('' when the kernel does not say)."""
        if self._exe is None:
            value = _core.link(self._pid, 'exe')
            if value is None:
                raise _proc_error(self, _core.lastError())
            self._exe = _str(value)
        return self._exe

    def cmdline(self):
        """The command line as a list of strings."""
        return _strs(self._read('cmdline', _core.cmdline))

    def status(self):
        """The status as a STATUS_* constant."""
        return _PROC_STATUSES.get(chr(int(self._stat()[0])), '?')

    def username(self):
        """The name of the user owning the process (the real uid's)."""
        real_uid = self.uids().real
        name = _core.userName(real_uid)
        return _str(name) if name is not None else str(real_uid)

    def create_time(self):
        """The creation time in seconds since the epoch, as a float."""
        if self._create_time is None:
            ticks = int(self._stat()[9])
            self._create_time = (ticks / _CLOCK_TICKS) + boot_time()
        return self._create_time

    def cwd(self):
        """The current working directory."""
        value = _core.link(self._pid, 'cwd')
        if value is None:
            raise _proc_error(self, _core.lastError())
        return _str(value)

    def nice(self, value=None):
        """Get, or set with value, the niceness."""
        if value is None:
            return int(self._stat()[7])
        if not isinstance(value, _int_types):
            raise TypeError("'%s' object cannot be interpreted as an integer" % type(value).__name__)
        err = _core.setNice(self._pid, int(value))
        if err is not None:
            raise _proc_error(self, err)

    def uids(self):
        """Real, effective and saved user ids."""
        s = _ints(self._status())
        return puids(s[0], s[1], s[2])

    def gids(self):
        """Real, effective and saved group ids."""
        s = _ints(self._status())
        return pgids(s[3], s[4], s[5])

    def terminal(self):
        """The terminal the process is attached to, or None."""
        tty = int(self._stat()[16])
        if tty == 0:
            return None
        major, minor = (tty >> 8) & 0xfff, (tty & 0xff) | ((tty >> 12) & 0xfff00)
        for d in ('/dev/pts', '/dev'):
            try:
                for n in _os.listdir(d):
                    p = _os.path.join(d, n)
                    try:
                        st = _os.stat(p)
                    except OSError:
                        continue
                    if getattr(st, 'st_rdev', 0) and _os.major(st.st_rdev) == major \
                            and _os.minor(st.st_rdev) == minor:
                        return p
            except (OSError, AttributeError):
                pass
        return None

    def environ(self):
        """The environment variables of the process as a dict."""
        ret = {}
        for item in _strs(self._read('environ', _core.environ)):
            key, sep, value = item.partition('=')
            if sep:
                ret[key] = value
        return ret

    def num_ctx_switches(self):
        """Voluntary and involuntary context switches."""
        s = _ints(self._status())
        return pctxsw(s[6], s[7])

    def num_threads(self):
        """The number of threads."""
        return int(self._stat()[8])

    def threads(self):
        """The threads: id, user_time, system_time."""
        flat = _ints(self._read('threads', _core.threads))
        return [pthread(flat[i], flat[i + 1] / _CLOCK_TICKS, flat[i + 2] / _CLOCK_TICKS)
                for i in range(0, len(flat), 3)]

    def num_fds(self):
        """The number of file descriptors open."""
        n = _core.numFds(self._pid)
        if n < 0:
            raise _proc_error(self, _core.lastError())
        return int(n)

    def io_counters(self):
        """Read/write counts and bytes."""
        return pio(*_ints(self._read('io', _core.io)))

    def cpu_num(self):
        """The CPU the process last ran on."""
        return int(self._stat()[14])

    def cpu_times(self):
        """user, system, children_user, children_system, iowait in seconds."""
        s = _ints(self._stat())
        return pcputimes(s[2] / _CLOCK_TICKS, s[3] / _CLOCK_TICKS, s[4] / _CLOCK_TICKS,
                         s[5] / _CLOCK_TICKS, s[15] / _CLOCK_TICKS)

    def cpu_percent(self, interval=None):
        """The process CPU utilization as a percentage of one CPU (can exceed 100.0)."""
        blocking = interval is not None and interval > 0.0
        if interval is not None and interval < 0:
            raise ValueError('interval is not positive (got %r)' % interval)
        num_cpus = cpu_count() or 1

        def timer():
            return _timer() * num_cpus

        if blocking:
            st1 = timer()
            pt1 = self.cpu_times()
            _time.sleep(interval)
            st2 = timer()
            pt2 = self.cpu_times()
        else:
            st1 = self._last_sys_cpu_times
            pt1 = self._last_proc_cpu_times
            st2 = timer()
            pt2 = self.cpu_times()
            if st1 is None or pt1 is None:
                self._last_sys_cpu_times = st2
                self._last_proc_cpu_times = pt2
                return 0.0
        delta_proc = (pt2.user - pt1.user) + (pt2.system - pt1.system)
        delta_time = st2 - st1
        self._last_sys_cpu_times = st2
        self._last_proc_cpu_times = pt2
        if delta_time <= 0:
            return 0.0
        return round(((delta_proc / delta_time) * 100) * num_cpus, 1)

    def memory_info(self):
        """rss, vms, shared, text, lib, data, dirty in bytes (/proc/PID/statm)."""
        return pmem(*_ints(self._read('statm', _core.memoryInfo)))

    def memory_full_info(self):
        """memory_info() plus uss, pss and swap (from smaps)."""
        full = _ints(self._read('smaps', _core.memoryFull))
        return pfullmem(*(list(self.memory_info()) + full))

    def memory_percent(self, memtype='rss'):
        """The chosen memory figure as a percentage of total physical memory."""
        valid = list(pfullmem._fields)
        if memtype not in valid:
            raise ValueError('invalid memtype %r; valid types are %r' % (memtype, tuple(valid)))
        fun = self.memory_info if memtype in pmem._fields else self.memory_full_info
        value = getattr(fun(), memtype)
        total = _total_phymem()
        if not total > 0:
            raise ValueError("can't calculate process memory percent because total physical "
                             "system memory is not positive (%r)" % total)
        return (value / float(total)) * 100

    def memory_info_ex(self):
        _warnings.warn('memory_info_ex() is deprecated and will be removed; use memory_info() '
                       'instead', DeprecationWarning, stacklevel=2)
        return self.memory_info()

    def memory_maps(self, grouped=True):
        """The process's mapped memory regions, summed per path when grouped."""
        flat = _strs(self._read('memory_maps', _core.memoryMaps))
        maps = []
        for i in range(0, len(flat), 13):
            maps.append((flat[i], flat[i + 1], flat[i + 2]) + tuple(int(v) for v in flat[i + 3:i + 13]))
        if not grouped:
            return [pmmap_ext(*m) for m in maps]
        sums, order = {}, []
        for m in maps:
            path, nums = m[2], m[3:]
            if path in sums:
                sums[path] = [a + b for a, b in zip(sums[path], nums)]
            else:
                sums[path] = list(nums)
                order.append(path)
        return [pmmap_grouped(path, *sums[path]) for path in order]

    def cpu_affinity(self, cpus=None):
        """Get, or set with cpus (a list; [] for all), the CPUs the process may run on."""
        if cpus is None:
            got = _core.cpuAffinity(self._pid)
            if got is None:
                raise _proc_error(self, _core.lastError())
            return sorted(_ints(got))
        cpus = list(cpus)
        every = list(range(cpu_count() or 1))
        if not cpus:
            cpus = every
        for c in cpus:
            if not isinstance(c, _int_types):
                raise TypeError("'%s' object cannot be interpreted as an integer" % type(c).__name__)
            if c not in every:
                raise ValueError("invalid CPU number %r; choose between %s" % (c, every))
        err = _core.setCpuAffinity(self._pid, [int(c) for c in cpus])
        if err is not None:
            raise _proc_error(self, err)

    def ionice(self, ioclass=None, value=None):
        """Get, or set with ioclass (IOPRIO_CLASS_*) and value, the I/O priority."""
        if ioclass is None:
            if value is not None:
                raise ValueError("'ioclass' argument must be specified")
            got = _ints(self._read('ionice', _core.ionice))
            return pionice(_ioclass(got[0]), got[1])
        if ioclass in (IOPRIO_CLASS_NONE, IOPRIO_CLASS_IDLE):
            if value:
                raise ValueError("%r ioclass accepts no value" % _ioclass(ioclass))
            value = 0
        elif ioclass in (IOPRIO_CLASS_RT, IOPRIO_CLASS_BE):
            if value is None:
                value = 0  # real psutil's default, not the kernel's 4 for a process never set
            elif not 0 <= value <= 7:
                raise ValueError("value not in 0-7 range")
        err = _core.setIonice(self._pid, int(ioclass), int(value or 0))
        if err is not None:
            err = _str(err)
            if err == 'EINVAL':
                raise OSError(22, 'Invalid argument')
            raise _proc_error(self, err)

    def rlimit(self, resource, limits=None):
        """Get, or set with limits=(soft, hard), a resource limit (RLIMIT_*)."""
        if limits is not None:
            if len(limits) != 2:
                raise ValueError("second argument must be a (soft, hard) tuple, got %r" % (limits,))
            soft, hard = limits
            for v in (soft, hard):
                if not isinstance(v, _int_types):
                    raise TypeError("'%s' object cannot be interpreted as an integer" % type(v).__name__)
            new = [soft if soft >= 0 else -1, hard if hard >= 0 else -1]
        else:
            new = None
        got = _core.rlimit(self._pid, int(resource), new)
        if got is None:
            err = _str(_core.lastError())
            if err == 'EINVAL':
                raise ValueError('invalid resource specified')
            raise _proc_error(self, err)
        if limits is None:
            return tuple(v if v >= 0 else RLIM_INFINITY for v in _ints(got))

    def open_files(self):
        """Regular files open: path, fd, position, mode, flags."""
        flat = _strs(self._read('open_files', _core.openFiles))
        ret = []
        for i in range(0, len(flat), 4):
            path, fd, pos, flags = flat[i], int(flat[i + 1]), int(flat[i + 2]), int(flat[i + 3])
            ret.append(popenfile(path, fd, pos, _file_mode(flags), flags))
        return ret

    def connections(self, kind='inet'):
        """The process's sockets: fd, family, type, laddr, raddr, status."""
        socks = _sockets(kind)
        held = _strs(self._read('sockets', _core.socketInodes))
        ret = []
        for i in range(0, len(held), 2):
            fd, inode = int(held[i]), held[i + 1]
            for family, stype, laddr, raddr, status in socks.get(inode, ()):
                ret.append(pconn(fd, family, stype, laddr, raddr, status))
        return ret

    def children(self, recursive=False):
        """The children as Process objects (all descendants with recursive=True)."""
        self._raise_if_gone()
        flat = _ints(_check(_core.ppidMap(), '/proc'))
        by_parent = {}
        for i in range(0, len(flat), 2):
            by_parent.setdefault(flat[i + 1], []).append(flat[i])
        ret = []
        if not recursive:
            todo = by_parent.get(self.pid, [])
        else:
            todo, seen, stack = [], set(), [self.pid]
            while stack:
                pid = stack.pop(0)
                if pid in seen:
                    continue
                seen.add(pid)
                for child in by_parent.get(pid, []):
                    todo.append(child)
                    stack.append(child)
        for pid in todo:
            try:
                child = Process(pid)
                if self.create_time() <= child.create_time():
                    ret.append(child)
            except (NoSuchProcess, ZombieProcess):
                pass
        return ret

    # --- actions

    def _raise_if_gone(self):
        if not self.is_running():
            if self._pid_reused:
                raise NoSuchProcess(self.pid, self._name,
                                    msg='process no longer exists and its PID has been reused')
            raise NoSuchProcess(self.pid, self._name)

    def _send_signal(self, sig):
        if self.pid == 0:
            raise ValueError('preventing sending signal to process with PID 0 as it would affect '
                             'every process in the process group of the calling process '
                             '(os.getpid()) instead of PID 0')
        err = _core.sendSignal(self.pid, int(sig))
        if err is None:
            return
        err = _str(err)
        if err == 'ESRCH':
            self._gone = True
            raise NoSuchProcess(self.pid, self._name)
        if err in ('EPERM', 'EACCES'):
            raise AccessDenied(self.pid, self._name)
        raise _oserror(err)

    def send_signal(self, sig):
        """Send a signal (an int from the signal module)."""
        self._raise_if_gone()
        self._send_signal(sig)

    def suspend(self):
        """Suspend execution (SIGSTOP)."""
        self._raise_if_gone()
        self._send_signal(_signal.SIGSTOP)

    def resume(self):
        """Resume execution (SIGCONT)."""
        self._raise_if_gone()
        self._send_signal(_signal.SIGCONT)

    def terminate(self):
        """Terminate the process (SIGTERM)."""
        self._raise_if_gone()
        self._send_signal(_signal.SIGTERM)

    def kill(self):
        """Kill the process (SIGKILL)."""
        self._raise_if_gone()
        self._send_signal(_signal.SIGKILL)

    def wait(self, timeout=None):
        """Wait for the process to end: its exit code if the host started it, else None."""
        if timeout is not None and not timeout >= 0:
            raise ValueError('timeout must be a positive integer')
        if self._exitcode is not _SENTINEL:
            return self._exitcode
        self._exitcode = _wait_pid(self.pid, timeout, self._name, self._alive)
        return self._exitcode

    def _alive(self):
        if not _core.pidExists(self.pid):
            return False
        if self._create_time is None:
            return True
        ticks = _core.startTicks(self.pid)
        return ticks < 0 or (ticks / _CLOCK_TICKS) + boot_time() == self._create_time

    # --- psutil 1.x names, deprecated in 2.0

    def _deprecated(old, new):
        def method(self, *args, **kwargs):
            _warnings.warn('%s() is deprecated; use %s() instead' % (old, new),
                           category=DeprecationWarning, stacklevel=2)
            return getattr(self, new)(*args, **kwargs)
        method.__name__ = old
        return method

    get_children = _deprecated('get_children', 'children')
    get_memory_info = _deprecated('get_memory_info', 'memory_info')
    get_cpu_percent = _deprecated('get_cpu_percent', 'cpu_percent')
    get_cpu_times = _deprecated('get_cpu_times', 'cpu_times')
    get_open_files = _deprecated('get_open_files', 'open_files')
    get_connections = _deprecated('get_connections', 'connections')
    get_memory_percent = _deprecated('get_memory_percent', 'memory_percent')
    get_num_threads = _deprecated('get_num_threads', 'num_threads')
    get_threads = _deprecated('get_threads', 'threads')
    getcwd = _deprecated('getcwd', 'cwd')
    get_nice = _deprecated('get_nice', 'nice')
    del _deprecated

    def set_nice(self, value):
        _warnings.warn('set_nice() is deprecated; use nice(value) instead',
                       category=DeprecationWarning, stacklevel=2)
        return self.nice(value)


Process.__module__ = 'psutil'

_AS_DICT_NAMES = set(
    n for n in dir(Process)
    if not n.startswith('_') and n not in (
        'send_signal', 'suspend', 'resume', 'terminate', 'kill', 'wait', 'is_running',
        'as_dict', 'parent', 'parents', 'children', 'rlimit', 'memory_info_ex', 'oneshot',
        'memory_maps') and not n.startswith(('get_', 'set_')) and n != 'getcwd')


def _file_mode(flags):
    acc = flags & 3
    append = flags & 0o2000
    if acc == 0:
        return 'r'
    if acc == 1:
        return 'a' if append else 'w'
    return 'a+' if append else 'r+'


_TOTAL_PHYMEM = []


def _total_phymem():
    if not _TOTAL_PHYMEM:
        _TOTAL_PHYMEM.append(virtual_memory().total)
    return _TOTAL_PHYMEM[0]


def _ioclass(n):
    if _PY3:
        try:
            return IOPriority(n)
        except ValueError:
            pass
    return n


class Popen(Process):
    """subprocess.Popen and psutil.Process in one object."""

    def __init__(self, *args, **kwargs):
        import subprocess
        _track_subprocess()
        self.__subproc = subprocess.Popen(*args, **kwargs)
        self._init(self.__subproc.pid, _ignore_nsp=True)

    def __dir__(self):
        return sorted(set(dir(Popen) + dir(self.__subproc)))

    def __enter__(self):
        if hasattr(self.__subproc, '__enter__'):
            self.__subproc.__enter__()
        return self

    def __exit__(self, *args, **kwargs):
        if hasattr(self.__subproc, '__exit__'):
            return self.__subproc.__exit__(*args, **kwargs)
        for f in (self.stdout, self.stderr, self.stdin):
            if f:
                f.close()
        self.wait()

    def __getattribute__(self, name):
        try:
            return object.__getattribute__(self, name)
        except AttributeError:
            try:
                return object.__getattribute__(self.__subproc, name)
            except AttributeError:
                raise AttributeError("%s instance has no attribute '%s'"
                                     % (self.__class__.__name__, name))

    def wait(self, timeout=None):
        if self.__subproc.returncode is not None:
            return self.__subproc.returncode
        ret = super(Popen, self).wait(timeout)
        self.__subproc.returncode = ret
        return ret


Popen.__module__ = 'psutil'

_pmap = {}
_pmap_lock = _threading.Lock()


def process_iter(attrs=None, ad_value=None):
    """Every running process as a Process, sorted by PID; cached between calls (PID reuse checked).

    With attrs, each gets an `info` dict as as_dict(attrs, ad_value) returns it."""
    def add(pid):
        proc = Process(pid)
        if attrs is not None:
            proc.info = proc.as_dict(attrs=attrs, ad_value=ad_value)
        with _pmap_lock:
            _pmap[proc.pid] = proc
        return proc

    def remove(pid):
        with _pmap_lock:
            _pmap.pop(pid, None)

    with _pmap_lock:
        pmap = _pmap.copy()
    a = set(pids())
    b = set(pmap.keys())
    for pid in b - a:
        remove(pid)
    entries = sorted(list(pmap.items()) + [(pid, None) for pid in a - b], key=lambda x: x[0])
    for pid, proc in entries:
        try:
            if proc is None:
                yield add(pid)
            elif proc.is_running():
                if attrs is not None:
                    proc.info = proc.as_dict(attrs=attrs, ad_value=ad_value)
                yield proc
            else:
                yield add(pid)
        except NoSuchProcess:
            remove(pid)
        except AccessDenied:
            if proc is None and pid in pmap:
                try:
                    yield pmap[pid]
                except KeyError:
                    pass
            else:
                raise


process_iter.cache_clear = lambda: _pmap.clear()


def wait_procs(procs, timeout=None, callback=None):
    """Wait for several processes: returns (gone, alive); gone ones get a `returncode`."""
    def check_gone(proc, timeout):
        try:
            returncode = proc.wait(timeout=timeout)
        except TimeoutExpired:
            pass
        else:
            if returncode is not None or not proc.is_running():
                proc.returncode = returncode
                gone.add(proc)
                if callback is not None:
                    callback(proc)

    if timeout is not None and not timeout >= 0:
        raise ValueError('timeout must be a positive integer, got %s' % timeout)
    gone = set()
    alive = set(procs)
    if callback is not None and not callable(callback):
        raise TypeError('callback %r is not a callable' % callback)
    if timeout is not None:
        deadline = _timer() + timeout
    while alive:
        if timeout is not None and timeout <= 0:
            break
        for proc in alive:
            max_timeout = 1.0 / len(alive)
            if timeout is not None:
                timeout = min((deadline - _timer()), max_timeout)
                if timeout <= 0:
                    break
                check_gone(proc, timeout)
            else:
                check_gone(proc, max_timeout)
        alive = alive - gone
    if alive:
        for proc in alive:
            check_gone(proc, 0)
        alive = alive - gone
    return (list(gone), list(alive))


def test():
    """List the processes as psutil's own test() does (a short `ps`)."""
    templ = '%-10s %5s %5s %7s %7s %5s %6s %6s %6s  %s'
    print(templ % ('USER', 'PID', '%MEM', 'VSZ', 'RSS', 'NICE', 'STATUS', 'START', 'TIME', 'CMDLINE'))
    for p in process_iter(['username', 'nice', 'memory_info', 'memory_percent', 'cpu_times',
                           'create_time', 'status', 'name', 'cmdline']):
        info = p.info
        mem = info['memory_info']
        print(templ % ((info['username'] or '')[:10], p.pid,
                       round(info['memory_percent'] or 0, 1),
                       (mem.vms // 1024) if mem else '', (mem.rss // 1024) if mem else '',
                       info['nice'] if info['nice'] is not None else '',
                       (info['status'] or '')[:6],
                       _time.strftime('%H:%M', _time.localtime(info['create_time'] or 0)),
                       '%d:%02d' % divmod(int(sum((info['cpu_times'] or (0, 0))[:2])), 60),
                       ' '.join(info['cmdline'] or []) or info['name']))

# ------------------------------------------------------------------------------------ legacy names
# psutil 1.x names old scripts still call; psutil 2.x kept them with a DeprecationWarning.


def _legacy(old, new, fun):
    def legacy(*args, **kwargs):
        _warnings.warn('%s() is deprecated; use %s() instead' % (old, new),
                       category=DeprecationWarning, stacklevel=2)
        return fun(*args, **kwargs)
    legacy.__name__ = old
    return legacy


get_pid_list = _legacy('get_pid_list', 'pids', pids)
get_process_list = _legacy('get_process_list', 'process_iter', lambda: list(process_iter()))
phymem_usage = _legacy('phymem_usage', 'virtual_memory', virtual_memory)
virtmem_usage = _legacy('virtmem_usage', 'swap_memory', swap_memory)
avail_phymem = _legacy('avail_phymem', 'virtual_memory', lambda: virtual_memory().free)
used_phymem = _legacy('used_phymem', 'virtual_memory', lambda: virtual_memory().used)
avail_virtmem = _legacy('avail_virtmem', 'swap_memory', lambda: swap_memory().free)
used_virtmem = _legacy('used_virtmem', 'swap_memory', lambda: swap_memory().used)
total_virtmem = _legacy('total_virtmem', 'swap_memory', lambda: swap_memory().total)
cached_phymem = _legacy('cached_phymem', 'virtual_memory', lambda: virtual_memory().cached)
phymem_buffers = _legacy('phymem_buffers', 'virtual_memory', lambda: virtual_memory().buffers)
network_io_counters = _legacy('network_io_counters', 'net_io_counters', net_io_counters)
get_users = _legacy('get_users', 'users', users)
get_boot_time = _legacy('get_boot_time', 'boot_time', boot_time)

_LEGACY_CONSTANTS = {
    'NUM_CPUS': ('cpu_count', cpu_count),
    'TOTAL_PHYMEM': ('virtual_memory', lambda: virtual_memory().total),
    'BOOT_TIME': ('boot_time', boot_time),
}

# ------------------------------------------------------------------------------------ export

_PUBLIC = [k for k in list(globals()) if not k.startswith('_')]
for _k in _PUBLIC:
    setattr(_target, _k, globals()[_k])
# the private names of real psutil's module that code outside it uses (its own tests among them)
for _k in ('_pmap', '_timer', '_TOTAL_PHYMEM', '_last_cpu_times', '_last_per_cpu_times',
           '_cpu_tot_time', '_cpu_busy_time',
           '_cpu_times_deltas', '_wrap_numbers', '_Sentinel', '_SENTINEL'):
    setattr(_target, _k, globals()[_k])
for _f in list(globals().values()):
    if getattr(_f, '__module__', None) == __name__:
        try:
            _f.__module__ = 'psutil'
        except (AttributeError, TypeError):
            pass
_target.__all__ = sorted(k for k in _PUBLIC if not k.startswith(('get_', 'avail_', 'used_',
                                                                  'phymem', 'virtmem', 'network_',
                                                                  'cached_', 'total_'))
                         and k != 'test') + ['__version__']
_target.__version__ = __version__
if _PY3:
    def _module_getattr(name):
        if name in _LEGACY_CONSTANTS:
            new, fun = _LEGACY_CONSTANTS[name]
            _warnings.warn('%s is deprecated; use %s() instead' % (name, new),
                           category=DeprecationWarning, stacklevel=2)
            return fun()
        raise AttributeError("module 'psutil' has no attribute '%s'" % name)
    _target.__getattr__ = _module_getattr
else:
    # Python 2 modules cannot compute attributes on access: the values as of import
    for _k, (_new, _fun) in _LEGACY_CONSTANTS.items():
        setattr(_target, _k, _fun())


def _submodules():
    """psutil._common and psutil._pslinux, holding the types real psutil defines there (its
    namedtuples and enums): pickle finds a type through its module, so a psutil result could
    not be pickled -- nor go through a multiprocessing Queue or back from a Pool -- without them.
    Where such a module is already loaded (real psutil's pure-Python one, say), the types are
    added to it."""
    import types
    for value in list(globals().values()):
        name = getattr(value, '__module__', None)
        if not isinstance(value, type) or name not in ('psutil._common', 'psutil._pslinux'):
            continue
        module = _sys.modules.get(name)
        if module is None:
            module = _sys.modules[name] = types.ModuleType(name)
            setattr(_target, name.split('.')[1], module)
        setattr(module, value.__name__, value)



def _posix_module():
    """psutil._psutil_posix, real psutil's C extension for POSIX: of it, getpagesize(), which code
    outside psutil imports from there (real psutil's test_posix does)."""
    import types
    name = 'psutil._psutil_posix'
    module = _sys.modules.get(name)
    if module is None:
        module = _sys.modules[name] = types.ModuleType(name)
        _target._psutil_posix = module

    def getpagesize():
        """The system's memory page size in bytes."""
        return int(_core.pageSize())

    getpagesize.__module__ = name
    module.getpagesize = getpagesize


def _patchable():
    """Real psutil's functions find psutil.Process, psutil.cpu_count and the like in their module
    when called, so what is set there (mock.patch('psutil.Process', ...) in a test) is what they
    call. The glue's functions read their own namespace: the module hands each name set on it
    that the glue has to that namespace too. Python 2 modules take no class of their own."""
    import types
    glue = globals()

    class PsutilModule(types.ModuleType):
        def __setattr__(self, name, value):
            types.ModuleType.__setattr__(self, name, value)
            if name in glue and not name.startswith('__'):
                glue[name] = value

    try:
        _target.__class__ = PsutilModule
    except TypeError:
        pass


_submodules()
_posix_module()
if _PY3:
    _patchable()
