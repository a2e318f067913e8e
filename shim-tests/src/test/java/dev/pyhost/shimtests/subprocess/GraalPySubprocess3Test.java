package dev.pyhost.shimtests.subprocess;

import dev.pyhost.Engine;
import dev.pyhost.shimtests.ShimContract;
import org.junit.jupiter.api.Test;

/** What only Python 3's subprocess has: run, timeouts, text mode, DEVNULL, the context manager. */
class GraalPySubprocess3Test extends ShimContract {
    private static final String PRELUDE = "import os, sys, signal, subprocess\nfrom subprocess import PIPE, STDOUT, DEVNULL\n";

    @Override
    protected Engine engine() {
        return Engine.GRAALPY;
    }

    private void same(String body) {
        assertSameAsCPython(PRELUDE + body);
    }

    @Test
    void runCapturesChecksAndFeedsInput() {
        same("""
                r = subprocess.run(['sh', '-c', 'cat; echo err >&2; exit 3'], input=b'in', capture_output=True)
                print(r)
                r = subprocess.run(['cat'], input='txt\\n', text=True, stdout=PIPE)
                print(r, r.stdout, r.stderr)
                try:
                    subprocess.run(['sh', '-c', 'echo o; exit 4'], check=True, capture_output=True)
                except subprocess.CalledProcessError as e:
                    print(repr(e), str(e), e.stdout, e.stderr, e.output)
                try:
                    subprocess.run(['sh', '-c', 'kill -9 $$'], check=True)
                except subprocess.CalledProcessError as e:
                    print(str(e))
                print(subprocess.run(['echo', 'quiet'], stdout=DEVNULL, stderr=DEVNULL, stdin=DEVNULL))
                print(subprocess.check_output(['cat'], input=b'abc'), subprocess.check_output('echo é', shell=True, text=True))
                print(subprocess.getoutput('echo a; echo b >&2; exit 2'), subprocess.getstatusoutput('exit 3'))
                print(subprocess.run('printf "a\\\\r\\\\nb"', shell=True, capture_output=True, universal_newlines=True).stdout.encode())
                """);
    }

    @Test
    void popenUmaskIsTheChildsOnly() {
        same("""
                print(subprocess.run(['sh', '-c', 'umask'], umask=0o077, capture_output=True).stdout,
                      subprocess.run(['sh', '-c', 'umask'], umask=0o002, capture_output=True).stdout,
                      subprocess.run(['sh', '-c', 'umask'], capture_output=True).stdout,
                      os.umask(0o022) == 0o022)
                """);
    }

    @Test
    void popenPipesizeSizesEachPipeToTheChild() {
        same("""
                import fcntl
                p = subprocess.Popen(['cat'], stdin=PIPE, stdout=PIPE, stderr=PIPE, pipesize=16384)
                print([fcntl.fcntl(f.fileno(), fcntl.F_GETPIPE_SZ) for f in (p.stdin, p.stdout, p.stderr)],
                      p.pipesize, p.communicate(b'x'))
                for bad in ('4096', 1.5):
                    try:
                        subprocess.Popen(['true'], pipesize=bad)
                    except TypeError as e:
                        print(e)
                print(subprocess.run(['true'], pipesize=None).returncode)
                """);
    }

    @Test
    void timeoutsRaiseTimeoutExpiredAndLeaveNoChildBehind() {
        same("""
                try:
                    subprocess.run(['sh', '-c', 'echo started; sleep 5'], timeout=0.5, stdout=PIPE)
                except subprocess.TimeoutExpired as e:
                    print(type(e).__name__, str(e), e.timeout, e.cmd, e.output, e.stdout)
                p = subprocess.Popen(['sleep', '5'])
                try:
                    p.wait(timeout=0.2)
                except subprocess.TimeoutExpired as e:
                    print(str(e))
                p.kill()
                print(p.wait(timeout=5))
                p = subprocess.Popen(['sh', '-c', 'sleep 3; echo late'], stdout=PIPE)
                try:
                    p.communicate(timeout=0.05)
                except subprocess.TimeoutExpired as e:
                    print('first', e.output)
                print(p.communicate(timeout=60))
                try:
                    subprocess.check_output(['sleep', '5'], timeout=0.2)
                except subprocess.TimeoutExpired as e:
                    print(str(e))
                try:
                    subprocess.call(['sleep', '5'], timeout=0.2)
                except subprocess.TimeoutExpired as e:
                    print(str(e))
                """);
    }

