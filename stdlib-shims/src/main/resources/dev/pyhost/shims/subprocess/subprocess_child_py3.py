# subprocess overlay for Python 3, part prepended to subprocess_py3.py: what Popen's child gets
# besides its program and streams (pass_fds, process_group), checked as CPython's _posixsubprocess
# checks them, for the Java core's dev.pyhost.shims.os.ChildSetup.
import operator as _operator


def _passed_fds(pass_fds):
    """pass_fds as (the system's descriptors, the numbers the child keeps them at)."""
    # CPython hands sorted(map(int, {*pass_fds, errpipe_write})) to fork_exec, which refuses a
    # negative number; the child fails with EBADF on one that is not open
    keep = sorted(map(int, set(pass_fds)))
    if keep and (keep[0] < 0 or keep[-1] > 0x7fffffff):
        raise ValueError("bad value(s) in fds_to_keep")
    real, numbers = [], []
    for fd in keep:
        if fd < 3:
            continue  # the child's standard streams are set up after these, as under CPython
        r = int(_core.realFd(fd))
        if r < 0:
            raise OSError(9, _os.strerror(9), None)  # as CPython reports its child's EBADF
        real.append(r)
        numbers.append(fd)
    return real, numbers


def _process_group(process_group):
    """process_group as the child's setpgid argument; -1 for none."""
    if process_group is None:
        return -1
    pgid = _operator.index(process_group)
    if pgid > 0x7fffffff:
        raise OverflowError("signed integer is greater than maximum")
    if pgid < -0x80000000:
        raise OverflowError("signed integer is less than minimum")
    return max(pgid, -1)
