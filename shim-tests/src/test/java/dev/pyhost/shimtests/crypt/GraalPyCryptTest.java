package dev.pyhost.shimtests.crypt;

import dev.pyhost.Engine;

class GraalPyCryptTest extends CryptContract {
    @Override
    protected Engine engine() {
        return Engine.GRAALPY;
    }
}
