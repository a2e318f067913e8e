package dev.pyhost.shimtests.subprocess;

import dev.pyhost.shimtests.ShimContract;
import org.junit.jupiter.api.Test;

/**
 * {@code subprocess} behaves as CPython's of the same major version: each snippet runs under
 * pyhost and under real CPython, and both must print the same. Snippets are written in the
 * common subset of Python 2 and 3.
 */
abstract class SubprocessContract extends ShimContract {
    private static final String PRELUDE = """
            from __future__ import print_function
            import os, sys, signal, subprocess, tempfile, shutil
            PIPE, STDOUT = subprocess.PIPE, subprocess.STDOUT
            def devnull():
                return getattr(subprocess, 'DEVNULL', None) or open(os.devnull, 'w')
            """;

    private void same(String body) {
        assertSameAsCPython(PRELUDE + body);
    }

    @Test
    void returncodeIsTheExitCodeOrMinusTheSignal() {
        same("""
                print(subprocess.call(['sh', '-c', 'exit 3']))
                print(subprocess.call(['sh', '-c', 'exit 143']))
                print(subprocess.call(['sh', '-c', 'kill -TERM $$']))
                print(subprocess.call(['sh', '-c', 'kill -9 $$']))
                p = subprocess.Popen(['sleep', '30'])
                print(p.poll())
                p.terminate()
                print(p.wait(), p.poll(), p.returncode)
                p = subprocess.Popen(['sleep', '30'])
                p.kill()
                print(p.wait())
                p = subprocess.Popen(['sleep', '30'])
                p.send_signal(signal.SIGINT)
                print(p.wait())
                """);
    }

    /**
     * A child that leaves a grandchild holding its stdout has ended all the same: wait() and
     * poll() report it at once, after the output it wrote (the session's copy of the child's
     * output used to wait for the pipe's end, that is for the grandchild).
     */
    @Test
    void aGrandchildHoldingTheOutputDoesNotHoldUpTheWaiter() {
        same("""
                import time
                start = time.time()
                print(subprocess.call('echo first; sleep 3 &', shell=True))
                p = subprocess.Popen('echo second; sleep 3 &', shell=True)
                while p.poll() is None:
                    time.sleep(0.01)
                print(p.returncode, time.time() - start < 2)
                """);
    }

    /**
     * A file object given as a child's stdout/stderr is shared with the child: the parent's
     * writes after the child's land after them, as under CPython (a log file written by the
     * script and its children in turn lost the children's lines).
     */
    @Test
    void aFileGivenToAChildFollowsItsWrites() {
        same("""
                d = tempfile.mkdtemp()
                try:
                    p = os.path.join(d, 'log.txt')
                    with open(p, 'w') as f:
                        f.write('head\\n')
                        f.flush()
                        subprocess.call(['echo', 'child'], stdout=f)
                        f.write('middle\\n')
                        f.flush()
                        subprocess.call(['sh', '-c', 'echo out; echo err >&2'], stdout=f, stderr=f)
                        f.write('tail\\n')
                    print(repr(open(p).read()))
                    with open(p, 'a') as f:
                        subprocess.call(['echo', 'appended'], stdout=f, stderr=f)
                        f.write('last\\n')
                    print(repr(open(p).read()))
                finally:
                    shutil.rmtree(d)
                """);
    }

    /**
     * The ends of {@code os.pipe()} wire a child's streams: the engines number (GraalPy) or wrap
     * (Jython) their descriptors their own way, and the child must get the pipe behind them.
     */
    @Test
    void osPipeEndsAreAChildsStreams() {
        same("""
                r, w = os.pipe()
                p = subprocess.Popen(['echo', 'hi'], stdout=w)
                os.close(w)
                print(repr(os.read(r, 100)), p.wait())
                os.close(r)
                r, w = os.pipe()
                os.write(w, b'fed through a pipe\\n')
                os.close(w)
                p = subprocess.Popen(['cat'], stdin=r, stdout=PIPE, stderr=PIPE)
                os.close(r)
                print(p.communicate(), p.returncode)
                r, w = os.pipe()
                p = subprocess.Popen(['sh', '-c', 'echo out; echo err >&2'], stdout=w, stderr=w)
                os.close(w)
                data = b''
                while True:
                    chunk = os.read(r, 100)
                    if not chunk:
                        break
                    data += chunk
                os.close(r)
                print(sorted(data.split()), p.wait())
                """);
    }

