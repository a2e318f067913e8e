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

/** Jython's own {@code _locale} class, as the distribution's build changes it. */
class DeferredJythonLocalesTest {

    private static byte[] jythonLocale() throws IOException {
        try (InputStream in = ClassLoader.getSystemResourceAsStream(DeferredJythonLocales.CLASS)) {
            assertThat(in).as("Jython's _locale on the class path").isNotNull();
            return in.readAllBytes();
        }
    }

    /** The calls each method makes, as "owner.name", in order. */
    private static List<String> calls(byte[] classFile, String method) {
        List<String> calls = new ArrayList<>();
        new ClassReader(classFile).accept(new ClassVisitor(Opcodes.ASM9) {
            @Override
            public MethodVisitor visitMethod(int access, String name, String descriptor, String signature, String[] exceptions) {
                if (!name.equals(method)) {
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
                    public void visitMethodInsn(int opcode, String owner, String name, String descriptor, boolean itf) {
                        calls.add(owner + "." + name);
                    }
                };
            }
        }, 0);
        return calls;
    }

    @Test
    void theInitialisationNoLongerListsTheJdksLocales() throws IOException {
        byte[] before = jythonLocale();
        assertThat(calls(before, "<clinit>")).contains("java/util/Locale.getAvailableLocales");

        ClassWriter out = new ClassWriter(ClassWriter.COMPUTE_MAXS);
        new ClassReader(before).accept(new DeferredJythonLocales(out), ClassReader.SKIP_FRAMES);
        List<String> after = calls(out.toByteArray(), "<clinit>");

        assertThat(after).doesNotContain("java/util/Locale.getAvailableLocales", "java/util/Arrays.asList",
                "new java/util/HashSet");
        assertThat(after).containsSubsequence("new " + DeferredJythonLocales.DEFERRED,
                DeferredJythonLocales.DEFERRED + ".<init>", "java/util/Collections.unmodifiableSet");
        // everything else in the initialisation is as it was
        List<String> expected = new ArrayList<>(calls(before, "<clinit>"));
        int at = expected.indexOf("new java/util/HashSet");
        expected.subList(at, at + 4).clear();
        expected.addAll(at, List.of("new " + DeferredJythonLocales.DEFERRED, DeferredJythonLocales.DEFERRED + ".<init>"));
        assertThat(after).isEqualTo(expected);
    }

    @Test
    void otherClassesPassUnchanged() throws IOException {
        byte[] before;
        try (InputStream in = ClassLoader.getSystemResourceAsStream("org/python/modules/_locale/DateSymbolJyLocale.class")) {
            before = in.readAllBytes();
        }
        ClassWriter out = new ClassWriter(0);
        new ClassReader(before).accept(new DeferredJythonLocales(out), 0);
        assertThat(calls(out.toByteArray(), "<init>")).isEqualTo(calls(before, "<init>"));
    }
}
