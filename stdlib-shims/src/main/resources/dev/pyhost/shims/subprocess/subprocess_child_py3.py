# subprocess overlay for Python 3, part prepended to subprocess_py3.py: what Popen's child gets
# besides its program and streams (pass_fds, process_group, user and groups), checked as CPython
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


def _from_file(path, name, what):
    """The id field of name's line in /etc/passwd or /etc/group; KeyError as CPython's getXXnam."""
    try:
        with open(path, encoding='utf-8', errors='surrogateescape') as f:
            for line in f:
                fields = line.rstrip('\n').split(':')
                if len(fields) >= 3 and fields[0] == name:
                    return int(fields[2])
    except OSError:
        pass
    raise KeyError("%s(): name not found: %r" % (what, name))


def _user_id(name):
    """pwd.getpwnam(name).pw_uid; GraalPy's Java backend knows only the current user."""
    try:
        import pwd
        return pwd.getpwnam(name).pw_uid
    except KeyError:
        raise
    except Exception:
        return _from_file('/etc/passwd', name, 'getpwnam')


def _group_id(name):
    """grp.getgrnam(name).gr_gid; GraalPy has no grp module."""
    try:
        import grp
    except ImportError:
        return _from_file('/etc/group', name, 'getgrnam')
    return grp.getgrnam(name).gr_gid


def _own_ids():
    """This process's (real uid, effective uid, real gid, effective gid, supplementary groups)."""
    ids = _core.ownIds()
    if ids is None:
        raise RuntimeError("user, group and extra_groups need /proc/self/status")
    ids = [int(i) for i in ids]
    return ids[0], ids[1], ids[2], ids[3], ids[4:]


def _child_ids(user, group, extra_groups):
    """Checks user, group and extra_groups as CPython's Popen does.

    posix_spawn cannot change a child's ids, so a child runs only where CPython's setgroups(2),
    setregid(2) and setreuid(2) would change nothing; where they would fail (unprivileged,
    other ids) this fails as CPython reports it; what only a privileged process can do raises."""
    if user is None and group is None and extra_groups is None:
        return
    gid = None
    if group is not None:
        if isinstance(group, str):
            gid = _group_id(group)
        elif isinstance(group, int):
            gid = group
        else:
            raise TypeError("Group must be a string or an integer, not {}".format(type(group)))
        if gid < 0:
            raise ValueError(f"Group ID cannot be negative, got {gid}")
    gids = None
    if extra_groups is not None:
        if isinstance(extra_groups, str):
            raise ValueError("Groups must be a list, not a string")
        gids = []
        for extra_group in extra_groups:
            if isinstance(extra_group, str):
                gids.append(_group_id(extra_group))
            elif isinstance(extra_group, int):
                gids.append(extra_group)
            else:
                raise TypeError("Items in extra_groups must be a string "
                                "or integer, not {}".format(type(extra_group)))
        for gid_check in gids:
            if gid_check < 0:
                raise ValueError(f"Group ID cannot be negative, got {gid_check}")
    uid = None
    if user is not None:
        if isinstance(user, str):
            uid = _user_id(user)
        elif isinstance(user, int):
            uid = user
        else:
            raise TypeError("User must be a string or an integer")
        if uid < 0:
            raise ValueError(f"User ID cannot be negative, got {uid}")
    # as CPython's fork_exec converts them to gid_t and uid_t
    if gids is not None and any(g > 0xffffffff for g in gids):
        raise ValueError("invalid group id")
    if gid is not None and gid > 0xffffffff:
        raise OverflowError("gid is less than minimum")
    if uid is not None and uid > 0xffffffff:
        raise OverflowError("uid is less than minimum")
    ruid, euid, rgid, egid, groups = _own_ids()
    unchanged = ((gids is None or sorted(set(gids)) == sorted(set(groups)))
                 and (gid is None or gid == rgid == egid)
                 and (uid is None or uid == ruid == euid))
    privileged = euid == 0
    if unchanged and (gids is None or privileged):
        return
    if not privileged:
        raise OSError(1, _os.strerror(1), None)  # the child's setgroups/setregid/setreuid: EPERM
    raise RuntimeError("user, group and extra_groups that change the child's ids are not supported "
                       "by pyhost's subprocess (posix_spawn cannot set them)")