    /**
     * The descriptors a Popen's pipes give by fileno() are the script's to os.read, os.write,
     * select and os.close, as in CPython (GraalPy's own descriptor table does not hold them).
     */
    @Test
    void aPopenPipesFilenoTakesOsReadWriteAndClose() {
        same("""
                import select
                p = subprocess.Popen(['cat'], stdin=PIPE, stdout=PIPE)
                print(os.write(p.stdin.fileno(), b'hello via fd\\n'),
                      os.write(p.stdin.fileno(), bytearray(b'more\\n')))
                p.stdin.close()
                fd = p.stdout.fileno()
                print(repr(os.read(fd, 0)))
                out = b''
                while True:
                    select.select([fd], [], [], 5)
                    chunk = os.read(fd, 4)
                    if not chunk:
                        break
                    out += chunk
                print(repr(out), p.wait())
                try:
                    os.read(fd, -1)
                except OSError as e:
                    print('negative length', e.errno)
                p = subprocess.Popen(['true'], stdin=PIPE)
                p.wait()
                try:
                    os.write(p.stdin.fileno(), b'x' * 100000)
                except OSError as e:
                    print('reader gone', e.errno)
                if sys.version_info[0] == 3:  # CPython 2's file object reports the close at exit
                    p = subprocess.Popen(['echo', 'q'], stdout=PIPE)
                    fd = p.stdout.fileno()
                    os.close(fd)
                    try:
                        os.read(fd, 1)
                    except OSError as e:
                        print('closed', e.errno)
                    p.wait()
                """);
    }

    /** A file the script opened, given by its object or its descriptor, is the child's. */
    @Test
    void filesTheScriptOpenedAreAChildsStreamsByObjectOrDescriptor() {
        same("""
                tf = tempfile.TemporaryFile()
                tf.write(b'pear')
                tf.flush()
                tf.seek(0)
                print(subprocess.Popen(['tr', 'a-z', 'A-Z'], stdin=tf, stdout=PIPE).communicate()[0])
                tf = tempfile.TemporaryFile()
                subprocess.Popen(['echo', 'orange'], stdout=tf.fileno()).wait()
                os.lseek(tf.fileno(), 0, 0)
                print(os.read(tf.fileno(), 100))
                """);
    }

    /** The classic loop over a child's stdout and stderr with select, both engines' select refused. */
    @Test
    void selectWaitsOnAChildsPipes() {
        same("""
                import select
                p = subprocess.Popen(['sh', '-c', 'echo one; sleep 0.3; echo two >&2; sleep 0.3; echo three; exit 4'],
                                     stdout=PIPE, stderr=PIPE)
                streams = {p.stdout: 'out', p.stderr: 'err'}
                waiting, got = [p.stdout, p.stderr], []
                while waiting:
                    r, w, x = select.select(waiting, [], [], 10)
                    if not r:
                        print('timed out')
                        break
                    for f in r:
                        line = f.readline()
                        if line:
                            got.append((streams[f], line.decode().strip()))
                        else:
                            waiting.remove(f)
                print(got, p.wait())
                q = subprocess.Popen(['cat'], stdin=PIPE, stdout=PIPE)
                r, w, x = select.select([q.stdout], [q.stdin], [], 5)
                print(r == [], w == [q.stdin], x)
                q.stdin.write(b'ping\\n')
                q.stdin.flush()
                r, w, x = select.select([q.stdout.fileno()], [], [], 5)
                print(r == [q.stdout.fileno()], q.stdout.readline())
                q.stdin.close()
                print(q.wait())
                for timeout in (-1, 'x'):
                    try:
                        select.select([q.stdout], [], [], timeout)
                    except Exception as e:
                        print(type(e).__name__, e.args)
                """);
    }

    @Test
    void osSystemGivesTheRawWaitStatusEvenForSignals() {
        same("""
                for cmd in ['kill -TERM $$', 'kill -9 $$', 'exit 143', 'exit 0', 'exit 255']:
                    st = os.system(cmd)
                    print(cmd, st, os.WIFSIGNALED(st), os.WTERMSIG(st), os.WIFEXITED(st), os.WEXITSTATUS(st))
                p = os.popen('kill -TERM $$')
                print(p.read(), p.close())
                """);
    }

