package dev.pyhost.cli.daemon;

import dev.pyhost.PyHost;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * Makes a host started ahead of its run into the client's process, as the script will see it:
 * the client's working directory and environment ({@code os.environ}), its process ids
 * ({@code os.getpid()} is the client's — the process the user started, signals and waits on —
 * never the daemon's, which would be the same for every run), and for a terminal, line-buffered
 * stdout and the terminal's size ({@code os.get_terminal_size()}); its signal handlers are the
 * run's own, never the daemon's process's (the client forwards the signals it gets). Runs as Python through {@link PyHost#call}, binding no name in {@code __main__}.
 */
final class Binding {
    /** Runs SOURCE with `args` bound, in a namespace of its own. */
    private static final String RUNNER =
            "lambda src, *args: eval(compile(src, '<pyhost daemon>', 'exec'), {'__builtins__': __builtins__, 'args': args})";

    /** Defines {@code _pyhost._daemon_bind} (compiled once per host, while it is a spare). */
    private static final String SOURCE = """
            def bind(cwd, keys, values, pid, ppid, line_buffered, size):
              import os, sys
              def _s(v):
                  if sys.version_info[0] < 3 and not isinstance(v, str):
                      return v.encode('utf-8')
                  return str(v)
              os.chdir(_s(cwd))
              environ = os.environ
              wanted = dict((_s(k), _s(v)) for k, v in zip(keys, values))
              for k in list(environ.keys()):
                  if k not in wanted:
                      del environ[k]
              for k, v in wanted.items():
                  if environ.get(k) != v:
                      environ[k] = v
              def getpid():
                  return pid
              def getppid():
                  return ppid
              getpid.__module__ = getppid.__module__ = 'os'
              os.getpid = getpid
              os.getppid = getppid
              # signal handlers and the alarm belong to the run, not to the daemon's process
              __import__('_pyhost').bridge.core('signal').keepHandlersToSession(pid)
              if size is not None:
                  __import__('_pyhost').terminal_size = (int(size[0]), int(size[1]))
              if line_buffered and sys.version_info[0] >= 3:
                  __import__('_pyhost').configure_stdio(True)
            __import__('_pyhost')._daemon_bind = bind
            """;

    private Binding() {
    }

    /** Makes the binding function ready in a host (no name reaches {@code __main__}). */
    static void prepare(PyHost host) {
        host.call(RUNNER, SOURCE);
    }

    static void apply(PyHost host, Path cwd, Map<String, String> env, int pid, int ppid, boolean lineBuffered,
                      int[] terminalSize) {
        List<String> keys = new ArrayList<>(env.keySet());
        List<String> values = new ArrayList<>();
        keys.forEach(k -> values.add(env.get(k)));
        List<Integer> size = terminalSize == null ? null : List.of(terminalSize[0], terminalSize[1]);
        host.call("__import__('_pyhost')._daemon_bind", cwd.toString(), keys, values, pid, ppid, lineBuffered, size);
    }
}
