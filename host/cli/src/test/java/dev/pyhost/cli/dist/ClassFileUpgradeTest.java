package dev.pyhost.cli.dist;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.objectweb.asm.ClassWriter;
import org.objectweb.asm.Label;
import org.objectweb.asm.MethodVisitor;
import org.objectweb.asm.Opcodes;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.FileTime;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.zip.ZipEntry;
import java.util.zip.ZipFile;
import java.util.zip.ZipOutputStream;

import static org.assertj.core.api.Assertions.assertThat;

class ClassFileUpgradeTest {
    @TempDir
    Path dir;

    private static byte[] classFile(int major, String body) {
        byte[] tail = body.getBytes();
        byte[] b = new byte[8 + tail.length];
        b[0] = (byte) 0xCA;
        b[1] = (byte) 0xFE;
        b[2] = (byte) 0xBA;
        b[3] = (byte) 0xBE;
        b[6] = (byte) (major >> 8);
        b[7] = (byte) major;
        System.arraycopy(tail, 0, b, 8, tail.length);
        return b;
    }

    private Path jar(String name, Map<String, byte[]> entries) throws IOException {
        Path jar = dir.resolve(name);
        try (OutputStream f = Files.newOutputStream(jar); ZipOutputStream z = new ZipOutputStream(f)) {
            for (Map.Entry<String, byte[]> e : entries.entrySet()) {
                z.putNextEntry(new ZipEntry(e.getKey()));
                z.write(e.getValue());
                z.closeEntry();
            }
        }
        return jar;
    }

    private static Map<String, byte[]> read(Path jar) throws IOException {
        Map<String, byte[]> m = new LinkedHashMap<>();
        try (ZipFile z = new ZipFile(jar.toFile())) {
            for (ZipEntry e : java.util.Collections.list(z.entries())) {
                m.put(e.getName(), z.getInputStream(e).readAllBytes());
            }
        }
        return m;
    }

    @Test
    void java5ClassesBecomeJava6AndEverythingElseStaysAsItWas() throws IOException {
        Map<String, byte[]> in = new LinkedHashMap<>();
        in.put("META-INF/MANIFEST.MF", "Manifest-Version: 1.0\n".getBytes());
        in.put("a/Old.class", classFile(49, "old body"));
        in.put("a/New.class", classFile(52, "new body"));
        in.put("a/Older.class", classFile(48, "older body"));
        in.put("Lib/os.py", "import sys\n".getBytes());
        Path jar = jar("lib.jar", in);

        assertThat(ClassFileUpgrade.upgrade(jar)).isEqualTo(1);

        Map<String, byte[]> out = read(jar);
        assertThat(out.keySet()).containsExactlyElementsOf(in.keySet());
        assertThat(out.get("a/Old.class")).isEqualTo(classFile(50, "old body"));
        assertThat(out.get("a/New.class")).isEqualTo(in.get("a/New.class"));
        assertThat(out.get("a/Older.class")).isEqualTo(in.get("a/Older.class"));
        assertThat(out.get("Lib/os.py")).isEqualTo(in.get("Lib/os.py"));
        assertThat(out.get("META-INF/MANIFEST.MF")).isEqualTo(in.get("META-INF/MANIFEST.MF"));
    }

    @Test
    void aJarWithNothingToChangeIsNotRewritten() throws IOException {
        Path jar = jar("done.jar", Map.of("a/New.class", classFile(50, "x")));
        FileTime before = FileTime.fromMillis(1_000_000_000_000L);
        Files.setLastModifiedTime(jar, before);

        assertThat(ClassFileUpgrade.upgrade(jar)).isZero();
        assertThat(Files.getLastModifiedTime(jar)).isEqualTo(before);
    }

    @Test
    void aSignedJarIsLeftAlone() throws IOException {
        Map<String, byte[]> in = new LinkedHashMap<>();
        in.put("META-INF/SIGNER.SF", "Signature-Version: 1.0\n".getBytes());
        in.put("a/Old.class", classFile(49, "signed"));
        Path jar = jar("signed.jar", in);

        assertThat(ClassFileUpgrade.upgrade(jar)).isZero();
        assertThat(read(jar).get("a/Old.class")).isEqualTo(classFile(49, "signed"));
    }

    /** A version-49 class {@code name} extending {@code superName}, with a constructor only. */
    private static byte[] java5Class(String name, String superName) {
        ClassWriter w = new ClassWriter(0);
        w.visit(Opcodes.V1_5, Opcodes.ACC_PUBLIC | Opcodes.ACC_SUPER, name, null, superName, null);
        MethodVisitor m = w.visitMethod(Opcodes.ACC_PUBLIC, "<init>", "()V", null, null);
        m.visitCode();
        m.visitVarInsn(Opcodes.ALOAD, 0);
        m.visitMethodInsn(Opcodes.INVOKESPECIAL, superName, "<init>", "()V", false);
        m.visitInsn(Opcodes.RETURN);
        m.visitMaxs(1, 1);
        m.visitEnd();
        w.visitEnd();
        return w.toByteArray();
    }

    /** Version 49: {@code static a.A pick(boolean b) { return b ? new a.B() : new a.C(); }}, no frames. */
    private static byte[] java5Picker() {
        return picker(new ClassWriter(0), Opcodes.V1_5);
    }

    /** The same as version 50 with its frames (where B and C meet: A). */
    private static byte[] framedJava6Picker() {
        return picker(new ClassWriter(ClassWriter.COMPUTE_FRAMES) {
            @Override
            protected String getCommonSuperClass(String a, String b) {
                return "a/A";
            }
        }, Opcodes.V1_6);
    }

