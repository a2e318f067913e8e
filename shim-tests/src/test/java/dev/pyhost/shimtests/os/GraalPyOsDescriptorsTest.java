package dev.pyhost.shimtests.os;

import dev.pyhost.Engine;
import org.junit.jupiter.api.Test;

class GraalPyOsDescriptorsTest extends OsDescriptorsContract {
    @Override
    protected Engine engine() {
        return Engine.GRAALPY;
    }

    /**
     * fchown (and os.chown of a descriptor), fstatvfs and fpathconf on GraalPy's own descriptors:
     * its Java backend raised SystemError for fchown, answered zeros for most of fstatvfs and
     * had no fpathconf.
     */
    @Test
    void ownerLimitsAndFileSystemOfADescriptorAsCPython3() {
        assertSameAsCPython("""
                import os, tempfile
                d = tempfile.mkdtemp()
                fd = os.open(d, os.O_RDONLY)
                print(os.fchown(fd, -1, -1), os.chown(fd, os.getuid(), -1), os.fchown(fd, -1, os.getgid()))
                a, b = os.fstatvfs(fd), os.statvfs(d)
                print(len(a), a == b, os.statvfs(fd) == b, a.f_namemax, a.f_fsid == b.f_fsid, a.f_files > 0, a.f_flag == b.f_flag)
                print(os.fpathconf(fd, 'PC_NAME_MAX'), os.fpathconf(fd, os.pathconf_names['PC_PATH_MAX']))
                os.close(fd)
                for call in (lambda: os.fchown(fd, -1, -1), lambda: os.chown(fd, -1, -1), lambda: os.fstatvfs(fd), lambda: os.statvfs(fd),
                             lambda: os.fpathconf(fd, 'PC_NAME_MAX'), lambda: os.fpathconf(0, 'PC_BOGUS'),
                             lambda: os.fchown('x', -1, -1), lambda: os.fchown(-1, -1, -1)):
                    try:
                        call()
                    except (OSError, ValueError, TypeError) as e:
                        print(type(e).__name__, e.args, getattr(e, 'filename', None) == fd)  # numbers differ
                os.rmdir(d)
                """);
    }
}
