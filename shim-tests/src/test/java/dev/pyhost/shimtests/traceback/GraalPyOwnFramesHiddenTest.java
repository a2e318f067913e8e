package dev.pyhost.shimtests.traceback;

import dev.pyhost.Engine;

class GraalPyOwnFramesHiddenTest extends OwnFramesHiddenContract {
    @Override
    protected Engine engine() {
        return Engine.GRAALPY;
    }
}
