package dev.pyhost.shimtests.traceback;

import dev.pyhost.Engine;

class JythonOwnFramesHiddenTest extends OwnFramesHiddenContract {
    @Override
    protected Engine engine() {
        return Engine.JYTHON;
    }
}
