package dev.pyhost.cli.dist;

import org.objectweb.asm.ClassVisitor;
import org.objectweb.asm.MethodVisitor;
import org.objectweb.asm.Opcodes;

/**
 * A build step's change to Jython's {@code PyDictionary}, so that a dict iterates in CPython
 * 2.7's order: where it made its storage ({@code Generic.concurrentMap()}, or a
 * {@code ConcurrentHashMap} sized for a copy) it makes a {@code dev.pyhost.engine.jython.CPython2Dict}
 * instead, which keeps CPython's table of slots beside Jython's map. Four methods call it to follow
 * CPython where the map alone cannot tell: a dict display ({@code PyDictionary(PyObject[])})
 * is presized as {@code BUILD_MAP} presizes it, {@code popitem} takes CPython's choice of item,
 * {@code updateCommon} ({@code dict(...)}, {@code update(...)}) merges keyword arguments as a dict,
 * and {@code fromkeys} of a dict or set copies its slots as CPython's does.
 * {@code PyStringMap}, the dict of an instance, class or module ({@code vars(obj)}), has its
 * storage made the same way. Applied where {@link ClassFileUpgrade} rewrites the classes.
 */
final class CPythonDictOrder extends MarkedChange {
    static final String CLASS = "org/python/core/PyDictionary.class";
    /** The dict of an instance, class or module: its storage is made the same way. */
    static final String STRING_MAP = "org/python/core/PyStringMap.class";
    static final String STORAGE = "dev/pyhost/engine/jython/CPython2Dict";
    private static final String OWNER = "org/python/core/PyDictionary";
    private static final String MAP = "java/util/concurrent/ConcurrentMap";
    private static final String CHM = "java/util/concurrent/ConcurrentHashMap";
    private static final String UPDATE = "([Lorg/python/core/PyObject;[Ljava/lang/String;Ljava/lang/String;)V";

    /**
     * The name of a field this change adds, so that a class file already changed (by this version
     * of the change: its number goes up with it) is told apart.
     */
    static final String MARK = "pyhost$dictOrder$3";

    /** Whether the class file already has this version of the change. */
    static boolean isApplied(byte[] classFile) {
        return MarkedChange.isApplied(classFile, MARK);
    }

    CPythonDictOrder(ClassVisitor next) {
        super(next, MARK);
    }

    @Override
    public MethodVisitor visitMethod(int access, String name, String descriptor, String signature, String[] exceptions) {
        MethodVisitor mv = super.visitMethod(access, name, descriptor, signature, exceptions);
        if ("dict_popitem".equals(name) && "()Lorg/python/core/PyObject;".equals(descriptor)) {
            return new StaticBody(mv, descriptor, OWNER, STORAGE, "popitem");
        }
        if ("dict_fromkeys".equals(name)
                && "(Lorg/python/core/PyType;Lorg/python/core/PyObject;Lorg/python/core/PyObject;)Lorg/python/core/PyObject;".equals(descriptor)) {
            return new StaticBody(mv, descriptor, null, STORAGE, "fromkeys");
        }
        if ("updateCommon".equals(name) && UPDATE.equals(descriptor)) {
            return new KeywordsFirst(mv);
        }
        return new NewStorage(mv, "<init>".equals(name) && "([Lorg/python/core/PyObject;)V".equals(descriptor));
    }

    /** Storage made as {@link #STORAGE}; in a display's constructor, presized after {@code this()}. */
    private static final class NewStorage extends MethodVisitor {
        private final boolean display;

        NewStorage(MethodVisitor mv, boolean display) {
            super(Opcodes.ASM9, mv);
            this.display = display;
        }

        @Override
        public void visitTypeInsn(int opcode, String type) {
            super.visitTypeInsn(opcode, opcode == Opcodes.NEW && CHM.equals(type) ? STORAGE : type);
        }

        @Override
        public void visitMethodInsn(int opcode, String owner, String name, String descriptor, boolean isInterface) {
            if (opcode == Opcodes.INVOKESTATIC && "org/python/util/Generic".equals(owner) && "concurrentMap".equals(name)) {
                super.visitMethodInsn(Opcodes.INVOKESTATIC, STORAGE, "create", "()L" + MAP + ";", false);
                return;
            }
            if (opcode == Opcodes.INVOKESPECIAL && CHM.equals(owner) && "<init>".equals(name)) {
                super.visitMethodInsn(opcode, STORAGE, name, descriptor, false);
                return;
            }
            super.visitMethodInsn(opcode, owner, name, descriptor, isInterface);
            if (display && opcode == Opcodes.INVOKESPECIAL && OWNER.equals(owner) && "<init>".equals(name)
                    && "()V".equals(descriptor)) {
                // CPython2Dict.presize(this.getMap(), elements.length / 2)
                super.visitVarInsn(Opcodes.ALOAD, 0);
                super.visitMethodInsn(Opcodes.INVOKEVIRTUAL, OWNER, "getMap", "()L" + MAP + ";", false);
                super.visitVarInsn(Opcodes.ALOAD, 1);
                super.visitInsn(Opcodes.ARRAYLENGTH);
                super.visitInsn(Opcodes.ICONST_1);
                super.visitInsn(Opcodes.ISHR);
                super.visitMethodInsn(Opcodes.INVOKESTATIC, STORAGE, "presize", "(Ljava/util/Map;I)V", false);
            }
        }
    }

    /** {@code if (CPython2Dict.updateKeywords(this, args, keywords, name)) return;} ahead of Jython's body. */
    private static final class KeywordsFirst extends MethodVisitor {
        KeywordsFirst(MethodVisitor mv) {
            super(Opcodes.ASM9, mv);
        }

        @Override
        public void visitCode() {
            super.visitCode();
            org.objectweb.asm.Label jython = new org.objectweb.asm.Label();
            for (int i = 0; i < 4; i++) {
                super.visitVarInsn(Opcodes.ALOAD, i);
            }
            super.visitMethodInsn(Opcodes.INVOKESTATIC, STORAGE, "updateKeywords",
                    "(L" + OWNER + ";" + UPDATE.substring(1, UPDATE.length() - 2) + ")Z", false);
            super.visitJumpInsn(Opcodes.IFEQ, jython);
            super.visitInsn(Opcodes.RETURN);
            super.visitLabel(jython);
        }
    }
}
