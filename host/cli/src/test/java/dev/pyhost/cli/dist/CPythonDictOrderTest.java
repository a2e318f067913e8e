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

/** Jython's own {@code PyDictionary} class, as the distribution's build changes it. */
class CPythonDictOrderTest {
    private static final String STORAGE = CPythonDictOrder.STORAGE;

    private static byte[] jythonDict() throws IOException {
        try (InputStream in = ClassLoader.getSystemResourceAsStream(CPythonDictOrder.CLASS)) {
            assertThat(in).as("Jython's PyDictionary on the class path").isNotNull();
            return in.readAllBytes();
        }
    }

    private static byte[] changed(byte[] before) {
        ClassWriter out = new ClassWriter(ClassWriter.COMPUTE_MAXS);
        new ClassReader(before).accept(new CPythonDictOrder(out), ClassReader.SKIP_FRAMES);
        return out.toByteArray();
    }

    /** The calls (and "new T") of each method, "name descriptor" -> "owner.name" in order. */
    private static List<String> calls(byte[] classFile, String method, String descriptor) {
        List<String> calls = new ArrayList<>();
        new ClassReader(classFile).accept(new ClassVisitor(Opcodes.ASM9) {
            @Override
            public MethodVisitor visitMethod(int access, String name, String desc, String signature, String[] exceptions) {
                if (!name.equals(method) || !desc.equals(descriptor)) {
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
    void everyStorageIsMadeAsCPythonsTable() throws IOException {
        byte[] before = jythonDict();
        assertThat(calls(before, "<init>", "(Lorg/python/core/PyType;)V")).contains("org/python/util/Generic.concurrentMap");
        assertThat(calls(before, "<init>", "(Lorg/python/core/PyType;I)V")).contains("new java/util/concurrent/ConcurrentHashMap");

        byte[] after = changed(before);
        assertThat(calls(after, "<init>", "(Lorg/python/core/PyType;)V"))
                .contains(STORAGE + ".create").doesNotContain("org/python/util/Generic.concurrentMap");
        assertThat(calls(after, "<init>", "(Lorg/python/core/PyType;I)V"))
                .contains("new " + STORAGE, STORAGE + ".<init>").doesNotContain("new java/util/concurrent/ConcurrentHashMap");
        assertThat(calls(after, "<init>", "(Lorg/python/core/PyType;Z)V")).contains(STORAGE + ".create");
    }

    @Test
    void theDictOfAnInstanceIsStoredTheSameWay() throws IOException {
        byte[] before;
        try (InputStream in = ClassLoader.getSystemResourceAsStream(CPythonDictOrder.STRING_MAP)) {
            before = in.readAllBytes();
        }
        assertThat(calls(before, "<init>", "(I)V")).contains("new java/util/concurrent/ConcurrentHashMap");
        byte[] after = changed(before);
        assertThat(calls(after, "<init>", "(I)V"))
                .contains("new " + STORAGE, STORAGE + ".<init>").doesNotContain("new java/util/concurrent/ConcurrentHashMap");
    }

    @Test
    void displaysPopitemKeywordsAndFromkeysAreCPythons() throws IOException {
        byte[] after = changed(jythonDict());
        assertThat(calls(after, "<init>", "([Lorg/python/core/PyObject;)V"))
                .containsSubsequence("org/python/core/PyDictionary.<init>", "org/python/core/PyDictionary.getMap",
                        STORAGE + ".presize");
        assertThat(calls(after, "dict_popitem", "()Lorg/python/core/PyObject;"))
                .containsExactly(STORAGE + ".popitem");
        List<String> update = calls(after, "updateCommon",
                "([Lorg/python/core/PyObject;[Ljava/lang/String;Ljava/lang/String;)V");
        assertThat(update.get(0)).isEqualTo(STORAGE + ".updateKeywords");
        // the rest of Jython's update follows unchanged
        assertThat(update.subList(1, update.size())).isEqualTo(calls(jythonDict(), "updateCommon",
                "([Lorg/python/core/PyObject;[Ljava/lang/String;Ljava/lang/String;)V"));
        assertThat(calls(after, "dict_fromkeys",
                "(Lorg/python/core/PyType;Lorg/python/core/PyObject;Lorg/python/core/PyObject;)Lorg/python/core/PyObject;"))
                .containsExactly(STORAGE + ".fromkeys");
        assertThat(CPythonDictOrder.isApplied(after)).isTrue();
        assertThat(CPythonDictOrder.isApplied(jythonDict())).isFalse();
    }
}
