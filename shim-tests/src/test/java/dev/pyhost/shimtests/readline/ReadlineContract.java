package dev.pyhost.shimtests.readline;

import dev.pyhost.shimtests.ShimContract;
import org.junit.jupiter.api.Test;

/**
 * {@code readline} as CPython's on GNU readline: the history list with its one-based and
 * zero-based indices, history files written, read (CRLF, empty and unterminated lines), truncated
 * to the history length and appended to, the completer, delimiters and hooks, and the errors.
 * (CPython 2.7 here reports EINVAL from a write after set_history_length, though it truncated the
 * file: that case is not asked of Python 2.)
 */
abstract class ReadlineContract extends ShimContract {

    @Test
    void historyFilesCompleterAndErrorsAreCPythons() {
        assertSameAsCPython("""
                from __future__ import print_function
                import os, sys, tempfile, readline
                folder = tempfile.mkdtemp()
                def t(label, f):
                    try:
                        print(label, repr(f()))
                    except Exception as e:
                        print(label, type(e).__name__, str(e).replace(folder, 'F'), getattr(e, 'errno', '-'))
                h = os.path.join(folder, 'hist')
                print(readline.get_current_history_length(), readline.get_history_length(), repr(readline.get_completer_delims()))
                print(readline.get_completer(), readline.get_completion_type(), readline.get_begidx(), readline.get_endidx(), repr(readline.get_line_buffer()))
                for x in ['ls -l', 'cd /tmp', 'df -h', 'ls -l', '']:
                    readline.add_history(x)
                t('items', lambda: [readline.get_history_item(i) for i in range(-1, 7)])
                t('remove 0', lambda: readline.remove_history_item(0))
                t('remove 10', lambda: readline.remove_history_item(10))
                t('remove -1', lambda: readline.remove_history_item(-1))
                t('replace 1', lambda: readline.replace_history_item(1, 'new'))
                t('replace 9', lambda: readline.replace_history_item(9, 'x'))
                t('after', lambda: [readline.get_history_item(i) for i in range(1, 6)])
                t('add int', lambda: readline.add_history(5))
                t('item str', lambda: readline.get_history_item('1'))
                t('write', lambda: readline.write_history_file(h))
                t('file', lambda: open(h, 'rb').read())
                if sys.version_info[0] == 3:
                    t('set length', lambda: readline.set_history_length(2))
                    t('write truncated', lambda: readline.write_history_file(h))
                    t('file', lambda: open(h, 'rb').read())
                    t('length', lambda: (readline.get_history_length(), readline.get_current_history_length()))
                    readline.set_history_length(-1)
                    t('append', lambda: readline.append_history_file(1, h))
                    t('file', lambda: open(h, 'rb').read())
                    t('append missing', lambda: readline.append_history_file(1, os.path.join(folder, 'none')))
                    t('auto', lambda: readline.set_auto_history(False))
                readline.clear_history()
                open(h, 'wb').write(b'one\\ntwo\\r\\n\\n#1700000000\\nlast with no newline')
                t('read', lambda: readline.read_history_file(h))
                t('read items', lambda: [readline.get_history_item(i) for i in range(1, readline.get_current_history_length() + 1)])
                t('read missing', lambda: readline.read_history_file(os.path.join(folder, 'none')))
                t('write missing folder', lambda: readline.write_history_file(os.path.join(folder, 'no', 'h')))
                t('init missing', lambda: readline.read_init_file(os.path.join(folder, 'none')))
                t('parse', lambda: readline.parse_and_bind('tab: complete'))
                t('parse int', lambda: readline.parse_and_bind(3))
                def complete(text, state):
                    return None
                t('completer', lambda: (readline.set_completer(complete), readline.get_completer() is complete))
                for name in ('set_completer', 'set_startup_hook', 'set_pre_input_hook', 'set_completion_display_matches_hook'):
                    t(name, lambda: getattr(readline, name)(5))
                    t(name + ' none', lambda: getattr(readline, name)())
                t('delims', lambda: (readline.set_completer_delims(' ='), readline.get_completer_delims()))
                t('insert', lambda: (readline.insert_text('abc'), readline.redisplay()))
                print(sorted(n for n in dir(readline) if not n.startswith('__')))
                print(readline.__doc__, readline._READLINE_VERSION)
                import rlcompleter
                c = rlcompleter.Completer({'alpha': 1, 'alpine': 2})
                print(sorted(iter(lambda state=[-1]: state.__setitem__(0, state[0] + 1) or c.complete('al', state[0]), None)))
                """);
    }
}