    @Test
    void everyStdinStdoutStderrCombination() {
        same("""
                script = 'read x; echo "out $x"; echo "err $x" >&2'
                tmp = tempfile.mkdtemp()
                try:
                    infile = os.path.join(tmp, 'in.txt')
                    with open(infile, 'w') as f:
                        f.write('from-file\\n')
                    for sin in ['pipe', 'file', 'devnull']:
                        for sout in ['pipe', 'file', 'devnull']:
                            for serr in ['pipe', 'stdout', 'file', 'devnull']:
                                opened = []
                                def spec(kind, mode, name):
                                    if kind == 'pipe':
                                        return PIPE
                                    if kind == 'stdout':
                                        return STDOUT
                                    if kind == 'devnull':
                                        f = devnull() if mode == 'w' else open(os.devnull)
                                        if f not in (subprocess.PIPE,) and hasattr(f, 'close'):
                                            opened.append(f)
                                        return f
                                    f = open(infile if mode == 'r' else os.path.join(tmp, name), mode)
                                    opened.append(f)
                                    return f
                                p = subprocess.Popen(['sh', '-c', script], stdin=spec(sin, 'r', ''),
                                                     stdout=spec(sout, 'w', 'out.txt'), stderr=spec(serr, 'w', 'err.txt'))
                                out, err = p.communicate(b'from-pipe\\n' if sin == 'pipe' else None)
                                for f in opened:
                                    f.close()
                                files = []
                                for name in ('out.txt', 'err.txt'):
                                    path = os.path.join(tmp, name)
                                    if os.path.exists(path):
                                        with open(path) as f:
                                            files.append(f.read())
                                        os.remove(path)
                                print(sin, sout, serr, p.returncode, repr(out), repr(err), files)
                finally:
                    shutil.rmtree(tmp)
                """);
    }

    @Test
    void communicateMovesMegabytesOnBothPipesAtOnce() {
        same("""
                data = b'x' * (3 * 1024 * 1024)
                p = subprocess.Popen(['sh', '-c', 'head -c 2500000 /dev/zero >&2; cat; head -c 1500000 /dev/zero >&2'],
                                     stdin=PIPE, stdout=PIPE, stderr=PIPE)
                out, err = p.communicate(data)
                print(len(out), out == data, len(err), err.count(b'\\0'), p.returncode)
                out = subprocess.check_output(['head', '-c', '5000000', '/dev/zero'])
                print(len(out))
                """);
    }

    @Test
    void readingAPipeToItsEndKeepsEveryByteWhateverItsSize() {
        same("""
                import os
                def spooled():  # output files a large read may pass through, which must not stay
                    return sorted(n for n in os.listdir('/dev/shm') if n.startswith('pyhost-out')) if os.path.isdir('/dev/shm') else []
                before = spooled()
                for n in (0, 1, 65535, 65536, 65537, 300000):
                    p = subprocess.Popen(['sh', '-c', 'head -c %d /dev/zero | tr "\\\\0" "\\\\377"' % n], stdout=PIPE)
                    data = p.stdout.read()
                    p.wait()
                    print(n, len(data), data == b'\\xff' * n, p.returncode)
                    out, err = subprocess.Popen(['sh', '-c', 'head -c %d /dev/zero; head -c 7 /dev/zero >&2' % n],
                                                stdout=PIPE, stderr=PIPE).communicate()
                    print(len(out), out == b'\\0' * n, len(err))
                print(spooled() == before)
                """);
    }

    @Test
    void childrenStartWithTheScriptsUmask() {
        same("""
                import stat
                d = tempfile.mkdtemp()
                def touch(name, via_shell=False):
                    path = os.path.join(d, name)
                    if via_shell:
                        os.system('touch ' + path)
                    else:
                        subprocess.call(['touch', path])
                    return oct(stat.S_IMODE(os.stat(path).st_mode))
                modes = [touch('a')]
                old = os.umask(0o027)
                modes += [touch('b'), touch('c', True)]
                out = subprocess.Popen(['sh', '-c', 'umask'], stdout=PIPE).communicate()[0]
                os.umask(old)
                modes.append(touch('d'))
                print(modes, out.strip())
                shutil.rmtree(d)
                """);
    }

    @Test
    void pipesReadLineByLineAndChainFromOnePopenToAnother() {
        same("""
                p = subprocess.Popen(['sh', '-c', 'for i in 1 2 3; do echo line$i; done'], stdout=PIPE)
                print(p.stdout.readline())
                print([l for l in p.stdout])
                print(p.wait())
                p1 = subprocess.Popen(['printf', 'b\\\\na\\\\nc\\\\n'], stdout=PIPE)
                p2 = subprocess.Popen(['sort', '-r'], stdin=p1.stdout, stdout=PIPE)
                p1.stdout.close()
                print(p2.communicate()[0].split(), p1.wait(), p2.returncode)
                p = subprocess.Popen(['cat'], stdin=PIPE, stdout=PIPE, universal_newlines=True)
                p.stdin.write('a\\r\\nb\\n')
                p.stdin.close()
                print(repr(p.stdout.read()), p.wait())
                print(repr(subprocess.Popen(['printf', 'x\\\\r\\\\ny'], stdout=PIPE, universal_newlines=True).communicate()[0]))
                """);
    }

