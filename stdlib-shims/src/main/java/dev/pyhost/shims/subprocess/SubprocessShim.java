package dev.pyhost.shims.subprocess;

import dev.pyhost.shims.GlueSource;
import dev.pyhost.spi.ShimContext;
import dev.pyhost.spi.ShimModule;

/**
 * {@code subprocess}: the engine's own module keeps its pure-Python parts (run, call, check_*,
 * the exceptions, list2cmdline); {@code Popen} is replaced by one over {@link SubprocessCore},
 * the same Java process layer on both engines.
 */
public final class SubprocessShim implements ShimModule {
    @Override
    public String name() {
        return "subprocess";
    }

    @Override
    public Kind kind() {
        return Kind.OVERLAY;
    }

    @Override
    public boolean supports(int pythonMajor) {
        return pythonMajor == 2 || pythonMajor == 3;
    }

    @Override
    public String glue(int pythonMajor) {
        String main = GlueSource.load("subprocess/subprocess_py" + pythonMajor + ".py");
        return pythonMajor == 3 ? GlueSource.load("subprocess/subprocess_child_py3.py") + "\n" + main : main;
    }

    @Override
    public Object newCore(ShimContext context) {
        return new SubprocessCore(context);
    }
}