    private static byte[] picker(ClassWriter w, int version) {
        w.visit(version, Opcodes.ACC_PUBLIC | Opcodes.ACC_SUPER, "a/Pick", null, "java/lang/Object", null);
        MethodVisitor m = w.visitMethod(Opcodes.ACC_PUBLIC | Opcodes.ACC_STATIC, "pick", "(Z)La/A;", null, null);
        m.visitCode();
        Label other = new Label();
        Label done = new Label();
        m.visitVarInsn(Opcodes.ILOAD, 0);
        m.visitJumpInsn(Opcodes.IFEQ, other);
        for (String made : new String[] {"a/B", "a/C"}) {
            if (made.equals("a/C")) {
                m.visitLabel(other);
            }
            m.visitTypeInsn(Opcodes.NEW, made);
            m.visitInsn(Opcodes.DUP);
            m.visitMethodInsn(Opcodes.INVOKESPECIAL, made, "<init>", "()V", false);
            if (made.equals("a/B")) {
                m.visitJumpInsn(Opcodes.GOTO, done);
            }
        }
        m.visitLabel(done);
        m.visitInsn(Opcodes.ARETURN);
        m.visitMaxs(2, 1);
        m.visitEnd();
        w.visitEnd();
        return w.toByteArray();
    }

    private static final class Loader extends ClassLoader {
        private final Map<String, byte[]> classes;

        Loader(Map<String, byte[]> classes) {
            super(null);
            this.classes = classes;
        }

        @Override
        protected Class<?> findClass(String name) throws ClassNotFoundException {
            byte[] b = classes.get(name.replace('.', '/') + ".class");
            if (b == null) {
                throw new ClassNotFoundException(name);
            }
            return defineClass(name, b, 0, b.length);
        }
    }

    @Test
    void java5CodeGetsFramesThatTheStrictVerifierAcceptsWhereTypesMeetAtTheirCommonSuperClass() throws Exception {
        Map<String, byte[]> in = new LinkedHashMap<>();
        in.put("a/A.class", java5Class("a/A", "java/lang/Object"));
        in.put("a/B.class", java5Class("a/B", "a/A"));
        in.put("a/C.class", java5Class("a/C", "a/A"));
        in.put("a/Pick.class", java5Picker());
        Path jar = jar("code.jar", in);

        assertThat(ClassFileUpgrade.upgrade(jar)).isEqualTo(4);

        Map<String, byte[]> out = read(jar);
        byte[] pick = out.get("a/Pick.class");
        assertThat(pick[7]).isEqualTo((byte) 50);
        assertThat(StackMapFrames.lacksFrames(pick)).isFalse();
        // as version 51 the JVM takes the frames or refuses the class: it has no fallback there
        pick[7] = 51;
        Class<?> c = new Loader(out).loadClass("a/Pick".replace('/', '.'));
        assertThat(c.getMethod("pick", boolean.class).invoke(null, true).getClass().getName()).isEqualTo("a.B");
        assertThat(c.getMethod("pick", boolean.class).invoke(null, false).getClass().getName()).isEqualTo("a.C");

        assertThat(ClassFileUpgrade.upgrade(jar)).as("a second run changes nothing").isZero();
    }

    @Test
    void aJava6ClassWithoutTheFramesItNeedsGetsThem() throws IOException {
        byte[] unframed = java5Picker();
        unframed[7] = 50;
        Path jar = jar("six.jar", Map.of("a/Pick.class", unframed, "a/A.class", java5Class("a/A", "java/lang/Object"),
                "a/B.class", java5Class("a/B", "a/A"), "a/C.class", java5Class("a/C", "a/A")));
        assertThat(StackMapFrames.lacksFrames(unframed)).isTrue();

        ClassFileUpgrade.upgrade(jar);

        assertThat(StackMapFrames.lacksFrames(read(jar).get("a/Pick.class"))).isFalse();
    }

    @Test
    void codeReferringToATypeNowhereToBeFoundOnlyChangesItsVersion() throws IOException {
        Path jar = jar("alone.jar", Map.of("a/Pick.class", java5Picker()));

        assertThat(ClassFileUpgrade.upgrade(jar)).isEqualTo(1);

        byte[] pick = read(jar).get("a/Pick.class");
        byte[] expected = java5Picker();
        expected[7] = 50;
        assertThat(pick).isEqualTo(expected);
        FileTime before = FileTime.fromMillis(1_000_000_000_000L);
        Files.setLastModifiedTime(jar, before);
        assertThat(ClassFileUpgrade.upgrade(jar)).as("a second run changes nothing").isZero();
        assertThat(Files.getLastModifiedTime(jar)).isEqualTo(before);
    }

    @Test
    void aModuleJythonCompiledGetsFramesComputedAgainOnce() throws IOException {
        byte[] module = framedJava6Picker();  // frames as Jython's compiler gives them
        assertThat(StackMapFrames.lacksFrames(module)).isFalse();
        Map<String, byte[]> in = new LinkedHashMap<>();
        in.put("Lib/mod$py.class", module);
        in.put("a/A.class", java5Class("a/A", "java/lang/Object"));
        in.put("a/B.class", java5Class("a/B", "a/A"));
        in.put("a/C.class", java5Class("a/C", "a/A"));
        Path jar = jar("lib.jar", in);

        ClassFileUpgrade.upgrade(jar);

        assertThat(StackMapFrames.isComputed(read(jar).get("Lib/mod$py.class"))).isTrue();
        assertThat(StackMapFrames.lacksFrames(read(jar).get("Lib/mod$py.class"))).isFalse();
        assertThat(ClassFileUpgrade.upgrade(jar)).as("a second run changes nothing").isZero();
    }
}
