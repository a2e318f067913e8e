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
import psutil_suite_setup  # noqa: E402,F401  (psutil.__path__ and psutil._common, also in a child)


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