    @Test
    void environmentReachesChildrenAndEnvReplacesIt() {
        same("""
                os.environ['PYHOST_T1'] = 'one'
                print(subprocess.check_output('echo "[$PYHOST_T1]"', shell=True))
                os.putenv('PYHOST_T3', 'x')
                del os.environ['PYHOST_T1']
                print(subprocess.check_output('echo "[$PYHOST_T1]"', shell=True))
                print(subprocess.check_output(['/usr/bin/env'], env={'ONLY': 'me'}))
                print(subprocess.check_output(['/usr/bin/env'], env={}))
                print(subprocess.check_output('echo "[$A][$PATH]"', shell=True, env={'A': 'b'}))
                print(os.getenv('PYHOST_T1'), os.environ.get('PYHOST_T1', 'gone'))
                """);
    }

    @Test
    void programsAreLookedUpOnTheChildsPath() {
        same("""
                tmp = tempfile.mkdtemp()
                try:
                    tool = os.path.join(tmp, 'pyhost-only-tool')
                    with open(tool, 'w') as f:
                        f.write('#!/bin/sh\\necho tool ran "$@"\\n')
                    os.chmod(tool, 0o755)
                    print(subprocess.check_output(['pyhost-only-tool', 'a'], env={'PATH': tmp}))
                    try:
                        subprocess.call(['pyhost-only-tool'])
                    except OSError as e:
                        print(type(e).__name__, e.errno)
                    blocked = os.path.join(tmp, 'blocked')
                    os.mkdir(blocked)
                    with open(os.path.join(blocked, 'pyhost-only-tool'), 'w') as f:
                        f.write('not executable')
                    print(subprocess.check_output(['pyhost-only-tool', 'b'], env={'PATH': blocked + ':' + tmp}))
                finally:
                    shutil.rmtree(tmp)
                """);
    }

    @Test
    void missingProgramsAndFoldersRaiseAsCPython() {
        same("""
                tmp = tempfile.mkdtemp()
                try:
                    plain = os.path.join(tmp, 'plain.txt')
                    open(plain, 'w').close()
                    cases = [dict(args=['no-such-program-xyz']), dict(args=['/no/such/program']),
                             dict(args=[plain]), dict(args=['ls'], cwd=os.path.join(tmp, 'missing')),
                             dict(args=['ls'], cwd=plain), dict(args='no-such-program-xyz')]
                    for kw in cases:
                        try:
                            subprocess.Popen(**kw)
                        except OSError as e:
                            print(type(e).__name__, e.errno, e.strerror,
                                  str(e).replace(tmp, 'TMP'), str(e.filename).replace(tmp, 'TMP'))
                finally:
                    shutil.rmtree(tmp)
                """);
    }

    @Test
    void calledProcessErrorCarriesWhatCPythonsDoes() {
        same("""
                for cmd in [['sh', '-c', 'echo partial; exit 2'], ['sh', '-c', 'kill -9 $$']]:
                    try:
                        subprocess.check_output(cmd)
                    except subprocess.CalledProcessError as e:
                        print(str(e), e.returncode, e.cmd, repr(e.output))
                    try:
                        subprocess.check_call(cmd, stdout=devnull())
                    except subprocess.CalledProcessError as e:
                        print(str(e), repr(e.output))
                print(subprocess.list2cmdline(['a b', 'c"d', '']))
                """);
    }

    @Test
    void workingDirectoryFollowsChdirForFilesListingsAndChildren() {
        same("""
                start = os.getcwd()
                tmp = os.path.realpath(tempfile.mkdtemp())
                try:
                    os.chdir(tmp)
                    os.mkdir('sub')
                    with open(os.path.join('sub', 'f.txt'), 'w') as f:
                        f.write('hi')
                    os.chdir('sub')
                    print(os.listdir('.'), open('f.txt').read(), os.path.abspath('f.txt') == os.path.join(tmp, 'sub', 'f.txt'))
                    print(os.system('test -f f.txt'), subprocess.call(['test', '-f', 'f.txt']))
                    print(subprocess.check_output(['pwd']).strip() == os.getcwd().encode())
                    print(subprocess.check_output('ls', cwd='..').split())
                    p = os.popen('cat f.txt')
                    print(p.read(), p.close())
                finally:
                    os.chdir(start)
                    shutil.rmtree(tmp)
                """);
    }

    @Test
    void waitpidAndKillWorkOnChildrenOfTheShim() {
        same("""
                p = subprocess.Popen(['sh', '-c', 'exit 6'])
                pid, status = os.waitpid(p.pid, 0)
                print(pid == p.pid, status, os.WEXITSTATUS(status))
                p = subprocess.Popen(['sleep', '30'])
                print(os.waitpid(p.pid, os.WNOHANG))
                os.kill(p.pid, signal.SIGTERM)
                print(p.wait())
                try:
                    os.kill(p.pid, 0)
                except OSError as e:
                    print('gone', e.errno)
                try:
                    os.waitpid(p.pid, 0)
                except OSError as e:
                    print('no child', e.errno)
                print(os.getppid() > 0, os.getppid() != os.getpid())
                """);
    }
}
