package dev.pyhost.cli.dist;

import org.objectweb.asm.ClassVisitor;
import org.objectweb.asm.Opcodes;

/**
 * A build step's change to one of Jython's classes that leaves a mark in it: a field whose name
 * says the change and its version (the number goes up with each version of the change), so that a
 * class file already changed by this version is told apart and left as it is.
 */
abstract class MarkedChange extends ClassVisitor {
    private final String mark;

    MarkedChange(ClassVisitor next, String mark) {
        super(Opcodes.ASM9, next);
        this.mark = mark;
    }

    /** Whether the class file has the change of {@code mark}'s version. */
    static boolean isApplied(byte[] classFile, String mark) {
        return StackMapFrames.mentions(classFile, mark);
    }

    @Override
    public void visitEnd() {
        super.visitField(Opcodes.ACC_PRIVATE | Opcodes.ACC_STATIC | Opcodes.ACC_FINAL | Opcodes.ACC_SYNTHETIC,
                mark, "Z", null, null).visitEnd();
        super.visitEnd();
    }
}
