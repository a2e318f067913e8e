package dev.pyhost.cli.dist;

import org.objectweb.asm.ClassVisitor;
import org.objectweb.asm.MethodVisitor;
import org.objectweb.asm.Opcodes;

/**
 * A build step's change to Jython's {@code _locale} module: the set of the JDK's locales its
 * initialisation builds ({@code new HashSet(Arrays.asList(Locale.getAvailableLocales()))}) becomes
 * {@code dev.pyhost.engine.jython.AvailableLocales}, which asks the JDK only when first read. Every
 * Jython start initialises {@code _locale}, and the JDK's list took about 50 ms of it; only
 * {@code setlocale} reads the set. Applied where {@link ClassFileUpgrade} rewrites the class; a
 * class without that exact sequence is left as it is.
 */
final class DeferredJythonLocales extends ClassVisitor {
    static final String CLASS = "org/python/modules/_locale/_locale.class";
    static final String DEFERRED = "dev/pyhost/engine/jython/AvailableLocales";

    DeferredJythonLocales(ClassVisitor next) {
        super(Opcodes.ASM9, next);
    }

    @Override
    public MethodVisitor visitMethod(int access, String name, String descriptor, String signature, String[] exceptions) {
        MethodVisitor mv = super.visitMethod(access, name, descriptor, signature, exceptions);
        return "<clinit>".equals(name) ? new Replace(mv) : mv;
    }

    /**
     * Rewrites {@code NEW HashSet, DUP, INVOKESTATIC Locale.getAvailableLocales, INVOKESTATIC
     * Arrays.asList, INVOKESPECIAL HashSet.<init>(Collection)} as {@code NEW AvailableLocales, DUP,
     * INVOKESPECIAL AvailableLocales.<init>()}: the {@code NEW} is held back until the sequence
     * shows whether it is this one.
     */
    private static final class Replace extends MethodVisitor {
        private int matched; // 0 none; 1 NEW HashSet; 2 +DUP; 3 +getAvailableLocales; 4 +asList

        Replace(MethodVisitor mv) {
            super(Opcodes.ASM9, mv);
        }

        private void flush() {
            if (matched >= 1) {
                super.visitTypeInsn(Opcodes.NEW, "java/util/HashSet");
            }
            if (matched >= 2) {
                super.visitInsn(Opcodes.DUP);
            }
            if (matched >= 3) {
                super.visitMethodInsn(Opcodes.INVOKESTATIC, "java/util/Locale", "getAvailableLocales",
                        "()[Ljava/util/Locale;", false);
            }
            if (matched >= 4) {
                super.visitMethodInsn(Opcodes.INVOKESTATIC, "java/util/Arrays", "asList",
                        "([Ljava/lang/Object;)Ljava/util/List;", false);
            }
            matched = 0;
        }

        @Override
        public void visitTypeInsn(int opcode, String type) {
            flush();
            if (opcode == Opcodes.NEW && "java/util/HashSet".equals(type)) {
                matched = 1;
                return;
            }
            super.visitTypeInsn(opcode, type);
        }

        @Override
        public void visitInsn(int opcode) {
            if (matched == 1 && opcode == Opcodes.DUP) {
                matched = 2;
                return;
            }
            flush();
            super.visitInsn(opcode);
        }

        @Override
        public void visitMethodInsn(int opcode, String owner, String name, String descriptor, boolean isInterface) {
            if (matched == 2 && "java/util/Locale".equals(owner) && "getAvailableLocales".equals(name)) {
                matched = 3;
                return;
            }
            if (matched == 3 && "java/util/Arrays".equals(owner) && "asList".equals(name)) {
                matched = 4;
                return;
            }
            if (matched == 4 && opcode == Opcodes.INVOKESPECIAL && "java/util/HashSet".equals(owner)
                    && "<init>".equals(name) && "(Ljava/util/Collection;)V".equals(descriptor)) {
                matched = 0;
                super.visitTypeInsn(Opcodes.NEW, DEFERRED);
                super.visitInsn(Opcodes.DUP);
                super.visitMethodInsn(Opcodes.INVOKESPECIAL, DEFERRED, "<init>", "()V", false);
                return;
            }
            flush();
            super.visitMethodInsn(opcode, owner, name, descriptor, isInterface);
        }

        // every other instruction ends a partial match
        @Override
        public void visitVarInsn(int opcode, int varIndex) {
            flush();
            super.visitVarInsn(opcode, varIndex);
        }

        @Override
        public void visitFieldInsn(int opcode, String owner, String name, String descriptor) {
            flush();
            super.visitFieldInsn(opcode, owner, name, descriptor);
        }

        @Override
        public void visitIntInsn(int opcode, int operand) {
            flush();
            super.visitIntInsn(opcode, operand);
        }

        @Override
        public void visitLdcInsn(Object value) {
            flush();
            super.visitLdcInsn(value);
        }

        @Override
        public void visitJumpInsn(int opcode, org.objectweb.asm.Label label) {
            flush();
            super.visitJumpInsn(opcode, label);
        }

        @Override
        public void visitLabel(org.objectweb.asm.Label label) {
            flush();
            super.visitLabel(label);
        }

        @Override
        public void visitIincInsn(int varIndex, int increment) {
            flush();
            super.visitIincInsn(varIndex, increment);
        }

        @Override
        public void visitTableSwitchInsn(int min, int max, org.objectweb.asm.Label dflt, org.objectweb.asm.Label... labels) {
            flush();
            super.visitTableSwitchInsn(min, max, dflt, labels);
        }

        @Override
        public void visitLookupSwitchInsn(org.objectweb.asm.Label dflt, int[] keys, org.objectweb.asm.Label[] labels) {
            flush();
            super.visitLookupSwitchInsn(dflt, keys, labels);
        }

        @Override
        public void visitMultiANewArrayInsn(String descriptor, int numDimensions) {
            flush();
            super.visitMultiANewArrayInsn(descriptor, numDimensions);
        }

        @Override
        public void visitInvokeDynamicInsn(String name, String descriptor, org.objectweb.asm.Handle bootstrapMethodHandle,
                                           Object... bootstrapMethodArguments) {
            flush();
            super.visitInvokeDynamicInsn(name, descriptor, bootstrapMethodHandle, bootstrapMethodArguments);
        }

        @Override
        public void visitMaxs(int maxStack, int maxLocals) {
            flush();
            super.visitMaxs(maxStack, maxLocals);
        }
    }
}
