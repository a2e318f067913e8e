package dev.pyhost.cli.dist;

import org.objectweb.asm.ClassVisitor;
import org.objectweb.asm.MethodVisitor;
import org.objectweb.asm.Opcodes;

/**
 * A build step's change to Jython's builtin functions ({@code BuiltinFunctions}), so that they call
 * pyhost's version of a builtin: {@code hash(obj)} gives CPython 2.7's hash of a str, number, or
 * tuple or frozenset of them ({@code dev.pyhost.engine.jython.CPython2Hash.builtin}) where it gave
 * Jython's Java hash, so a script that shards work by {@code hash(host) % n} picks the shards
 * CPython picks. ({@code isinstance(x, int)} of an int value beyond 32 bits stays false: with
 * {@code type(x)} and {@code sys.maxint} Jython's, CPython's own tests count on that.) Applied
 * where {@link ClassFileUpgrade} rewrites the class.
 */
final class CPythonBuiltinFunctions extends MarkedChange {
    static final String CLASS = "org/python/core/BuiltinFunctions.class";
    static final String MARK = "pyhost$builtinFunctions$2";

    static boolean isApplied(byte[] classFile) {
        return MarkedChange.isApplied(classFile, MARK);
    }

    CPythonBuiltinFunctions(ClassVisitor next) {
        super(next, MARK);
    }

    @Override
    public MethodVisitor visitMethod(int access, String name, String descriptor, String signature, String[] exceptions) {
        return new CallRedirect(super.visitMethod(access, name, descriptor, signature, exceptions), Opcodes.INVOKESTATIC,
                "org/python/core/__builtin__", "hash", "(Lorg/python/core/PyObject;)Lorg/python/core/PyInteger;",
                "dev/pyhost/engine/jython/CPython2Hash", "builtin", "(Lorg/python/core/PyObject;)Lorg/python/core/PyObject;",
                Integer.MAX_VALUE);
    }
}