    @Test
    void popenIsAContextManagerWithTextStreams() {
        same("""
                with subprocess.Popen(['cat'], stdin=PIPE, stdout=PIPE, text=True) as p:
                    p.stdin.write('héllo\\n')
                    p.stdin.flush()
                    print(repr(p.stdout.readline()))
                    p.stdin.close()
                    print(repr(p.stdout.read()))
                print(p.returncode, p.stdout.closed)
                with subprocess.Popen(['sh', '-c', 'echo $X'], stdout=PIPE, env={'X': 'y'}, encoding='ascii') as p:
                    print(p.stdout.read(), p.encoding, p.universal_newlines)
                print(repr(subprocess.Popen(['true'])).split(':')[0], subprocess.Popen[int])
                for bad in [dict(args=['true'], bufsize='x'), dict(args=['true'], text=True, universal_newlines=False),
                            dict(args=['true'], creationflags=1), dict(args=['true'], stdin=STDOUT)]:
                    try:
                        subprocess.Popen(**bad)
                    except Exception as e:
                        print(type(e).__name__, e)
                """);
    }

    @Test
    void errorsAreOsErrorSubclassesWithFilename() {
        same("""
                for kw in [dict(args=['no-such-program-xyz']), dict(args=['ls'], cwd='/no/such/dir'),
                           dict(args=['/etc/passwd']), dict(args=['/etc']), dict(args=['a\\0b'])]:
                    try:
                        subprocess.run(**kw)
                    except Exception as e:
                        print(type(e).__name__, e)
                """);
    }

    /**
     * communicate() with one pipe goes through the Popen's file objects, and a child that does
     * not read makes no BrokenPipeError; a Ctrl-C in communicate() or wait() waits once, briefly,
     * for the child (bpo-25942), as CPython's.
     */
    @Test
    void communicateIgnoresAChildThatDoesNotReadAndCtrlCWaitsOnceBriefly() {
        same("""
                from unittest import mock
                p = subprocess.Popen(['true'], stdin=PIPE)
                p.wait()
                print(p.communicate(b'x' * 300000), p.returncode)
                p = subprocess.Popen(['true'], stdin=PIPE)
                with mock.patch.object(p, 'stdin') as stdin:
                    stdin.close.side_effect = BrokenPipeError
                    print(p.communicate(b'data'))
                    print(stdin.write.call_args_list, stdin.close.call_count)
                for method in ('_communicate', '_wait'):
                    p = subprocess.Popen(['sleep', '5'], stdout=PIPE, stderr=PIPE)
                    with mock.patch.object(subprocess.Popen, '_communicate', side_effect=KeyboardInterrupt), \\
                            mock.patch.object(subprocess.Popen, '_wait', side_effect=KeyboardInterrupt) as wait:
                        try:
                            p.communicate() if method == '_communicate' else p.wait()
                        except KeyboardInterrupt:
                            print(method, 'KeyboardInterrupt', wait.call_args_list)
                    p.kill()
                    print(p.wait())
                """);
    }

    /** restore_signals=False leaves SIGPIPE and SIGXFSZ as the child inherits them. */
    @Test
    void restoreSignalsFalseKeepsIgnoredPipeSignals() {
        same("""
                signal.signal(signal.SIGPIPE, signal.SIG_IGN)
                signal.signal(signal.SIGXFSZ, signal.SIG_IGN)
                for restore in (True, False):
                    out = subprocess.run(['grep', 'SigIgn', '/proc/self/status'], restore_signals=restore,
                                         capture_output=True).stdout
                    mask = int(out.split()[1], 16)
                    print(restore, bool(mask & (1 << 12)), bool(mask & (1 << 24)))
                """);
    }

    /** Ids too large for uid_t and gid_t are refused as CPython's fork_exec converts them. */
    @Test
    void idsBeyondTheirCTypesAreRefused() {
        same("""
                for kw in [dict(extra_groups=[2**64]), dict(extra_groups=[2**32]), dict(user=2**32),
                           dict(group=2**40), dict(extra_groups=[-1])]:
                    try:
                        subprocess.check_call(['true'], **kw)
                        print(kw, 'ok')
                    except Exception as e:
                        print(kw, type(e).__name__, e)
                """);
    }
}
