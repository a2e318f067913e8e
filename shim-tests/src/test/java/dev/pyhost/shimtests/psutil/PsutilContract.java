package dev.pyhost.shimtests.psutil;

import dev.pyhost.shimtests.ShimContract;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

import java.io.IOException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.concurrent.TimeUnit;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * {@code psutil} on both engines, compared with the real psutil (CPython 3, Debian's
 * python3-psutil) on the same machine: the same shapes for every function, the same live values
 * where they cannot change between two runs, and psutil's own exceptions. Snippets print the
 * same on Python 2 and 3, so Jython is held to the real psutil too.
 */
abstract class PsutilContract extends ShimContract {

    /** Reduces a value to its shape: namedtuple fields with the kinds of their values. */
    private static final String KIND = """
            from __future__ import print_function
            import psutil, os, sys
            def kind(v):
                if isinstance(v, bool): return 'bool'
                if v is None: return 'None'
                if isinstance(v, float): return 'float'
                if isinstance(v, int) or type(v).__name__ == 'long': return 'int'
                if isinstance(v, str) or type(v).__name__ == 'unicode': return 'str'
                if hasattr(v, '_fields'):
                    return '%s(%s)' % (type(v).__name__, ','.join('%s:%s' % (f, kind(getattr(v, f))) for f in v._fields))
                if isinstance(v, list): return 'list[%s]' % '|'.join(sorted(set(kind(x) for x in v)))
                if isinstance(v, tuple): return 'tuple[%s]' % ','.join(kind(x) for x in v)
                if isinstance(v, dict): return 'dict[%s]' % '|'.join(sorted(set(kind(x) for x in v.values())))
                return type(v).__name__
            def show(label, f):
                try:
                    print(label, kind(f()))
                except Exception as e:
                    print(label, 'raised', type(e).__name__)
            """;

    private final List<Process> started = new ArrayList<>();

    @AfterEach
    void stopChildren() {
        for (Process p : started) {
            p.destroyForcibly();
        }
    }

    private long spawn(String... command) throws IOException {
        Process p = new ProcessBuilder(command).redirectErrorStream(true).start();
        started.add(p);
        return p.pid();
    }

    /** The snippet prints the same under pyhost as under CPython 3 with the real psutil. */
    private void assertSameAsRealPsutil(String code) {
        String expected = RealPsutil.run(code);
        assertThat(py(code)).as("stdout of:%n%s", code).isEqualTo(expected);
    }

    @Test
    void systemFunctionsHaveRealPsutilsShapes() {
        assertSameAsRealPsutil(KIND + """
                show('cpu_times', psutil.cpu_times)
                show('cpu_times percpu', lambda: psutil.cpu_times(percpu=True))
                show('cpu_percent', lambda: psutil.cpu_percent(None))
                show('cpu_percent percpu', lambda: psutil.cpu_percent(0.01, percpu=True))
                show('cpu_times_percent', lambda: psutil.cpu_times_percent(0.01))
                show('cpu_times_percent percpu', lambda: psutil.cpu_times_percent(None, percpu=True))
                show('cpu_stats', psutil.cpu_stats)
                show('cpu_freq', psutil.cpu_freq)
                show('cpu_count', psutil.cpu_count)
                show('getloadavg', psutil.getloadavg)
                show('virtual_memory', psutil.virtual_memory)
                show('swap_memory', psutil.swap_memory)
                show('disk_usage', lambda: psutil.disk_usage('/'))
                show('disk_partitions', psutil.disk_partitions)
                show('disk_io_counters', psutil.disk_io_counters)
                show('disk_io_counters perdisk', lambda: psutil.disk_io_counters(perdisk=True))
                show('net_io_counters', psutil.net_io_counters)
                show('net_io_counters pernic', lambda: psutil.net_io_counters(pernic=True))
                show('net_if_addrs', lambda: sorted(psutil.net_if_addrs().items()))
                show('net_if_stats', psutil.net_if_stats)
                show('boot_time', psutil.boot_time)
                show('users', psutil.users)
                show('pids', psutil.pids)
                show('pid_exists', lambda: psutil.pid_exists(1))
                print(psutil.version_info[:2], psutil.__version__[:3])
                print(psutil.STATUS_RUNNING, psutil.STATUS_ZOMBIE, psutil.CONN_LISTEN, psutil.CONN_NONE, psutil.AF_LINK)
                print(int(psutil.NIC_DUPLEX_FULL), int(psutil.POWER_TIME_UNLIMITED))
                """);
    }

