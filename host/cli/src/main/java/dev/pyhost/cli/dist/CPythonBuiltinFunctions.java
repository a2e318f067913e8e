package dev.pyhost.cli.dist;

import org.objectweb.asm.ClassVisitor;
import org.objectweb.asm.MethodVisitor;
import org.objectweb.asm.Opcodes;

import java.util.Map;

/**
 * A build step's change to Jython's builtin functions ({@code BuiltinFunctions}), so that they call
 * pyhost's version of a builtin: {@code hash(obj)} gives CPython 2.7's hash of a str, number, or
 * tuple or frozenset of them ({@code dev.pyhost.engine.jython.CPython2Hash.builtin}) where it gave
 * Jython's Java hash, so a script that shards work by {@code hash(host) % n} picks the shards
 * CPython picks. ({@code isinstance(x, int)} of an int value beyond 32 bits stays false: with
 * {@code type(x)} and {@code sys.maxint} Jython's, CPython's own tests count on that.) Applied
 * where {@link ClassFileUpgrade} rewrites the class.
 */
final class CPythonBuiltinFunctions extends ClassVisitor {
    static final String CLASS = "org/python/core/BuiltinFunctions.class";
    static final String MARK = "pyhost$builtinFunctions$2";
    private static final String ENGINE = "dev/pyhost/engine/jython/";
    /** The static methods of {@code __builtin__} called elsewhere, by name: owner, name, descriptor. */
    private static final Map<String, String[]> CALLS = Map.of(
            "hash", new String[] {ENGINE + "CPython2Hash", "builtin", "(Lorg/python/core/PyObject;)Lorg/python/core/PyObject;"});

    static boolean isApplied(byte[] classFile) {
        return StackMapFrames.mentions(classFile, MARK);
    }

    CPythonBuiltinFunctions(ClassVisitor next) {
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
                String[] call = CALLS.get(mName);
                if (call != null && opcode == Opcodes.INVOKESTATIC && "org/python/core/__builtin__".equals(owner)) {
                    super.visitMethodInsn(opcode, call[0], call[1], call[2], false);
                    return;
                }
                super.visitMethodInsn(opcode, owner, mName, mDescriptor, itf);
            }
        };
    }
}
