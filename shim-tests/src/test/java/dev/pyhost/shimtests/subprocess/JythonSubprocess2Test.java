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
}