    @Test
    void processMethodsHaveRealPsutilsShapes() {
        assertSameAsRealPsutil(KIND + """
                p = psutil.Process()
                for name in ['ppid', 'name', 'exe', 'cmdline', 'status', 'username', 'create_time', 'cwd',
                             'cpu_times', 'cpu_percent', 'memory_info', 'memory_full_info', 'memory_percent',
                             'num_threads', 'num_fds', 'io_counters', 'num_ctx_switches', 'nice', 'uids', 'gids',
                             'environ', 'cpu_num', 'parent', 'is_running']:
                    show(name, getattr(p, name))
                show('threads', lambda: p.threads()[0])
                show('as_dict', lambda: sorted(p.as_dict(['pid', 'name', 'username']).items()))
                f = open(os.devnull)
                show('open_files', lambda: p.open_files()[-1:])
                print(p.pid == os.getpid(), p == psutil.Process(os.getpid()), hash(p) == hash(psutil.Process()))
                print(type(p.connections()).__name__, type(psutil.net_connections()).__name__)
                """);
    }

    @Test
    void totalsAndCountsAreRealPsutilsExactly() {
        assertSameAsRealPsutil("""
                from __future__ import print_function
                import psutil
                print(psutil.virtual_memory().total, psutil.swap_memory().total)
                print(psutil.disk_usage('/').total, psutil.cpu_count(), psutil.cpu_count(logical=False))
                print(psutil.disk_usage(b'/').total == psutil.disk_usage(u'/').total)
                print(int(psutil.boot_time()), len(psutil.cpu_times(percpu=True)))
                print(sorted((d.device, d.mountpoint, d.fstype) for d in psutil.disk_partitions()))
                print(sorted(psutil.net_if_addrs()), sorted((k, v.mtu, v.isup) for k, v in psutil.net_if_stats().items()))
                import socket
                family = {socket.AF_INET: 'inet', getattr(socket, 'AF_INET6', -1): 'inet6', psutil.AF_LINK: 'link'}
                print(sorted((k, [(family[a.family], a.address, a.netmask, a.broadcast) for a in v]) for k, v in psutil.net_if_addrs().items()))
                """);
    }

    @Test
    void aLocalSocketTheScriptListensOnReadsAsRealPsutilReadsIt() {
        assertSameAsRealPsutil("""
                from __future__ import print_function
                import os, psutil, shutil, socket, tempfile
                d = tempfile.mkdtemp()
                path = os.path.join(d, 'ctl.sock')
                s = socket.socket(socket.AF_UNIX, socket.SOCK_STREAM)
                s.bind(path)
                s.listen(1)
                mine = [c for c in psutil.Process().connections(kind='unix') if c.laddr == path]
                print([(c.fd == s.fileno(), int(c.family), int(c.type), c.raddr, c.status) for c in mine])
                print([(c.fd == s.fileno(), c.pid == os.getpid(), c.raddr) for c in psutil.net_connections('unix')
                       if c.laddr == path])
                s.close()
                shutil.rmtree(d)
                """);
    }

    @Test
    void aSpawnedChildReadsAsRealPsutilReadsIt() throws IOException {
        long pid = spawn("sleep", "30");
        String code = """
                from __future__ import print_function
                import psutil
                p = psutil.Process(%d)
                print(p.name(), p.cmdline(), p.ppid(), '%%.2f' %% p.create_time(), p.status(), p.username())
                print(p.exe(), p.cwd(), p.nice(), tuple(p.uids()), tuple(p.gids()), p.num_threads(), p.terminal())
                print(p.memory_info().rss > 0, p.parent().pid, p.is_running(), psutil.pid_exists(%d))
                print(%d in psutil.pids(), [sorted(x.info.items()) for x in psutil.process_iter(['pid', 'name']) if x.pid == %d])
                """.formatted(pid, pid, pid, pid);
        assertSameAsRealPsutil(code);
    }

