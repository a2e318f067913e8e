package dev.pyhost.cli.dist;

import org.objectweb.asm.MethodVisitor;
import org.objectweb.asm.Opcodes;
import org.objectweb.asm.Type;

/**
 * A method body replaced, in a build step's change to a class, by a call of a static method that
 * takes {@code this} (as {@code selfType}; none for a static method: null) and the method's
 * arguments, and whose result the method returns. The original instructions are dropped; the
 * frames are computed afterwards.
 */
final class StaticBody extends MethodVisitor {
    private final MethodVisitor target;
    private final String descriptor;
    private final String selfType;
    private final String owner;
    private final String name;

    /** The body of a method of {@code descriptor} becomes {@code return owner.name(this, args...)}. */
    StaticBody(MethodVisitor target, String descriptor, String selfType, String owner, String name) {
        super(Opcodes.ASM9);   // the original instructions go nowhere
        this.target = target;
        this.descriptor = descriptor;
        this.selfType = selfType;
        this.owner = owner;
        this.name = name;
    }

    @Override
    public void visitCode() {
        target.visitCode();
        int slot = 0;
        if (selfType != null) {
            target.visitVarInsn(Opcodes.ALOAD, slot++);
        }
        for (Type t : Type.getArgumentTypes(descriptor)) {
            target.visitVarInsn(t.getOpcode(Opcodes.ILOAD), slot);
            slot += t.getSize();
        }
        String call = selfType == null ? descriptor : "(L" + selfType + ";" + descriptor.substring(1);
        target.visitMethodInsn(Opcodes.INVOKESTATIC, owner, name, call, false);
        target.visitInsn(Type.getReturnType(descriptor).getOpcode(Opcodes.IRETURN));
    }

    @Override
    public void visitMaxs(int maxStack, int maxLocals) {
        int size = selfType == null ? 0 : 1;
        for (Type t : Type.getArgumentTypes(descriptor)) {
            size += t.getSize();
        }
        target.visitMaxs(Math.max(size, 1), size);
    }

    @Override
    public void visitEnd() {
        target.visitEnd();
    }
}
