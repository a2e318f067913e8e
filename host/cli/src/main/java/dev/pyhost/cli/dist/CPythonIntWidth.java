package dev.pyhost.cli.dist;

import org.objectweb.asm.ClassVisitor;
import org.objectweb.asm.Label;
import org.objectweb.asm.MethodVisitor;
import org.objectweb.asm.Opcodes;
import org.objectweb.asm.Type;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * A build step's change to Jython's {@code PyLong}, so that a long within 64 bits behaves as the
 * int it is in CPython 2.7 on 64-bit Linux ({@code dev.pyhost.engine.jython.CPython2Ints}): each
 * arithmetic method, {@code __int__}, {@code __long__}, {@code long(x)}, {@code repr}, {@code hex}
 * and {@code oct} keeps Jython's body under another name and is a wrapper that passes its result
 * through {@code CPython2Ints}; {@code +}, {@code -}, {@code *}, {@code //} and {@code %} of int
 * values within 64 bits are computed there first, in Java's arithmetic. Applied where
 * {@link ClassFileUpgrade} rewrites the class.
 */
final class CPythonIntWidth extends MarkedChange {
    static final String CLASS = "org/python/core/PyLong.class";
    static final String MARK = "pyhost$intWidth$3";
    static final String INTS = "dev/pyhost/engine/jython/CPython2Ints";
    private static final String OWNER = "org/python/core/PyLong";
    private static final String OBJECT = "Lorg/python/core/PyObject;";
    private static final String BINARY = "(" + OBJECT + ")" + OBJECT;
    private static final String UNARY = "()" + OBJECT;
    private static final String RADIX = "()Lorg/python/core/PyString;";
    private static final String NEW = "(Lorg/python/core/PyNewWrapper;ZLorg/python/core/PyType;[" + OBJECT + "[Ljava/lang/String;)" + OBJECT;
    /** What the original bodies are renamed to. */
    private static final String RAW = "$jython";

    /** Helper of each wrapped method, by name and descriptor. */
    private static final Map<String, String> HELPERS = helpers();

    private static Map<String, String> helpers() {
        Map<String, String> h = new java.util.HashMap<>();
        for (String op : List.of("add", "sub", "mul", "div", "floordiv", "mod", "divmod", "lshift", "rshift",
                "and", "xor", "or")) {
            h.put("long___" + op + "__" + BINARY, "binary");
            h.put("long___r" + op + "__" + BINARY, "binary");
        }
        h.put("long___pow__(" + OBJECT + OBJECT + ")" + OBJECT, "power");
        h.put("long___rpow__" + BINARY, "binary");
        for (String op : List.of("neg", "pos", "abs", "invert")) {
            h.put("long___" + op + "__" + UNARY, "unary");
        }
        h.put("long___int__" + UNARY, "toInt");
        h.put("long___long__" + UNARY, "toLong");
        h.put("long_toString()Ljava/lang/String;", "repr");
        h.put("long___hex__" + RADIX, "radix");
        h.put("long___oct__" + RADIX, "radix");
        h.put("long___new__" + NEW, "toLong");
        return Map.copyOf(h);
    }

    /**
     * The methods computed first in Java's arithmetic where both operands are int values within
     * 64 bits ({@code CPython2Ints.arithmetic}), by the operation's number there.
     */
    private static final Map<String, Integer> ARITHMETIC = Map.of("long___add__", 1, "long___radd__", 1,
            "long___sub__", -1, "long___mul__", 0, "long___rmul__", 0, "long___floordiv__", 2, "long___div__", 2,
            "long___mod__", 3);

    private record Wrapped(int access, String name, String descriptor, String helper) {
    }

    private final List<Wrapped> wrapped = new ArrayList<>();

    /** Whether the class file already has this version of the change. */
    static boolean isApplied(byte[] classFile) {
        return MarkedChange.isApplied(classFile, MARK);
    }

    /**
     * Whether the class has an earlier version of the change: its renamed bodies stay as they are
     * and its wrappers are made anew.
     */
    private final boolean rewrapping;

    CPythonIntWidth(ClassVisitor next, byte[] classFile) {
        super(next, MARK);
        this.rewrapping = StackMapFrames.mentions(classFile, "long___add__" + RAW);
    }

    @Override
    public MethodVisitor visitMethod(int access, String name, String descriptor, String signature, String[] exceptions) {
        String helper = HELPERS.get(name + descriptor);
        if (helper == null) {
            return super.visitMethod(access, name, descriptor, signature, exceptions);
        }
        wrapped.add(new Wrapped(access, name, descriptor, helper));
        if (rewrapping) {
            return null;   // an earlier wrapper
        }
        int rawAccess = access & ~(Opcodes.ACC_PUBLIC | Opcodes.ACC_PROTECTED) | Opcodes.ACC_PRIVATE | Opcodes.ACC_SYNTHETIC;
        return super.visitMethod(rawAccess, name + RAW, descriptor, signature, exceptions);
    }

    @Override
    public void visitEnd() {
        for (Wrapped w : wrapped) {
            wrapper(w);
        }
        super.visitEnd();
    }

    /**
     * {@code return CPython2Ints.helper(this, [operands,] raw(args...))}; for the static
     * {@code long___new__}, {@code return CPython2Ints.toLong(raw(args...))}.
     */
    private void wrapper(Wrapped w) {
        MethodVisitor mv = super.visitMethod(w.access(), w.name(), w.descriptor(), null, null);
        mv.visitCode();
        boolean isStatic = (w.access() & Opcodes.ACC_STATIC) != 0;
        Type[] args = Type.getArgumentTypes(w.descriptor());
        Type returned = Type.getReturnType(w.descriptor());
        StringBuilder helperArgs = new StringBuilder("(");
        Label general = new Label();
        Integer arithmetic = BINARY.equals(w.descriptor()) ? ARITHMETIC.get(w.name()) : null;
        if (arithmetic != null) {
            // PyObject r = CPython2Ints.arithmetic(this, other, op); if (r != null) return r;
            mv.visitVarInsn(Opcodes.ALOAD, 0);
            mv.visitVarInsn(Opcodes.ALOAD, 1);
            mv.visitIntInsn(Opcodes.BIPUSH, arithmetic);
            mv.visitMethodInsn(Opcodes.INVOKESTATIC, INTS, "arithmetic", "(L" + OWNER + ";" + OBJECT + "I)" + OBJECT, false);
            mv.visitInsn(Opcodes.DUP);
            mv.visitJumpInsn(Opcodes.IFNULL, general);
            mv.visitInsn(Opcodes.ARETURN);
            mv.visitLabel(general);
            mv.visitInsn(Opcodes.POP);
        }
        if (!isStatic) {
            mv.visitVarInsn(Opcodes.ALOAD, 0);
            helperArgs.append('L').append(OWNER).append(';');
            int passed = "binary".equals(w.helper()) ? 1 : "power".equals(w.helper()) ? 2 : 0;
            for (int i = 1; i <= passed; i++) {
                mv.visitVarInsn(Opcodes.ALOAD, i);
                helperArgs.append(OBJECT);
            }
            mv.visitVarInsn(Opcodes.ALOAD, 0);
        }
        int slot = isStatic ? 0 : 1;
        for (Type t : args) {
            mv.visitVarInsn(t.getOpcode(Opcodes.ILOAD), slot);
            slot += t.getSize();
        }
        mv.visitMethodInsn(isStatic ? Opcodes.INVOKESTATIC : Opcodes.INVOKESPECIAL, OWNER, w.name() + RAW,
                w.descriptor(), false);
        helperArgs.append(returned.getDescriptor()).append(')').append(returned.getDescriptor());
        mv.visitMethodInsn(Opcodes.INVOKESTATIC, INTS, w.helper(), helperArgs.toString(), false);
        mv.visitInsn(Opcodes.ARETURN);
        mv.visitMaxs(2 * slot + 2, slot);
        mv.visitEnd();
    }
}