    @Test
    void processListOverlapsRealPsutils() throws IOException {
        long pid = spawn("sleep", "30");
        String code = "from __future__ import print_function\nimport psutil\nprint(' '.join(str(p) for p in psutil.pids()))\n";
        Set<String> ours = new HashSet<>(Arrays.asList(py(code).trim().split(" ")));
        Set<String> theirs = new HashSet<>(Arrays.asList(RealPsutil.run(code).trim().split(" ")));
        assertThat(ours).contains("1", Long.toString(pid));
        assertThat(theirs).contains("1", Long.toString(pid));
        Set<String> both = new HashSet<>(ours);
        both.retainAll(theirs);
        assertThat(both.size()).as("pids both see").isGreaterThan(theirs.size() / 2);
    }

    @Test
    void countersOnlyGrowAcrossBothImplementations() {
        String code = """
                from __future__ import print_function
                import psutil
                n = psutil.net_io_counters(pernic=True)['lo']
                c = psutil.cpu_times()
                print(n.bytes_recv, n.packets_recv, int(c.user + c.system + c.idle), psutil.cpu_stats().ctx_switches)
                """;
        long[] a = numbers(py(code));
        long[] b = numbers(RealPsutil.run(code));
        long[] c = numbers(py(code));
        for (int i = 0; i < a.length; i++) {
            assertThat(a[i]).as("field %d before real psutil's", i).isLessThanOrEqualTo(b[i]);
            assertThat(b[i]).as("field %d after real psutil's", i).isLessThanOrEqualTo(c[i]);
        }
    }

    private static long[] numbers(String line) {
        return Arrays.stream(line.trim().split(" ")).mapToLong(Long::parseLong).toArray();
    }

    @Test
    void errorsReadAsRealPsutils() throws Exception {
        Process gone = new ProcessBuilder("true").start();
        gone.waitFor(10, TimeUnit.SECONDS);
        long sleeper = spawn("sleep", "30");
        assertSameAsRealPsutil("""
                from __future__ import print_function
                import psutil
                try:
                    psutil.Process(%d)
                except psutil.NoSuchProcess as e:
                    print(str(e), repr(e), e.pid, e.name, e.msg, isinstance(e, psutil.Error))
                p = psutil.Process(%d)
                try:
                    p.wait(timeout=0.1)
                except psutil.TimeoutExpired as e:
                    print(str(e), repr(e), e.seconds, e.pid, e.name)
                try:
                    psutil.Process(-1)
                except ValueError as e:
                    print(type(e).__name__, e)
                try:
                    psutil.Process('1')
                except TypeError as e:
                    print(type(e).__name__)
                print(str(psutil.ZombieProcess(7, 'z', 1)), repr(psutil.AccessDenied(3)), str(psutil.AccessDenied()))
                print(issubclass(psutil.ZombieProcess, psutil.NoSuchProcess), psutil.NoSuchProcess.__module__)
                try:
                    psutil.cpu_percent(-1)
                except ValueError as e:
                    print(e)
                try:
                    psutil.net_connections('bogus')
                except ValueError as e:
                    print(e)
                try:
                    p.as_dict(['nope'])
                except ValueError as e:
                    print(e)
                """.formatted(gone.pid(), sleeper));
    }

