# os.getloadavg: three floats in the C library's fixed point (multiples of 1/65536), close to
# what /proc/loadavg shows with two decimals (Python 2 and 3)
import os
loads = os.getloadavg()
shown = [float(f) for f in open('/proc/loadavg').read().split()[:3]]
print(type(loads).__name__, len(loads), [type(x).__name__ for x in loads])
print([x * 65536 == int(x * 65536) for x in loads])
print([abs(a - b) < 0.06 for a, b in zip(loads, shown)])
