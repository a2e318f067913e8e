package dev.pyhost.engine.jython;

import org.junit.jupiter.api.Test;
import org.python.core.imp;

import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;

import static org.assertj.core.api.Assertions.assertThatCode;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/**
 * Frames of a module Jython compiled, computed again: as version 51, where the JVM has no second
 * way to verify a class, Jython's own frames are refused and the recomputed ones taken.
 */
class CompiledFramesTest {
    /** UserDict.pop of Jython's library, whose frames the JVM refuses. */
    private static final String SOURCE = """
            def pop(d, key, *args):
                if len(args) > 1:
                    raise TypeError, "pop expected at most 2 arguments, got " + repr(1 + len(args))
                try:
                    value = d[key]
                except KeyError:
                    if args:
                        return args[0]
                    raise
                del d[key]
                return value
            """;

    private static byte[] compiled() {
        return imp.compileSource("popper", new ByteArrayInputStream(SOURCE.getBytes(StandardCharsets.UTF_8)), "popper.py");
    }

    private static void verifyStrictly(byte[] classFile) throws ClassNotFoundException {
        byte[] strict = classFile.clone();
        strict[6] = 0;
        strict[7] = 51;
        ClassLoader loader = new ClassLoader(CompiledFramesTest.class.getClassLoader()) {
            @Override
            protected Class<?> findClass(String name) throws ClassNotFoundException {
                if (name.equals("popper$py")) {
                    return defineClass(name, strict, 0, strict.length);
                }
                throw new ClassNotFoundException(name);
            }
        };
        Class.forName("popper$py", true, loader);
    }

    @Test
    void jythonsOwnFramesAreRefusedWhereATryBlockStoresIntoAVariable() {
        assertThatThrownBy(() -> verifyStrictly(compiled())).isInstanceOf(VerifyError.class);
    }

    @Test
    void recomputedFramesAreTaken() {
        assertThatCode(() -> verifyStrictly(CompiledFrames.recomputed(compiled()))).doesNotThrowAnyException();
    }
}
