package dev.pyhost.shimtests.mmap;

import dev.pyhost.shimtests.ShimContract;
import org.junit.jupiter.api.Test;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;

/**
 * {@code mmap} ({@code mmap_calls.py}): anonymous, shared, read-only and copy-on-write maps of
 * files, reading, writing, finding, moving, seeking, flushing and resizing, and each error, as
 * CPython 2.7 gives them. Python 2 only: GraalPy has its own module.
 */
abstract class MmapContract extends ShimContract {

    @Test
    void mapsBehaveAsCPythons() throws IOException {
        try (InputStream in = MmapContract.class.getResourceAsStream("mmap_calls.py")) {
            assertSameAsCPython(new String(in.readAllBytes(), StandardCharsets.UTF_8));
        }
    }
}
