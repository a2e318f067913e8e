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

/** Jython's own {@code PyDefaultDict} class, as the distribution's build changes it. */
class CPythonDefaultDictOrderTest {
    private static final String ITEM = "(Lorg/python/core/PyObject;)Lorg/python/core/PyObject;";

    private static byte[] jython() throws IOException {
        try (InputStream in = ClassLoader.getSystemResourceAsStream(CPythonDefaultDictOrder.CLASS)) {
            assertThat(in).as("Jython's PyDefaultDict on the class path").isNotNull();
            return in.readAllBytes();
        }
    }

    /** The calls of the method, as "opcode owner.name", and its int constants, in order. */
    private static List<String> code(byte[] classFile, String method, String descriptor) {
        List<String> code = new ArrayList<>();
        new ClassReader(classFile).accept(new ClassVisitor(Opcodes.ASM9) {
            @Override
            public MethodVisitor visitMethod(int access, String name, String desc, String signature, String[] exceptions) {
                if (!name.equals(method) || !desc.equals(descriptor)) {
                    return null;
                }
                return new MethodVisitor(Opcodes.ASM9) {
                    @Override
                    public void visitInsn(int opcode) {
                        if (opcode == Opcodes.ICONST_0 || opcode == Opcodes.ICONST_1) {
                            code.add("iconst_" + (opcode - Opcodes.ICONST_0));
                        }
                    }

                    @Override
                    public void visitMethodInsn(int opcode, String owner, String name, String d, boolean itf) {
                        code.add((opcode == Opcodes.INVOKESPECIAL ? "special " : "") + owner + "." + name);
                    }
                };
            }
        }, 0);
        return code;
    }

    @Test
    void theItemsLiveInTheDictsOwnStorage() throws IOException {
        byte[] before = jython();
        assertThat(code(before, "getMap", "()Ljava/util/concurrent/ConcurrentMap;"))
                .contains("org/python/google/common/cache/LoadingCache.asMap");

        ClassWriter out = new ClassWriter(ClassWriter.COMPUTE_MAXS);
        new ClassReader(before).accept(new CPythonDefaultDictOrder(out), ClassReader.SKIP_FRAMES);
        byte[] after = out.toByteArray();

        assertThat(code(after, "getMap", "()Ljava/util/concurrent/ConcurrentMap;"))
                .containsExactly("special org/python/core/PyDictionary.getMap");
        assertThat(code(after, "<init>", "(Lorg/python/core/PyType;)V"))
                .containsSubsequence("iconst_1", "special org/python/core/PyDictionary.<init>");
        assertThat(code(after, "defaultdict___getitem__", ITEM))
                .containsExactly(CPythonDictOrder.STORAGE + ".lookUpOrMissing");
        assertThat(code(after, "defaultdict___missing__", ITEM))
                .containsExactly(CPythonDictOrder.STORAGE + ".storeDefault");
        assertThat(CPythonDefaultDictOrder.isApplied(after)).isTrue();
        assertThat(CPythonDefaultDictOrder.isApplied(before)).isFalse();
    }
}
