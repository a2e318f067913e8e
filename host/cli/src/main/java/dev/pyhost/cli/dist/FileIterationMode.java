package dev.pyhost.cli.dist;

import org.objectweb.asm.ClassVisitor;
import org.objectweb.asm.MethodVisitor;
import org.objectweb.asm.Opcodes;

/**
 * A build step's change to Jython's {@code PyFile}: the next line of a {@code for} loop over a file
 * ({@code file___iternext__}) first has the file's mode checked
 * ({@code dev.pyhost.engine.jython.FileModeErrors.beforeIteration}), so a loop over a write-only
 * file raises CPython 2.7's {@code IOError('File not open for reading')} where Jython's file layer
 * said {@code [Errno 9] Bad file descriptor}. Applied where {@link ClassFileUpgrade} rewrites the
 * class.
 */
final class FileIterationMode extends MarkedChange {
    static final String CLASS = "org/python/core/PyFile.class";
    static final String MARK = "pyhost$fileIterationMode$1";

    static boolean isApplied(byte[] classFile) {
        return MarkedChange.isApplied(classFile, MARK);
    }

    FileIterationMode(ClassVisitor next) {
        super(next, MARK);
    }

    @Override
    public MethodVisitor visitMethod(int access, String name, String descriptor, String signature, String[] exceptions) {
        MethodVisitor mv = super.visitMethod(access, name, descriptor, signature, exceptions);
        if (!"file___iternext__".equals(name) || !"()Lorg/python/core/PyObject;".equals(descriptor)) {
            return mv;
        }
        return new MethodVisitor(Opcodes.ASM9, mv) {
            @Override
            public void visitCode() {
                super.visitCode();
                super.visitVarInsn(Opcodes.ALOAD, 0);
                super.visitMethodInsn(Opcodes.INVOKESTATIC, "dev/pyhost/engine/jython/FileModeErrors", "beforeIteration",
                        "(Lorg/python/core/PyFile;)V", false);
            }
        };
    }
}
