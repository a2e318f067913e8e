# Run as an unprivileged user: what psutil answers about pid 1 (another user's process), per
# attribute and action, with the exception's repr and str where it refuses.
from __future__ import print_function
import os
import psutil
p = psutil.Process(1)
for name in ["environ", "cwd", "exe", "open_files", "num_fds", "memory_maps", "io_counters",
             "cmdline", "name", "status", "username", "memory_info", "connections", "num_threads",
             "cpu_affinity", "ionice", "uids", "threads", "memory_full_info", "num_ctx_switches", "rlimit"]:
    try:
        args = (psutil.RLIMIT_NOFILE,) if name == "rlimit" else ()
        r = getattr(p, name)(*args)
        print(name, "ok", type(r).__name__)
    except Exception as e:
        print(name, repr(e), "|", str(e))
for action in ("kill", "terminate", "suspend"):
    try:
        getattr(p, action)()
    except Exception as e:
        print(action, repr(e), "|", str(e))
try:
    p.nice(5)
except Exception as e:
    print("nice", repr(e), "|", str(e))
q = psutil.Process(1)
try:
    q.environ()
except psutil.AccessDenied as e:
    print("fresh", e.pid, e.name, e.msg, isinstance(e, psutil.Error))
print(sorted(d.info['pid'] for d in psutil.process_iter(['pid']) if d.info['pid'] == 1))
print([d.info['exe'] for d in psutil.process_iter(['exe'], ad_value='DENIED') if d.pid == 1])
