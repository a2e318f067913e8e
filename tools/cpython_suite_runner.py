# Runs one module of CPython's own test suite under pyhost and records each test's outcome.
#   pyhost cpython_suite_runner.py LIBDIR MODULE RESULTS
# LIBDIR is a CPython's lib/pythonX.Y; only its test package is put on sys.path (the engine's own
# standard library stays the one under test). RESULTS gets one line per event, flushed at once so
# that a run killed by a timeout still says which test was running:
#   START id | PASS id | FAIL id | ERROR id | SKIP id | XFAIL id | XPASS id | IMPORT-ERROR module | END
# Runs on Python 2.7 (Jython) and 3.12 (GraalPy). Its work is under `if __name__ == '__main__'`:
# a child process of multiprocessing loads this script again as __mp_main__ (spawn does, and
# pyhost's children do on both engines), which must not truncate RESULTS and run the suite again.
import os
import sys
import tempfile
import traceback
import unittest

out = None


def record(status, name, detail=None):
    out.write('%s %s\n' % (status, name))
    if detail:
        for line in detail.rstrip('\n').split('\n'):
            out.write('    | %s\n' % line)
    out.flush()


class RecordingResult(unittest.TextTestResult):
    def startTest(self, test):
        record('START', test.id())
        super(RecordingResult, self).startTest(test)

    def addSuccess(self, test):
        record('PASS', test.id())
        super(RecordingResult, self).addSuccess(test)

    def addFailure(self, test, err):
        record('FAIL', test.id(), self._exc_info_to_string(err, test))
        super(RecordingResult, self).addFailure(test, err)

    def addError(self, test, err):
        record('ERROR', test.id(), self._exc_info_to_string(err, test))
        super(RecordingResult, self).addError(test, err)

    def addSubTest(self, test, subtest, err):
        # a failing subtest fails its test, which then gets neither addSuccess nor addFailure
        if err is not None:
            status = 'FAIL' if issubclass(err[0], test.failureException) else 'ERROR'
            record(status, test.id(), '%s\n%s' % (subtest.id(), self._exc_info_to_string(err, test)))
        super(RecordingResult, self).addSubTest(test, subtest, err)

    def addSkip(self, test, reason):
        record('SKIP', test.id())
        super(RecordingResult, self).addSkip(test, reason)

    def addExpectedFailure(self, test, err):
        record('XFAIL', test.id())
        super(RecordingResult, self).addExpectedFailure(test, err)

    def addUnexpectedSuccess(self, test):
        record('XPASS', test.id())
        super(RecordingResult, self).addUnexpectedSuccess(test)


def run(suite):
    runner = unittest.TextTestRunner(stream=sys.stderr, verbosity=1, resultclass=RecordingResult)
    return runner.run(suite)


def main():
    global out
    libdir, module, results = sys.argv[1:4]
    out = open(results, 'w')
    # Only the test package of that CPython, through a folder of its own.
    folder = tempfile.mkdtemp(prefix='pyhost-suite-')
    os.symlink(os.path.join(libdir, 'test'), os.path.join(folder, 'test'))
    sys.path.insert(0, folder)

    try:
        mod = __import__('test.' + module, fromlist=['*'])
    except Exception:
        record('IMPORT-ERROR', module, traceback.format_exc())
        sys.exit(1)

    if sys.version_info[0] == 2 and hasattr(mod, 'test_main'):
        # Python 2 suites choose their test classes in test_main(), through test_support.run_unittest
        from test import test_support
        test_support._run_suite = run
        try:
            mod.test_main()
        except test_support.TestFailed:
            pass
    else:
        run(unittest.defaultTestLoader.loadTestsFromModule(mod))
    record('END', module)
    out.close()
    sys.stdout.flush()
    sys.stderr.flush()
    os._exit(0)  # threads a test left behind must not keep the run alive


if __name__ == '__main__':
    main()
