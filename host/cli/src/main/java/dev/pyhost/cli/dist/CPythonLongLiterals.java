package dev.pyhost.cli.dist;

import org.objectweb.asm.ClassVisitor;
import org.objectweb.asm.MethodVisitor;
import org.objectweb.asm.Opcodes;
import org.objectweb.asm.Type;

/**
 * A build step's change to Jython's parser and compiler, so that a literal with an {@code L}
 * suffix stays a long that CPython 2.7 would call long, while a literal too big for Jython's
 * 32-bit int is an int value ({@code dev.pyhost.engine.jython.CPython2Ints}, {@link CPythonIntWidth}):
 * the parser ({@code GrammarActions.makeInt}) makes an {@code ExplicitLong} of an {@code L} literal
 * (and {@code negate} of a negative one),
 * the compiler ({@code CodeCompiler.visitNum}) keeps the {@code L} in the constant's text, and the
 * compiled module ({@code PyLongConstant}) makes its value through {@code CPython2Ints.newLong}.
 * {@code cPickle} writes a long's digits with the {@code L} its loader expects, which an int value's
 * {@code repr} no longer has. The modules of Jython's library, compiled before, are changed too
 * ({@link CompiledLongLiterals}). Applied where {@link ClassFileUpgrade} rewrites the classes.
 */
final class CPythonLongLiterals extends MarkedChange {
    static final String PARSER = "org/python/antlr/GrammarActions.class";
    static final String COMPILER = "org/python/compiler/CodeCompiler.class";
    static final String CONSTANT = "org/python/compiler/PyLongConstant.class";
    static final String PICKLER = "org/python/modules/cPickle$Pickler.class";
    static final String MARK = "pyhost$longLiterals$1";
    private static final String INTS = CPythonIntWidth.INTS;
    private static final String PY = "org/python/core/Py";
    private static final String LONG = "org/python/core/PyLong";
    private static final String NUM = "org/python/antlr/ast/Num";
    private static final String NEW_LONG = "(Ljava/math/BigInteger;)Lorg/python/core/PyLong;";

    private final String file;

    static boolean isTarget(String name) {
        return PARSER.equals(name) || COMPILER.equals(name) || CONSTANT.equals(name) || PICKLER.equals(name);
    }

    /** Whether the class file already has this version of the change. */
    static boolean isApplied(byte[] classFile) {
        return MarkedChange.isApplied(classFile, MARK);
    }

    /** The parser's changes an earlier version made already (each is made once). */
    private final boolean literalsMade;
    private final boolean negationsMade;

    CPythonLongLiterals(ClassVisitor next, String file, byte[] classFile) {
        super(next, MARK);
        this.file = file;
        this.literalsMade = StackMapFrames.mentions(classFile, "longLiteral");
        this.negationsMade = StackMapFrames.mentions(classFile, "likeLiteral");
    }

    @Override
    public MethodVisitor visitMethod(int access, String name, String descriptor, String signature, String[] exceptions) {
        MethodVisitor mv = super.visitMethod(access, name, descriptor, signature, exceptions);
        if (PARSER.equals(file) && "makeInt".equals(name) && !literalsMade) {
            // the first long it makes is the L literal's
            return new CallRedirect(mv, Opcodes.INVOKESTATIC, PY, "newLong", NEW_LONG, INTS, "longLiteral", NEW_LONG, 1);
        }
        if (PARSER.equals(file) && "negate".equals(name) && !negationsMade) {
            return new MethodVisitor(Opcodes.ASM9, mv) {
                @Override
                public void visitMethodInsn(int opcode, String owner, String mName, String mDescriptor, boolean itf) {
                    super.visitMethodInsn(opcode, owner, mName, mDescriptor, itf);
                    if (opcode == Opcodes.INVOKESPECIAL && LONG.equals(owner) && "<init>".equals(mName)
                            && "(Ljava/math/BigInteger;)V".equals(mDescriptor)) {
                        // the negated long made, then: likeLiteral(it, num.getInternalN())
                        super.visitVarInsn(Opcodes.ALOAD, 3);
                        super.visitMethodInsn(Opcodes.INVOKEVIRTUAL, NUM, "getInternalN", "()Ljava/lang/Object;", false);
                        super.visitMethodInsn(Opcodes.INVOKESTATIC, INTS, "likeLiteral",
                                "(Lorg/python/core/PyLong;Ljava/lang/Object;)Lorg/python/core/PyLong;", false);
                    }
                }
            };
        }
        if (COMPILER.equals(file) && "visitNum".equals(name)) {
            return new CallRedirect(mv, Opcodes.INVOKEVIRTUAL, null, "__str__", "()Lorg/python/core/PyString;",
                    INTS, "constantText", "(Lorg/python/core/PyObject;)Lorg/python/core/PyString;", Integer.MAX_VALUE);
        }
        if (PICKLER.equals(file) && "save_long".equals(name)) {
            // the long's text after the LONG opcode, which its loader reads up to an L
            return new CallRedirect(mv, Opcodes.INVOKEVIRTUAL, null, "toString", "()Ljava/lang/String;",
                    INTS, "pickleText", "(Lorg/python/core/PyObject;)Ljava/lang/String;", Integer.MAX_VALUE);
        }
        if (CONSTANT.equals(file) && "get".equals(name)) {
            return new MethodVisitor(Opcodes.ASM9, mv) {
                @Override
                public void visitLdcInsn(Object value) {
                    // the class whose newLong(String) the compiled module calls
                    super.visitLdcInsn(value instanceof Type t && PY.equals(t.getInternalName()) ? Type.getObjectType(INTS) : value);
                }
            };
        }
        return mv;
    }
}
