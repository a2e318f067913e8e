package dev.pyhost.shimtests.crypt;

import dev.pyhost.Engine;

class JythonCryptTest extends CryptContract {
    @Override
    protected Engine engine() {
        return Engine.JYTHON;
    }
}
