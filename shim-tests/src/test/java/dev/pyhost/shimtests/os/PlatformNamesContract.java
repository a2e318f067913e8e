package dev.pyhost.shimtests.os;

import dev.pyhost.shimtests.ShimContract;
import org.junit.jupiter.api.Test;

/**
 * The platform as a script sees it: {@code sys.platform}, {@code os.name} and the
 * {@code platform} module answer as CPython's on the same machine, and the engine's own library
 * still works where it chooses code paths by them.
 */
abstract class PlatformNamesContract extends ShimContract {

    @Test
    void sysPlatformOsNameAndPlatformAnswerAsCPython() {
        assertSameAsCPython("import sys, os, platform\n"
                + "print(sys.platform.startswith('linux'), sys.platform.startswith('java'))\n"
                + "print(sys.platform[:5], repr(sys.platform[:5]), sys.platform[:4] != 'java')\n"
                + "print(os.name, repr(os.name), os.name == 'posix', os.name != 'posix', os.name == 'java')\n"
                + "print(platform.system(), platform.machine(), platform.release() == os.uname()[2])\n"
                + "print(platform.uname()[0], platform.platform().split('-')[0])\n");
    }

    @Test
    void libraryModulesThatLookAtThePlatformStillWork() {
        assertSameAsCPython("import sysconfig, tempfile, getpass, os\n"
                + "import xml.dom.minidom\n"
                + "print(xml.dom.minidom.parseString('<a>1</a>').documentElement.tagName)\n"
                + "print(sysconfig.get_config_var('userbase') is not None)\n"
                + "d = tempfile.mkdtemp()\n"
                + "print(os.path.isdir(d), getpass.getuser() == os.environ.get('USER', getpass.getuser()))\n"
                + "os.rmdir(d)\n");
    }
}
