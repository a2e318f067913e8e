package dev.pyhost.cli.dist;

import org.objectweb.asm.MethodVisitor;
import org.objectweb.asm.Opcodes;

/**
 * A method's calls of one method (by opcode, name, descriptor and, unless null, owner) made calls
 * of a static method instead, which takes the same operands (for an instance call, the receiver
 * first) and answers in the same place; at most {@code times} of them, the first ones.
 */
final class CallRedirect extends MethodVisitor {
    private final int opcode;
    private final String owner;
    private final String name;
    private final String descriptor;
    private final String toOwner;
    private final String toName;
    private final String toDescriptor;
    private int left;

    CallRedirect(MethodVisitor mv, int opcode, String owner, String name, String descriptor,
                 String toOwner, String toName, String toDescriptor, int times) {
        super(Opcodes.ASM9, mv);
        this.opcode = opcode;
        this.owner = owner;
        this.name = name;
        this.descriptor = descriptor;
        this.toOwner = toOwner;
        this.toName = toName;
        this.toDescriptor = toDescriptor;
        this.left = times;
    }

    @Override
    public void visitMethodInsn(int op, String mOwner, String mName, String mDescriptor, boolean itf) {
        if (left > 0 && op == opcode && name.equals(mName) && descriptor.equals(mDescriptor)
                && (owner == null || owner.equals(mOwner))) {
            left--;
            super.visitMethodInsn(Opcodes.INVOKESTATIC, toOwner, toName, toDescriptor, false);
            return;
        }
        super.visitMethodInsn(op, mOwner, mName, mDescriptor, itf);
    }
}
