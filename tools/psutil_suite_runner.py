# Runs one module of real psutil's own test suite (psutil/tests) against pyhost's psutil and
# records each test's outcome as tools/cpython_suite_runner.py does.
#   pyhost psutil_suite_runner.py PSUTIL_PACKAGE_DIR MODULE RESULTS
# PSUTIL_PACKAGE_DIR is a real psutil's package folder (Debian's python3-psutil:
# /usr/lib/python3/dist-packages/psutil). Only its pure-Python parts are used -- its tests and
# their utilities (psutil.tests, psutil._common, psutil._compat), found through psutil.__path__;
# the psutil under test stays pyhost's. A test that mocks psutil's private platform modules
# (_psplatform, _psutil_posix) has nothing to mock under pyhost and fails.
import os
import sys
import traceback
import unittest

sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
import cpython_suite_runner as recorder  # noqa: E402
import psutil  # noqa: E402

# at module level: a multiprocessing child loads this script as __mp_main__ and needs it too
psutil.__path__ = [sys.argv[1]]
# the tests import psutil._common's helpers: the real module, with pyhost's types in it (pickle
# finds a psutil result's type there); psutil._pslinux needs real psutil's C extension: pyhost's
for _name in ('psutil._common',):
    _ours = sys.modules.pop(_name, None)
    _real = __import__(_name, fromlist=['*'])
    for _k, _v in vars(_ours or _real).items():
        if isinstance(_v, type):
            setattr(_real, _k, _v)


def main():
    module, results = sys.argv[2:4]
    recorder.out = open(results, 'w')
    try:
        mod = __import__('psutil.tests.' + module, fromlist=['*'])
    except Exception:
        recorder.record('IMPORT-ERROR', module, traceback.format_exc())
        sys.exit(1)
    recorder.run(unittest.defaultTestLoader.loadTestsFromModule(mod))
    recorder.record('END', module)
    recorder.out.close()
    sys.stdout.flush()
    sys.stderr.flush()
    os._exit(0)  # threads and children a test left behind must not keep the run alive


if __name__ == '__main__':
    main()
