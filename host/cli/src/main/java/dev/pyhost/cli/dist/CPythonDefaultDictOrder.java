package dev.pyhost.cli.dist;

import org.objectweb.asm.ClassVisitor;
import org.objectweb.asm.MethodVisitor;
import org.objectweb.asm.Opcodes;

/**
 * A build step's change to Jython's {@code collections.defaultdict} ({@code PyDefaultDict}), so
 * that it iterates in CPython 2.7's order as a dict does ({@link CPythonDictOrder}): it kept its
 * items in a Guava loading cache, which filled a missing key with what {@code __missing__}
 * returned. Now it keeps them in the storage its {@code dict} base makes ({@code getMap()} is the
 * base's), a missing key is looked up as CPython's {@code dict} looks it up (the result of
 * {@code __missing__}, which a subclass may override, is returned, not stored) and
 * {@code defaultdict.__missing__} stores the factory's value itself, as CPython's does. Applied
 * where {@link ClassFileUpgrade} rewrites the class.
 */
final class CPythonDefaultDictOrder extends MarkedChange {
    static final String CLASS = "org/python/modules/_collections/PyDefaultDict.class";
    static final String MARK = "pyhost$defaultDictOrder$1";
    private static final String DICT = "org/python/core/PyDictionary";
    private static final String OWNER = "org/python/modules/_collections/PyDefaultDict";
    private static final String STORAGE = CPythonDictOrder.STORAGE;
    private static final String MAP = "()Ljava/util/concurrent/ConcurrentMap;";
    private static final String ITEM = "(Lorg/python/core/PyObject;)Lorg/python/core/PyObject;";

    /** Whether the class file already has this version of the change. */
    static boolean isApplied(byte[] classFile) {
        return MarkedChange.isApplied(classFile, MARK);
    }

    CPythonDefaultDictOrder(ClassVisitor next) {
        super(next, MARK);
    }

    @Override
    public MethodVisitor visitMethod(int access, String name, String descriptor, String signature, String[] exceptions) {
        MethodVisitor mv = super.visitMethod(access, name, descriptor, signature, exceptions);
        if ("getMap".equals(name) && MAP.equals(descriptor)) {
            return new BaseMapBody(mv);
        }
        if ("defaultdict___getitem__".equals(name) && ITEM.equals(descriptor)) {
            return new StaticBody(mv, descriptor, DICT, STORAGE, "lookUpOrMissing");
        }
        if ("defaultdict___missing__".equals(name) && ITEM.equals(descriptor)) {
            return new StaticBody(mv, descriptor, OWNER, STORAGE, "storeDefault");
        }
        if ("<init>".equals(name) && "(Lorg/python/core/PyType;)V".equals(descriptor)) {
            return new MethodVisitor(Opcodes.ASM9, mv) {
                @Override
                public void visitMethodInsn(int opcode, String owner, String mName, String mDescriptor, boolean itf) {
                    if (opcode == Opcodes.INVOKESPECIAL && DICT.equals(owner) && "<init>".equals(mName)
                            && "(Lorg/python/core/PyType;Z)V".equals(mDescriptor)) {
                        // PyDictionary(type, false) made no storage: true makes the dict's own
                        super.visitInsn(Opcodes.POP);
                        super.visitInsn(Opcodes.ICONST_1);
                    }
                    super.visitMethodInsn(opcode, owner, mName, mDescriptor, itf);
                }
            };
        }
        return mv;
    }

    /** {@code return super.getMap();} in place of the cache's map. */
    private static final class BaseMapBody extends MethodVisitor {
        private final MethodVisitor target;

        BaseMapBody(MethodVisitor target) {
            super(Opcodes.ASM9);   // the original instructions go nowhere
            this.target = target;
        }

        @Override
        public void visitCode() {
            target.visitCode();
            target.visitVarInsn(Opcodes.ALOAD, 0);
            target.visitMethodInsn(Opcodes.INVOKESPECIAL, DICT, "getMap", MAP, false);
            target.visitInsn(Opcodes.ARETURN);
        }

        @Override
        public void visitMaxs(int maxStack, int maxLocals) {
            target.visitMaxs(1, 1);
        }

        @Override
        public void visitEnd() {
            target.visitEnd();
        }
    }
}
