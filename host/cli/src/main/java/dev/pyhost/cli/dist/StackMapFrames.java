package dev.pyhost.cli.dist;

import org.objectweb.asm.Attribute;
import org.objectweb.asm.ByteVector;
import org.objectweb.asm.ClassReader;
import org.objectweb.asm.ClassVisitor;
import org.objectweb.asm.ClassWriter;
import org.objectweb.asm.Label;
import org.objectweb.asm.MethodVisitor;
import org.objectweb.asm.Opcodes;

import java.nio.charset.StandardCharsets;
import java.util.Arrays;

/**
 * Stack map frames for class files that have none. The JDK's ahead-of-time class cache skips a
 * class the JVM "verified with old verifier": one of version 49, and one of version 50 without
 * frames where it needs them (the JVM falls back to verifying it by type inference). With frames
 * computed by ASM, a version-50 class is verified by type checking and the cache holds it.
 *
 * <p>Should the frames ever be refused, a version-50 class is still verified the old way (the
 * JVM falls back for that version), so a class behaves as before either way.
 */
final class StackMapFrames {
    private static final int JAVA_6 = 50;
    private static final byte UTF8 = 1;
    /** An empty attribute a class framed here carries (the JVM skips attributes it does not know). */
    static final String MARK = "dev.pyhost.StackMapFrames";

    private StackMapFrames() {
    }

    /**
     * Whether a class has a method whose code jumps or catches but no StackMapTable, the frames
     * the JVM checks (always false for a file ASM cannot read). Frames in the older "StackMap"
     * attribute, which Jython's generated classes carry, are ignored by the JVM: they count as none.
     */
    static boolean lacksFrames(byte[] classFile) {
        boolean[] branches = {false};
        try {
            ClassReader r = new ClassReader(classFile);
            if (poolHasName(r, classFile, "StackMapTable")) {
                return false;
            }
            r.accept(new ClassVisitor(Opcodes.ASM9) {
                @Override
                public MethodVisitor visitMethod(int access, String name, String descriptor, String signature,
                                                 String[] exceptions) {
                    return new MethodVisitor(Opcodes.ASM9) {
                        @Override
                        public void visitJumpInsn(int opcode, Label label) {
                            branches[0] = true;
                        }

                        @Override
                        public void visitTableSwitchInsn(int min, int max, Label dflt, Label... labels) {
                            branches[0] = true;
                        }

                        @Override
                        public void visitLookupSwitchInsn(Label dflt, int[] keys, Label[] labels) {
                            branches[0] = true;
                        }

                        @Override
                        public void visitTryCatchBlock(Label start, Label end, Label handler, String type) {
                            branches[0] = true;
                        }
                    };
                }
            }, ClassReader.SKIP_FRAMES | ClassReader.SKIP_DEBUG);
        } catch (RuntimeException unreadable) {
            return false;
        }
        return branches[0];
    }

    /** Whether the class carries frames computed here ({@link #MARK}). */
    static boolean isComputed(byte[] classFile) {
        return mentions(classFile, MARK);
    }

    /** Whether the class's constant pool holds {@code text} (false for a file ASM cannot read). */
    static boolean mentions(byte[] classFile, String text) {
        try {
            return poolHasName(new ClassReader(classFile), classFile, text);
        } catch (RuntimeException unreadable) {
            return false;
        }
    }

    /** Whether the constant pool holds the name (an attribute's, for one: any use of it does). */
    private static boolean poolHasName(ClassReader r, byte[] classFile, String text) {
        byte[] name = text.getBytes(StandardCharsets.US_ASCII);
        for (int i = 1; i < r.getItemCount(); i++) {
            int at = r.getItem(i);
            if (at > 0 && classFile[at - 1] == UTF8 && r.readUnsignedShort(at) == name.length
                    && Arrays.equals(classFile, at + 2, at + 2 + name.length, name, 0, name.length)) {
                return true;
            }
        }
        return false;
    }

    /**
     * The class as version 50 with frames computed for every method, or null where they cannot
     * be (code with subroutines, jsr/ret; a type neither the hierarchy nor the JDK knows).
     */
    static byte[] compute(byte[] classFile, ClassHierarchy hierarchy) {
        return compute(classFile, hierarchy, next -> next);
    }

    /** The same, with {@code change} applied to the class on the way (a build's change to its code). */
    static byte[] compute(byte[] classFile, ClassHierarchy hierarchy, java.util.function.UnaryOperator<ClassVisitor> change) {
        try {
            ClassWriter out = new ClassWriter(ClassWriter.COMPUTE_FRAMES) {
                @Override
                protected String getCommonSuperClass(String a, String b) {
                    return hierarchy.commonSuperClass(a, b);
                }
            };
            new ClassReader(classFile).accept(change.apply(new ClassVisitor(Opcodes.ASM9, out) {
                @Override
                public void visit(int version, int access, String name, String signature, String superName,
                                  String[] interfaces) {
                    super.visit(JAVA_6, access, name, signature, superName, interfaces);
                }

                @Override
                public void visitEnd() {
                    super.visitAttribute(new Mark());
                    super.visitEnd();
                }
            }), ClassReader.SKIP_FRAMES);
            return out.toByteArray();
        } catch (RuntimeException cannot) {
            return null;
        }
    }

    private static final class Mark extends Attribute {
        Mark() {
            super(MARK);
        }

        @Override
        protected ByteVector write(ClassWriter classWriter, byte[] code, int codeLength, int maxStack, int maxLocals) {
            return new ByteVector();
        }
    }
}
