# Points psutil.__path__ at a real psutil's package folder (sys.argv[1] of the runner, or
# PYHOST_PSUTIL_PACKAGE) so that psutil.tests and the real psutil._common load, with pyhost's types
# put in the latter (pickle finds a psutil result's type there; psutil._pslinux needs real
# psutil's C extension, pyhost's stays). A module of its own, imported by psutil_suite_runner.py:
# a multiprocessing child rebuilds the runner's __main__ from its definitions and imports only,
# and needs this done too (a Pool in test_contracts imports psutil.tests in its workers).
import os
import sys

import psutil

_package = os.environ.get('PYHOST_PSUTIL_PACKAGE') or '/usr/lib/python3/dist-packages/psutil'
if len(sys.argv) > 1 and os.path.isdir(os.path.join(sys.argv[1], 'tests')):
    _package = sys.argv[1]
psutil.__path__ = [_package]
for _name in ('psutil._common',):
    _ours = sys.modules.pop(_name, None)
    _real = __import__(_name, fromlist=['*'])
    for _k, _v in vars(_ours or _real).items():
        if isinstance(_v, type):
            setattr(_real, _k, _v)