    @Test
    void cpuAffinityResourceLimitsAndMemoryMaps() {
        assertSameAsRealPsutil("""
                from __future__ import print_function
                import psutil, subprocess
                child = subprocess.Popen(['sleep', '30'])
                q = psutil.Process(child.pid)
                print(q.cpu_affinity() == list(range(psutil.cpu_count())), psutil.RLIM_INFINITY)
                print(q.rlimit(psutil.RLIMIT_CPU))
                q.rlimit(psutil.RLIMIT_NOFILE, (128, 256))
                print(q.rlimit(psutil.RLIMIT_NOFILE))
                q.cpu_affinity([0])
                print(q.cpu_affinity())
                q.cpu_affinity([])
                print(q.cpu_affinity() == list(range(psutil.cpu_count())))
                for call in (lambda: q.cpu_affinity([99]), lambda: q.cpu_affinity([1.5]), lambda: q.rlimit(99),
                             lambda: q.rlimit(psutil.RLIMIT_NOFILE, (1,)), lambda: q.rlimit(psutil.RLIMIT_NOFILE, 5)):
                    try:
                        call()
                    except (ValueError, TypeError) as e:
                        print(type(e).__name__, str(e).replace(str(list(range(psutil.cpu_count()))), 'CPUS'))
                for args in ((psutil.IOPRIO_CLASS_BE, 5), (psutil.IOPRIO_CLASS_IDLE,), (psutil.IOPRIO_CLASS_NONE,)):
                    q.ionice(*args)
                    print(int(q.ionice().ioclass), q.ionice().value)
                for args in ((psutil.IOPRIO_CLASS_IDLE, 3), (7,), (psutil.IOPRIO_CLASS_BE, 9)):
                    try:
                        q.ionice(*args)
                    except (ValueError, OSError) as e:
                        print(type(e).__name__, ' '.join(str(e).split()[-3:]))  # Python 2 names classes by number
                grouped = q.memory_maps()
                flat = q.memory_maps(grouped=False)
                print(type(grouped[0]).__name__, grouped[0]._fields, type(flat[0]).__name__, flat[0]._fields[:3])
                print(len(set(m.path for m in grouped)) == len(grouped))
                print(all(m.size >= m.rss >= 0 for m in flat))
                q.kill()
                child.wait()
                try:
                    q.cpu_affinity()
                except psutil.NoSuchProcess:
                    print('NoSuchProcess')
                """);
    }

    /** psutil's results pickle (a multiprocessing Queue or Pool carries them), their types found by module. */
    @Test
    void resultsPickleAsRealPsutils() {
        assertSameAsRealPsutil("""
                from __future__ import print_function
                import pickle, psutil
                p = psutil.Process()
                for v in (p.num_ctx_switches(), p.memory_info(), psutil.virtual_memory(), p.cpu_times(),
                          psutil.disk_usage('/'), psutil.swap_memory()):
                    print(type(v).__module__, type(v).__name__, pickle.loads(pickle.dumps(v, 2)) == v)
                """);
    }

    @Test
    void aChildTheScriptStartedCanBeStoppedAndWaitedFor() {
        assertSameAsRealPsutil("""
                from __future__ import print_function
                import psutil, subprocess, time, os
                child = subprocess.Popen(['sleep', '30'])
                p = psutil.Process(child.pid)
                print([c.pid for c in psutil.Process().children()] == [child.pid], p.ppid() == os.getpid())
                p.suspend(); time.sleep(0.3)
                print(p.status())
                p.resume(); time.sleep(0.3)
                print(p.status())
                p.terminate()
                print(p.wait(timeout=5), p.wait(), child.wait(), p.is_running())
                # Python 3: a member of psutil's Negsignal enum (Python 2 has no enum: the number)
                import sys
                py3 = sys.version_info[0] >= 3
                print(repr(p.wait()) if py3 else '<Negsignal.SIGTERM: -15>')
                try:
                    p.kill()
                except psutil.NoSuchProcess as e:
                    print('NoSuchProcess', e.pid == child.pid)
                child = subprocess.Popen(['sleep', '30'])
                p = psutil.Process(child.pid)
                calls = []
                gone, alive = psutil.wait_procs([p], timeout=0.2)
                print(len(gone), len(alive))
                p.kill()
                gone, alive = psutil.wait_procs([p], timeout=5, callback=calls.append)
                print(len(gone), len(alive), gone[0].returncode, calls == gone)
                print(repr(gone[0].returncode) if py3 else '<Negsignal.SIGKILL: -9>')
                """);
    }

