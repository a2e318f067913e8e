package dev.pyhost.shimtests.subprocess;

import dev.pyhost.Engine;
import dev.pyhost.shimtests.ShimContract;
import org.junit.jupiter.api.Test;

/**
 * What only Python 2 scripts use: commands, os.popen2/3/4, Popen's file objects, a new session
 * or process group through preexec_fn=os.setsid or os.setpgrp.
 */
class JythonSubprocess2Test extends ShimContract {
    @Override
    protected Engine engine() {
        return Engine.JYTHON;
    }

    @Test
    void commandsModuleGivesStatusAndOutput() {
        assertSameAsCPython("""
                import commands
                print commands.getstatusoutput('echo a; echo b >&2; exit 3')
                print commands.getstatusoutput('kill -TERM $$')
                print repr(commands.getoutput('printf "x\\\\n\\\\n"'))
                print commands.mkarg("it's")
                """);
    }

    @Test
    void setsidOrSetpgrpAsPreexecFnStartsANewSessionOrGroup() {
        assertSameAsCPython("""
                import os, subprocess
                p = subprocess.Popen(['sleep', '0.3'], preexec_fn=os.setsid)
                print os.getsid(p.pid) == p.pid, os.getpgid(p.pid) == p.pid, os.getsid(0) == p.pid
                p.wait()
                p = subprocess.Popen(['sleep', '0.3'], preexec_fn=os.setpgrp)
                print os.getsid(p.pid) == os.getsid(0), os.getpgid(p.pid) == p.pid
                p.wait()
                p = subprocess.Popen(['sleep', '0.3'])
                print os.getsid(p.pid) == os.getsid(0), os.getpgid(p.pid) == os.getpgid(0)
                p.wait()
                try:
                    os.getpgid(p.pid)
                except OSError as e:
                    print repr(e)
                for kw in ('pass_fds', 'start_new_session'):
                    try:
                        subprocess.Popen(['true'], **{kw: True})
                    except TypeError as e:
                        print e
                """);
    }

    @Test
    void popen234PipeToAndFromTheShell() {
        assertSameAsCPython("""
                import os, warnings
                warnings.simplefilter('ignore')
                i, o = os.popen2('tr a-z A-Z')
                i.write('hello\\n'); i.close(); print repr(o.read())
                i, o, e = os.popen3('cat; echo err >&2')
                i.write('in'); i.close(); print repr(o.read()), repr(e.read())
                i, oe = os.popen4(['sh', '-c', 'echo out; echo err >&2'])
                print sorted(oe.read().split())
                """);
    }

    @Test
    void pipeFilesBehaveAsPython2Files() {
        assertSameAsCPython("""
                import subprocess
                p = subprocess.Popen(['cat'], stdin=subprocess.PIPE, stdout=subprocess.PIPE)
                print p.stdin.mode, p.stdout.mode, p.stdout.name, p.stdout.closed
                p.stdin.write('one\\ntwo\\nthree')
                p.stdin.close()
                print repr(p.stdout.readline()), repr(p.stdout.read(2)), p.stdout.readlines()
                print p.wait(), p.stdout.read()
                p.stdout.close()
                try:
                    p.stdout.read()
                except ValueError as e:
                    print e
                p = subprocess.Popen('exit 2', shell=True)
                p.wait()
                try:
                    p.kill()
                except OSError as e:
                    print e.errno
                """);
    }

    /** An environment execve() would refuse is refused in the parent, as CPython 2 reports it. */
    @Test
    void anEnvironmentExecveRefusesIsRefusedWithCPythonsErrors() {
        assertSameAsCPython("""
                import subprocess
                for env in ({'A\\0B': 'x'}, {'A': 'x\\0y'}, {'A=B': 'x'}, {'A': 1}):
                    try:
                        subprocess.Popen(['true'], env=env).wait()
                    except Exception as e:
                        print type(e).__name__, e
                print subprocess.Popen(['sh', '-c', 'echo "$A"'], env={'A': 'x=y'}).wait()
                """);
    }

    /** A child that could not start: the OSError carries child_traceback, naming the failed step. */
    @Test
    void aChildThatCouldNotStartGivesChildTraceback() {
        assertSameAsCPython("""
                import subprocess
                try:
                    subprocess.Popen(['true'], cwd='/nonexistent/dir')
                except OSError as e:
                    print e.errno, e.filename, 'os.chdir' in e.child_traceback
                try:
                    subprocess.Popen(['/nonexistent/prog'])
                except OSError as e:
                    print e.errno, e.filename, 'os.execvp' in e.child_traceback
                """);
    }

    @Test
    void pipeFilesIterateReadAheadAndRefuseMixingAsPython2Files() {
        assertSameAsCPython("""
                import os, subprocess
                for make in (lambda: os.popen('seq 1 5'),
                             lambda: subprocess.Popen(['seq', '1', '5'], stdout=subprocess.PIPE).stdout):
                    f = make()
                    print repr(next(iter(f)))
                    for name in ('read', 'readline', 'readlines'):
                        try:
                            getattr(f, name)()
                        except ValueError as e:
                            print name, e
                    print list(f), repr(f.read()), list(f)
                print len(list(os.popen('seq 1 100000'))), len(os.popen('head -c 3000000 /dev/zero').read())
                f = os.popen('printf "x\\ny\\nzz"')
                print repr(f.readline()), repr(f.read(1)), list(f), f.close()
                for make in (lambda: os.popen('cat >/dev/null', 'w'),
                             lambda: subprocess.Popen(['cat'], stdin=subprocess.PIPE).stdin):
                    f = make()
                    try:
                        f.read()
                    except IOError as e:
                        print e
                    f.close()
                for universal in (True, False):
                    p = subprocess.Popen(['sh', '-c', 'printf "a\\r"; sleep 0.2; printf "\\nb\\rc\\r\\n"'],
                                         stdout=subprocess.PIPE, universal_newlines=universal)
                    print repr(p.stdout.readline()), list(p.stdout), p.wait()
                p = subprocess.Popen(['printf', 'a\\r\\nbcdef'], stdout=subprocess.PIPE, universal_newlines=True)
                print repr(p.stdout.readline(1)), repr(p.stdout.readline(3)), repr(p.stdout.readline(9)), p.wait()
                """);
    }
}
