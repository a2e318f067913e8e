package dev.pyhost.shimtests.resource;

import dev.pyhost.shimtests.ShimContract;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * {@code resource} as CPython's of the same major version: the process's real limits (CPython
 * here is a child of the test's JVM and inherits them), usage as a struct_rusage, and CPython's
 * errors.
 */
abstract class ResourceContract extends ShimContract {
    private static final String PRELUDE = """
            from __future__ import print_function
            import resource, sys
            def attempt(call):
                try:
                    print('ok', call())
                except Exception as e:
                    print(type(e).__name__, e)
            """;

    @Test
    void limitsUsageAndErrorsMatchCPython() {
        assertSameAsCPython(PRELUDE + """
                soft, hard = resource.getrlimit(resource.RLIMIT_NOFILE)
                print(soft, hard, resource.getrlimit(resource.RLIMIT_CPU), resource.RLIM_INFINITY)
                print(resource.getrlimit(resource.RLIMIT_STACK) == resource.getrlimit(3))
                resource.setrlimit(resource.RLIMIT_NOFILE, (soft, hard))
                r = resource.getrusage(resource.RUSAGE_SELF)
                print(type(r).__name__, len(r), r.ru_maxrss > 0, isinstance(r.ru_utime, float), r[2] == r.ru_maxrss)
                print(repr(r).startswith('resource.struct_rusage(ru_utime='))
                c = resource.getrusage(resource.RUSAGE_CHILDREN)
                print(len(c), resource.getpagesize())
                attempt(lambda: resource.getrlimit(99))
                attempt(lambda: resource.getrlimit(-1))
                attempt(lambda: resource.setrlimit(resource.RLIMIT_NOFILE, (hard + 10, hard + 10)))
                attempt(lambda: resource.setrlimit(resource.RLIMIT_NOFILE, (hard + 1, hard)))
                attempt(lambda: resource.setrlimit(resource.RLIMIT_NOFILE, (1,)))
                attempt(lambda: resource.getrusage(5))
                attempt(lambda: resource.getrlimit(1.5))
                print(issubclass(resource.error, Exception), sorted(k for k in dir(resource) if k.startswith('RUSAGE_')))
                """);
    }

    /** Where the process is shared (as this suite's host is), a run may not lower the others' limits. */
    @Test
    void aRunSharingItsProcessMayRaiseLimitsButNotLowerThem() {
        String out = py(PRELUDE + """
                soft, hard = resource.getrlimit(resource.RLIMIT_NOFILE)
                attempt(lambda: resource.setrlimit(resource.RLIMIT_NOFILE, (soft // 2, hard)))
                print(resource.getrlimit(resource.RLIMIT_NOFILE) == (soft, hard))
                """);
        assertThat(out).isEqualTo("ValueError not allowed to lower a limit this process shares with other runs\nTrue\n");
    }
}