    /**
     * A child that ended and that its Popen has not yet waited for is a zombie, as under
     * CPython: psutil sees it, os.kill reaches it, poll() then takes its status. (pyhost used to
     * reap every child at once in a thread of its own, so psutil found no such process.)
     */
    @Test
    void anEndedChildNotYetWaitedForIsAZombie() {
        assertSameAsRealPsutil("""
                from __future__ import print_function
                import psutil, subprocess, time, os
                child = subprocess.Popen(['sh', '-c', 'exit 3'])
                p = psutil.Process(child.pid)
                while p.status() != psutil.STATUS_ZOMBIE:
                    time.sleep(0.01)
                os.kill(child.pid, 0)
                print(p.status(), psutil.pid_exists(child.pid), child.pid in psutil.pids())
                print(child.poll(), psutil.pid_exists(child.pid), child.wait())
                """);
    }

    /** libc's posix_spawnp: a child of this JVM that neither the session nor the JDK waits for. */
    interface Spawn extends com.sun.jna.Library {
        int posix_spawnp(int[] pid, String file, com.sun.jna.Pointer actions, com.sun.jna.Pointer attributes,
                String[] argv, String[] envp);
    }

    /**
     * A zombie child of the process that nobody else reaps (the launcher's shell forks one before
     * it becomes the JVM): Process.wait() reaps it and has its exit code, as real psutil's
     * waitpid() does for a zombie child of its own (CPython: "zombie 3 False"). Before, wait()
     * polled a pid that stays forever and never returned (psutil's test_system hung on it).
     */
    @Test
    void waitReapsAZombieChildNobodyElseWaitsFor() throws Exception {
        Spawn libc = com.sun.jna.Native.load("c", Spawn.class);
        int[] pid = new int[1];
        assertThat(libc.posix_spawnp(pid, "sh", null, null, new String[] {"sh", "-c", "exit 3"}, new String[0])).isZero();
        java.nio.file.Path stat = java.nio.file.Path.of("/proc/" + pid[0] + "/stat");
        long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(10);
        while (!java.nio.file.Files.readString(stat).replaceFirst(".*\\) ", "").startsWith("Z")) {
            assertThat(System.nanoTime()).as("the child ended").isLessThan(deadline);
            Thread.sleep(20);
        }
        String out = py("""
                from __future__ import print_function
                import psutil
                p = psutil.Process(%d)
                try:
                    print(p.status(), p.wait(timeout=5), psutil.pid_exists(%d))
                except psutil.TimeoutExpired:
                    print(p.status(), 'TimeoutExpired')
                """.formatted(pid[0], pid[0]));
        assertThat(out).isEqualTo("zombie 3 False\n");
    }

    /** ionice() with a class and no value sets value 0, as real psutil does (psutil's test_process). */
    @Test
    void ioniceWithoutAValueSetsZero() {
        assertSameAsRealPsutil("""
                from __future__ import print_function
                import psutil, subprocess
                child = subprocess.Popen(['sleep', '30'])
                q = psutil.Process(child.pid)
                for ioclass in (psutil.IOPRIO_CLASS_BE, psutil.IOPRIO_CLASS_IDLE, psutil.IOPRIO_CLASS_BE):
                    q.ionice(ioclass)
                    print(int(q.ionice().ioclass), q.ionice().value)
                q.kill()
                child.wait()
                """);
    }

    /** psutil._psutil_posix.getpagesize, which code outside psutil imports (psutil's test_posix does). */
    @Test
    void getpagesizeComesFromPsutilPosixAsInRealPsutil() {
        assertSameAsRealPsutil("""
                from __future__ import print_function
                import mmap
                from psutil._psutil_posix import getpagesize
                import psutil
                print(getpagesize() == mmap.PAGESIZE, type(getpagesize()).__name__, psutil._psutil_posix.getpagesize is getpagesize)
                """);
    }

    /** __all__ names what real psutil's does, version and /proc path included (psutil's test_misc). */
    @Test
    void allNamesWhatRealPsutilsDoes() {
        assertSameAsRealPsutil("""
                from __future__ import print_function
                import psutil
                print([n for n in ('PROCFS_PATH', '__version__', 'version_info', 'Process', 'cpu_times', 'test')
                       if n in psutil.__all__])
                print(all(hasattr(psutil, n) for n in psutil.__all__))
                """);
    }

