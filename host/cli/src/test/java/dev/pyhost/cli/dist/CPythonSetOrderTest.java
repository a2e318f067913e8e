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

/** Jython's own set classes, as the distribution's build changes them. */
class CPythonSetOrderTest {
    private static final String OPS = CPythonSetOrder.OPS;
    private static final String STORAGE = CPythonSetOrder.STORAGE;
    private static final String OBJECT = "Lorg/python/core/PyObject;";

    private static byte[] jython(String className) throws IOException {
        try (InputStream in = ClassLoader.getSystemResourceAsStream(className + ".class")) {
            assertThat(in).as("Jython's %s on the class path", className).isNotNull();
            return in.readAllBytes();
        }
    }

    private static byte[] changed(String className) throws IOException {
        ClassWriter out = new ClassWriter(ClassWriter.COMPUTE_MAXS);
        new ClassReader(jython(className)).accept(new CPythonSetOrder(out, className), ClassReader.SKIP_FRAMES);
        return out.toByteArray();
    }

    /** Every call and "new T" of the class's methods named {@code method}, in order. */
    private static List<String> calls(byte[] classFile, String method, String descriptor) {
        List<String> calls = new ArrayList<>();
        new ClassReader(classFile).accept(new ClassVisitor(Opcodes.ASM9) {
            @Override
            public MethodVisitor visitMethod(int access, String name, String desc, String signature, String[] exceptions) {
                if (!name.equals(method) || descriptor != null && !desc.equals(descriptor)) {
                    return null;
                }
                return new MethodVisitor(Opcodes.ASM9) {
                    @Override
                    public void visitTypeInsn(int opcode, String type) {
                        if (opcode == Opcodes.NEW) {
                            calls.add("new " + type);
                        }
                    }

                    @Override
                    public void visitMethodInsn(int opcode, String owner, String name, String d, boolean itf) {
                        calls.add(owner + "." + name);
                    }
                };
            }
        }, 0);
        return calls;
    }

    @Test
    void setsAreStoredInCPythonsTable() throws IOException {
        assertThat(calls(jython(CPythonSetOrder.SET), "<init>", null)).contains("org/python/util/Generic.concurrentSet");
        assertThat(calls(changed(CPythonSetOrder.SET), "<init>", null))
                .contains(STORAGE + ".create").doesNotContain("org/python/util/Generic.concurrentSet");
        assertThat(calls(jython(CPythonSetOrder.FROZEN_SET), "<init>", null)).contains("new java/util/HashSet");
        assertThat(calls(changed(CPythonSetOrder.FROZEN_SET), "<init>", null))
                .contains("new " + STORAGE).doesNotContain("new java/util/HashSet");
    }

    @Test
    void theOperationsCPythonBuildsItsOwnWayCallItsAlgorithms() throws IOException {
        byte[] base = changed(CPythonSetOrder.BASE_SET);
        assertThat(calls(base, "baseset_intersection", "(" + OBJECT + ")" + OBJECT)).containsExactly(OPS + ".intersection");
        assertThat(calls(base, "baseset_intersection", "([" + OBJECT + ")" + OBJECT)).containsExactly(OPS + ".intersection");
        assertThat(calls(base, "baseset_difference", "([" + OBJECT + ")" + OBJECT)).containsExactly(OPS + ".difference");
        assertThat(calls(base, "baseset_symmetric_difference", "(" + OBJECT + ")" + OBJECT))
                .containsExactly(OPS + ".symmetricDifference");
        assertThat(calls(base, "_update", "(Ljava/util/Set;" + OBJECT + ")Ljava/util/Set;")).containsExactly(OPS + ".update");
        // union is a merge, which the storage does as CPython does: Jython's body stays
        assertThat(calls(base, "baseset_union", "(" + OBJECT + ")" + OBJECT))
                .isEqualTo(calls(jython(CPythonSetOrder.BASE_SET), "baseset_union", "(" + OBJECT + ")" + OBJECT));

        byte[] set = changed(CPythonSetOrder.SET);
        assertThat(calls(set, "set_pop", null)).containsExactly(OPS + ".pop");
        assertThat(calls(set, "set_difference_update", null)).containsExactly(OPS + ".differenceUpdate");
        assertThat(calls(set, "set_symmetric_difference_update", null)).containsExactly(OPS + ".symmetricDifferenceUpdate");
        assertThat(CPythonSetOrder.isApplied(set)).isTrue();
        assertThat(CPythonSetOrder.isApplied(jython(CPythonSetOrder.SET))).isFalse();
    }
}
