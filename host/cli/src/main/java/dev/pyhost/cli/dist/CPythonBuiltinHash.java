package dev.pyhost.cli.dist;

import org.objectweb.asm.ClassVisitor;
import org.objectweb.asm.MethodVisitor;
import org.objectweb.asm.Opcodes;

/**
 * A build step's change to Jython's builtin functions ({@code BuiltinFunctions}), so that
 * {@code hash(obj)} gives CPython 2.7's hash of a str, number, or tuple or frozenset of them
 * ({@code dev.pyhost.engine.jython.CPython2Hash.builtin}) where it gave Jython's Java hash: a
 * script that shards work by {@code hash(host) % n} picks the shards CPython picks. Applied where
 * {@link ClassFileUpgrade} rewrites the class.
 */
final class CPythonBuiltinHash extends ClassVisitor {
    static final String CLASS = "org/python/core/BuiltinFunctions.class";
    static final String MARK = "pyhost$builtinHash$1";

    static boolean isApplied(byte[] classFile) {
        return StackMapFrames.mentions(classFile, MARK);
    }

    CPythonBuiltinHash(ClassVisitor next) {
        super(Opcodes.ASM9, next);
    }

    @Override
    public void visitEnd() {
        super.visitField(Opcodes.ACC_PRIVATE | Opcodes.ACC_STATIC | Opcodes.ACC_FINAL | Opcodes.ACC_SYNTHETIC,
                MARK, "Z", null, null).visitEnd();
        super.visitEnd();
    }

    @Override
    public MethodVisitor visitMethod(int access, String name, String descriptor, String signature, String[] exceptions) {
        return new MethodVisitor(Opcodes.ASM9, super.visitMethod(access, name, descriptor, signature, exceptions)) {
            @Override
            public void visitMethodInsn(int opcode, String owner, String mName, String mDescriptor, boolean itf) {
                if (opcode == Opcodes.INVOKESTATIC && "org/python/core/__builtin__".equals(owner) && "hash".equals(mName)) {
                    super.visitMethodInsn(opcode, "dev/pyhost/engine/jython/CPython2Hash", "builtin",
                            "(Lorg/python/core/PyObject;)Lorg/python/core/PyObject;", false);
                    return;
                }
                super.visitMethodInsn(opcode, owner, mName, mDescriptor, itf);
            }
        };
    }
}
