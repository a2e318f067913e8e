package dev.pyhost.shimtests.traceback;

import dev.pyhost.shimtests.ShimContract;
import org.junit.jupiter.api.Test;

/**
 * Tracebacks and stacks the traceback module gives (print_exc, extract_tb, print_stack, logging's
 * exception()) show no frame of pyhost's own code, as CPython's show none of its C functions, and
 * a limit counts the frames shown.
 */
abstract class OwnFramesHiddenContract extends ShimContract {

    @Test
    void tracebacksAndStacksShowTheScriptsFramesOnlyAsUnderCPython() {
        assertSameAsCPython("""
                from __future__ import print_function
                import logging, os, sys, traceback
                def names(entries):
                    return [e[2] for e in entries]
                def shown(text):  # the functions of the File lines, which do not depend on paths
                    return [l.split(', in ')[-1] for l in text.splitlines() if l.startswith('  File')]
                def fail_in_os():
                    os.listdir('/nonexistent/pyhost-frames')
                def fail_in_open():
                    open('/nonexistent/pyhost-frames')
                for f in (fail_in_os, fail_in_open):
                    try:
                        f()
                    except EnvironmentError:
                        tb = sys.exc_info()[2]
                        print(names(traceback.extract_tb(tb)), names(traceback.extract_tb(tb, 1)))
                        print(shown(traceback.format_exc()))
                def depth(n):
                    if n:
                        return depth(n - 1)
                    return names(traceback.extract_stack()), names(traceback.extract_stack(limit=2)), \\
                        shown(''.join(traceback.format_stack()))
                whole, two, formatted = depth(2)
                print(whole[-4:], two, formatted[-4:])
                class Lines(logging.Handler):
                    def emit(self, record):
                        print(shown(self.format(record)))
                log = logging.getLogger('frames')
                log.addHandler(Lines())
                log.propagate = False
                try:
                    fail_in_open()
                except IOError:
                    log.exception('failed')
                """);
    }
}
