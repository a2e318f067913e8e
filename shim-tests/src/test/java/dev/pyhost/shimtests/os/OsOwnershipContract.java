package dev.pyhost.shimtests.os;

import dev.pyhost.shimtests.ShimContract;
import org.junit.jupiter.api.Test;

/**
 * {@code os.chown}, {@code os.lchown} and {@code os.fchown}: ids changed as CPython changes them
 * (-1 keeps one), errors with CPython's types and messages. The suites run as root or as the
 * file's owner: only ids already the file's are given unless root.
 */
abstract class OsOwnershipContract extends ShimContract {

    @Test
    void chownLchownAndFchownMatchCPython() {
        assertSameAsCPython("import os, sys, tempfile\n"
                + "d = tempfile.mkdtemp()\n"
                + "os.chdir(d)\n"
                + "open('f', 'w').close()\n"
                + "os.symlink('f', 'ln')\n"
                + "st = os.stat('f')\n"
                + "uid, gid = (1234, 4321) if os.getuid() == 0 else (st.st_uid, st.st_gid)\n"
                + "os.chown('f', uid, -1)\n"
                + "print(os.stat('f').st_uid == uid, os.stat('f').st_gid == st.st_gid)\n"
                + "os.chown('f', -1, gid)\n"
                + "print(os.stat('f').st_uid == uid, os.stat('f').st_gid == gid)\n"
                + "os.lchown('ln', uid, gid)\n"
                + "print(os.lstat('ln').st_uid == uid, os.lstat('ln').st_gid == gid)\n"
                + "calls = [lambda: os.chown('missing', -1, -1), lambda: os.lchown('missing', -1, -1)]\n"
                + "if sys.version_info[0] >= 3:  # Jython has no os.fchown\n"
                + "    calls.append(lambda: os.fchown(9999, -1, -1))\n"
                + "for call in calls:\n"
                + "    try:\n"
                + "        call()\n"
                + "    except OSError as e:\n"
                + "        print(type(e).__name__, e.errno, e.strerror, e.filename)\n"
                + "if sys.version_info[0] >= 3:\n"
                + "    os.chown('ln', st.st_uid, st.st_gid, follow_symlinks=False)\n"
                + "    print(os.lstat('ln').st_uid == st.st_uid, os.stat('ln').st_uid == uid)\n"
                + "    for args in ((1.0, -1), (-1, '0'), (-2, -1), (2 ** 64, -1), (True, -1)):\n"
                + "        try:\n"
                + "            os.chown('f', *args)\n"
                + "            print('ok')\n"
                + "        except (TypeError, OverflowError) as e:\n"
                + "            print(type(e).__name__, e)\n"
                + "    try:\n"
                + "        os.chown('f', -1, -1, dir_fd='x')\n"
                + "    except TypeError as e:\n"
                + "        print('TypeError')\n");
    }
}
