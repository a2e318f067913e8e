package dev.pyhost.shimtests.logging;

import dev.pyhost.shimtests.ShimContract;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Records formatted by logging's Formatter read as under CPython, whatever the engine does to make
 * them cheap: asctime (default and datefmt formats, records within one second and across seconds,
 * localtime and gmtime, the zone's name and offset), '%' style fields with flags, widths and
 * precisions, '%%', and the error
 * for a field the record lacks. Record times are fixed so that both interpreters format the same.
 */
abstract class LoggingFormatContract extends ShimContract {
    private static final String RECORDS = """
            import logging, time
            def records(fmt, datefmt, gmt=False):
                out = []
                f = logging.Formatter(fmt, datefmt)
                if gmt:
                    f.converter = time.gmtime
                for created in [1700000000.0, 1700000000.999, 1700000001.5, 1000000000.25, 1700000001.7, 1700000000.5]:
                    r = logging.LogRecord('ps.daemon', 20, '/srv/ps/monitor.py', 7, 'tick %d of %s', (1, 'x'), None)
                    r.created = created
                    r.msecs = int((created - int(created)) * 1000) + 0.0
                    r.process = 4242
                    try:
                        out.append(f.format(r))
                    except Exception as e:
                        out.append('%s: %s' % (type(e).__name__, e))
                return out
            """;

    @Test
    void asctimeIsCPythonsForEveryDateFormatAndConverter() {
        assertSameAsCPython(RECORDS + """
                for fmt in ['%(asctime)s %(filename)s[line:%(lineno)d] %(levelname)s %(message)s', '%(asctime)s']:
                    for datefmt in [None, '%a, %d %b %Y %H:%M:%S', '%j %U %W %p %I %y %m/%d %%', '%H:%M %Z %z %%Z']:
                        for gmt in [False, True]:
                            print('\\n'.join(records(fmt, datefmt, gmt)))
                """);
    }

    @Test
    void percentStyleFieldsAreFormattedAsCPythonFormatsThem() {
        assertSameAsCPython(RECORDS + """
                for fmt in ['%(levelname)-8s|%(name)12s|%(msecs)03d|%(lineno)04d|%(process)x %%d %(message)r',
                            '%(levelno)+.3f %(levelno)#x %(levelno)o %(levelno)5.1e %(module)s.%(funcName)s',
                            '%(message)s %(levelno)ld', '%(message)s', 'no fields %(message)s%%']:
                    print('\\n'.join(records(fmt, None)))
                """);
    }

    @Test
    void aFieldTheRecordLacksFailsAsUnderCPython() {
        assertSameAsCPython(RECORDS + """
                print('\\n'.join(records('%(asctime)s %(nosuch)s %(message)s', None)))
                print('\\n'.join(records('%(message)s %(levelno)d %(name)d', None)))
                """);
    }

    @Test
    void osGetpidIsThisProcesssId() {
        assertThat(py("import os\nprint(os.getpid())\nprint(os.getpid())\n"))
                .isEqualTo(ProcessHandle.current().pid() + "\n" + ProcessHandle.current().pid() + "\n");
    }
}
