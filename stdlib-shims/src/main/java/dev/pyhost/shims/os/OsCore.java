package dev.pyhost.shims.os;

import dev.pyhost.spi.ShimContext;

import java.io.IOException;
import java.nio.file.Path;
import java.util.Map;

/**
 * The Java core of the {@code os} shim. Engine-neutral: takes the caller's working directory
 * and environment on every call (each session keeps its own), returns plain values.
 */
public final class OsCore {
    private final ShimContext context;

    public OsCore(ShimContext context) {
        this.context = context;
    }

    /** The environment the session started with. */
    public Map<String, String> initialEnvironment() {
        return context.environment();
    }

    /**
     * {@code os.system}: runs {@code /bin/sh -c command} and returns its wait status
     * ({@code exit 3} → 768), the child sharing the session's standard streams.
     */
    public long system(String command, String cwd, Map<String, String> env) throws IOException, InterruptedException {
        ChildProcess child = ChildProcess.start(shell(command, cwd, env), context.stdio(), ChildProcess.Pipe.NONE);
        return WaitStatus.of(child.waitFor());
    }

    /** {@code os.popen}: mode "r" reads the child's stdout, mode "w" writes its stdin. */
    public ChildProcess popen(String command, String mode, String cwd, Map<String, String> env) throws IOException {
        ChildProcess.Pipe pipe = mode.startsWith("w") ? ChildProcess.Pipe.STDIN : ChildProcess.Pipe.STDOUT;
        return ChildProcess.start(shell(command, cwd, env), context.stdio(), pipe);
    }

    private static ProcessBuilder shell(String command, String cwd, Map<String, String> env) {
        ProcessBuilder pb = new ProcessBuilder("/bin/sh", "-c", command);
        pb.directory(Path.of(cwd).toFile());
        Map<String, String> e = pb.environment();
        e.clear();
        e.putAll(env);
        return pb;
    }
}
