package dev.pyhost.shimtests.mmap;

import dev.pyhost.Engine;

class JythonMmapTest extends MmapContract {
    @Override
    protected Engine engine() {
        return Engine.JYTHON;
    }
}
