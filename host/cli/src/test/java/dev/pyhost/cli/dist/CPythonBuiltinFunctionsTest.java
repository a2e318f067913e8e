package dev.pyhost.cli.dist;

import org.junit.jupiter.api.Test;
import org.objectweb.asm.ClassReader;
import org.objectweb.asm.ClassVisitor;
import org.objectweb.asm.ClassWriter;
import org.objectweb.asm.MethodVisitor;
import org.objectweb.asm.Opcodes;

import java.io.IOException;
import java.io.InputStream;
import java.util.ArrayList;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

/** Jython's own {@code BuiltinFunctions}, as the distribution's build changes it. */
class CPythonBuiltinFunctionsTest {
    /** The static calls the class makes, as "owner.name". */
    private static List<String> staticCalls(byte[] classFile) {
        List<String> calls = new ArrayList<>();
        new ClassReader(classFile).accept(new ClassVisitor(Opcodes.ASM9) {
            @Override
            public MethodVisitor visitMethod(int access, String name, String desc, String signature, String[] exceptions) {
                return new MethodVisitor(Opcodes.ASM9) {
                    @Override
                    public void visitMethodInsn(int opcode, String owner, String mName, String d, boolean itf) {
                        if (opcode == Opcodes.INVOKESTATIC) {
                            calls.add(owner + "." + mName);
                        }
                    }
                };
            }
        }, 0);
        return calls;
    }

    @Test
    void hashCallsCPythonsHash() throws IOException {
        byte[] before;
        try (InputStream in = ClassLoader.getSystemResourceAsStream(CPythonBuiltinFunctions.CLASS)) {
            assertThat(in).as("Jython's BuiltinFunctions on the class path").isNotNull();
            before = in.readAllBytes();
        }
        ClassWriter out = new ClassWriter(ClassWriter.COMPUTE_MAXS);
        new ClassReader(before).accept(new CPythonBuiltinFunctions(out), ClassReader.SKIP_FRAMES);
        byte[] after = out.toByteArray();

        assertThat(staticCalls(before)).contains("org/python/core/__builtin__.hash");
        assertThat(staticCalls(after)).doesNotContain("org/python/core/__builtin__.hash")
                .contains("org/python/core/__builtin__.isinstance")
                .containsOnlyOnce("dev/pyhost/engine/jython/CPython2Hash.builtin");
        assertThat(CPythonBuiltinFunctions.isApplied(after)).isTrue();
        assertThat(CPythonBuiltinFunctions.isApplied(before)).isFalse();
    }
}