    /**
     * What a test patches on the module is what psutil's own functions call, as in real psutil,
     * whose functions look psutil.Process and psutil.cpu_count up in their module when called
     * (psutil's test_process and test_system patch them so).
     */
    @Test
    void aNamePatchedOnTheModuleIsWhatItsFunctionsCall() {
        org.junit.jupiter.api.Assumptions.assumeTrue(major() == 3, "Python 2 modules cannot see what is set on them");
        assertSameAsRealPsutil("""
                import os
                import psutil
                from unittest import mock
                p = psutil.Process()
                list(psutil.process_iter())
                with mock.patch('psutil.Process', side_effect=psutil.NoSuchProcess(os.getpid())) as m:
                    print(list(psutil.process_iter()), p.parent(), m.called)
                with mock.patch('psutil.Process', side_effect=psutil.ZombieProcess(os.getpid())) as m:
                    print(p.is_running(), m.called)
                with mock.patch('psutil.cpu_count', return_value=None) as m:
                    p.cpu_percent()
                    print(m.called)
                print(psutil.Process.__name__, p.parent() is not None, len(list(psutil.process_iter())) > 1)
                """);
    }

    /** Private helpers of real psutil's module that code outside it calls (psutil's own tests do). */
    @Test
    void cpuTimeHelpersAreThereAsInRealPsutil() {
        assertSameAsRealPsutil("""
                from __future__ import print_function
                import psutil
                t = psutil.cpu_times()._make([1.0, 2.0, 3.0, 40.0, 5.0, 6.0, 7.0, 8.0, 0.5, 0.25])
                u = t._make([x + 1 for x in t])
                print(psutil._cpu_tot_time(t), psutil._cpu_busy_time(t), psutil._cpu_times_deltas(t, u))
                """);
    }

    @Test
    void cpuPercentWithoutIntervalComparesWithTheLastCallOfTheThread() {
        String out = py("""
                from __future__ import print_function
                import psutil, threading
                first = psutil.cpu_percent()
                x = 0
                for i in range(200000):
                    x += i
                second = psutil.cpu_percent()
                per = psutil.cpu_percent(percpu=True)
                seen = []
                t = threading.Thread(target=lambda: seen.append(psutil.cpu_percent()))
                t.start(); t.join()
                print(type(first).__name__, 0.0 <= second <= 100.0, len(per) == psutil.cpu_count(), type(seen[0]).__name__)
                p = psutil.Process()
                print(p.cpu_percent(), p.cpu_percent(interval=0.05) >= 0.0)
                """);
        assertThat(out).isEqualTo("float True True float\n0.0 True\n");
    }

    @Test
    void legacyNamesStillAnswerWithADeprecationWarning() {
        String out = py("""
                from __future__ import print_function
                import psutil, warnings
                with warnings.catch_warnings(record=True) as w:
                    warnings.simplefilter('always')
                    same = [
                        psutil.get_pid_list()[:1] == psutil.pids()[:1],
                        psutil.phymem_usage().total == psutil.virtual_memory().total,
                        psutil.virtmem_usage().total == psutil.swap_memory().total,
                        psutil.avail_phymem() > 0, psutil.used_phymem() > 0,
                        psutil.network_io_counters()._fields == psutil.net_io_counters()._fields,
                        len(psutil.get_process_list()) > 0,
                        psutil.Process().get_memory_info()._fields == psutil.Process().memory_info()._fields,
                        isinstance(psutil.Process().get_cpu_percent(), float),
                        isinstance(psutil.Process().get_children(), list),
                        psutil.Process().getcwd() == psutil.Process().cwd(),
                        psutil.Process().get_nice() == psutil.Process().nice(),
                        isinstance(psutil.Process().get_open_files(), list),
                        isinstance(psutil.Process().get_connections(), list),
                    ]
                    print(all(same), len(w) == len(same), sorted(set(x.category.__name__ for x in w)))
                    print(str(w[0].message))
                print(psutil.NUM_CPUS == psutil.cpu_count(), psutil.TOTAL_PHYMEM == psutil.virtual_memory().total,
                      psutil.BOOT_TIME == psutil.boot_time())
                """);
        assertThat(out).isEqualTo("True True ['DeprecationWarning']\nget_pid_list() is deprecated; use pids() instead\nTrue True True\n");
    }
}
