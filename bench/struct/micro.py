# struct's per-call cost in the loops binary parsers run: a pack and an unpack of a standard
# format through the module functions, and of a native record through a Struct. Runs unchanged
# under CPython 2.7 and pyhost (Jython); prints NAME MEDIAN_MICROSECONDS per pair (median over
# rounds, after a warm-up for the JIT).
import struct
import sys
import time

rounds = int(sys.argv[1]) if len(sys.argv) > 1 else 7
calls = int(sys.argv[2]) if len(sys.argv) > 2 else 50000


def module_functions(n):
    pack, unpack = struct.pack, struct.unpack
    for i in range(n):
        unpack('<hiq', pack('<hiq', 1, i, 3))


record = struct.Struct('hhllhh')


def compiled_struct(n):
    for i in range(n):
        record.unpack(record.pack(1, 2, i, 4, 5, 6))


for name, fn in (('pack+unpack <hiq', module_functions), ('Struct hhllhh', compiled_struct)):
    fn(calls)  # warm-up
    samples = []
    for _ in range(rounds):
        t = time.time()
        fn(calls)
        samples.append((time.time() - t) * 1e6 / calls)
    samples.sort()
    print('%s %.2f' % (name, samples[len(samples) // 2]))
