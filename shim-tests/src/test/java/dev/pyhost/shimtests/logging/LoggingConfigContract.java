package dev.pyhost.shimtests.logging;

import dev.pyhost.shimtests.ShimContract;
import org.junit.jupiter.api.Test;

/**
 * logging.config and logging's handlers behave as CPython's of the same major version (2.7.18 on
 * Jython, whose own logging is a copy of an older CPython's): loggers an earlier configuration
 * disabled, a MemoryHandler configured before its target, unicode records written through a
 * codecs writer of a UTF-16 encoding.
 */
abstract class LoggingConfigContract extends ShimContract {

    /** fileConfig and dictConfig leave handlers on the root logger: later snippets would see them. */
    @Override
    protected boolean needsOwnHost() {
        return true;
    }


    @Test
    void fileConfigWithoutDisablingExistingLoggersEnablesThemAgain() {
        assertSameAsCPython("""
                import logging, logging.config, os, tempfile
                ini = '''
                [loggers]
                keys=root
                [handlers]
                keys=null
                [formatters]
                keys=
                [logger_root]
                level=WARNING
                handlers=null
                [handler_null]
                class=NullHandler
                args=()
                '''
                fd, path = tempfile.mkstemp('.ini')
                os.write(fd, ini.replace('\\n                ', '\\n').encode('ascii'))
                os.close(fd)
                logger = logging.getLogger('pristine')
                seen = [logger.disabled]
                logging.config.fileConfig(path)
                seen.append(logger.disabled)
                logging.config.fileConfig(path, disable_existing_loggers=False)
                seen.append(logger.disabled)
                os.remove(path)
                print([bool(x) for x in seen])
                """);
    }

    @Test
    void dictConfigGivesAMemoryHandlerItsTargetWhateverTheirOrder() {
        assertSameAsCPython("""
                import logging, logging.config, logging.handlers
                logging.config.dictConfig({
                    'version': 1,
                    'handlers': {
                        'a_buffer': {'class': 'logging.handlers.MemoryHandler', 'capacity': 5,
                                     'target': 'z_sink'},
                        'z_sink': {'class': 'logging.StreamHandler', 'stream': 'ext://sys.stdout'},
                    },
                    'loggers': {'app': {'handlers': ['a_buffer'], 'level': 'INFO'}},
                })
                buffered = logging.getLogger('app').handlers[0]
                print(type(buffered).__name__, type(buffered.target).__name__, buffered.target.name)
                logging.getLogger('app').info('kept until flush')
                buffered.flush()
                """);
    }

    @Test
    void unicodeRecordsGoThroughAUtf16FileOfCodecsEncodedOnce() {
        assertSameAsCPython("""
                import codecs, logging, os, tempfile
                fd, path = tempfile.mkstemp('.log')
                os.close(fd)
                stream = codecs.open(path, 'w', 'utf-16-le')
                handler = logging.StreamHandler(stream)
                log = logging.getLogger('utf16')
                log.propagate = False
                log.addHandler(handler)
                log.warning(u'b\\u0142\\u0105d')
                log.warning('plain')
                handler.close()
                stream.close()
                with open(path, 'rb') as f:
                    print(repr(f.read()).lstrip('b'))
                os.remove(path)
                """);
    }
}
