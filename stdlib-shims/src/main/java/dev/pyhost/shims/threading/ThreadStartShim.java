package dev.pyhost.shims.threading;

import dev.pyhost.shims.GlueSource;
import dev.pyhost.spi.ShimContext;
import dev.pyhost.spi.ShimModule;

/**
 * {@code _thread} on Python 3 (GraalPy): before the first thread of a session starts, GraalPy's
 * native-call support is made ready. GraalPy readies it on first use by a handshake with every
 * thread of the context, and a thread waiting in a socket call never answers: the first import of
 * a C extension while another thread waited on a socket (the idna codec of an HTTPS client loads
 * {@code unicodedata.ucd_3_2_0}, one, while its server thread waits for the handshake) hung the
 * process. No Java core: the glue alone does it.
 */
public final class ThreadStartShim implements ShimModule {
    @Override
    public String name() {
        return "_thread";
    }

    @Override
    public Kind kind() {
        return Kind.OVERLAY;
    }

    @Override
    public boolean supports(int pythonMajor) {
        return pythonMajor == 3;
    }

    @Override
    public String glue(int pythonMajor) {
        return GlueSource.load("threading/thread_py3.py");
    }

    @Override
    public Object newCore(ShimContext context) {
        return null;
    }
}
