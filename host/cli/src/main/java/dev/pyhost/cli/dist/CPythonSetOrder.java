package dev.pyhost.cli.dist;

import org.objectweb.asm.ClassVisitor;
import org.objectweb.asm.MethodVisitor;
import org.objectweb.asm.Opcodes;

import java.util.Map;

/**
 * A build step's change to Jython's {@code BaseSet}, {@code PySet} and {@code PyFrozenSet}, so that
 * a set iterates in CPython 2.7's order: their storage ({@code Generic.concurrentSet()}, a
 * {@code HashSet}) becomes a {@code dev.pyhost.engine.jython.CPython2Set}, and the operations
 * CPython builds its own way call {@code dev.pyhost.engine.jython.CPython2SetOps} in place of
 * Jython's bodies (intersection, difference, symmetric difference, their updates, an update with
 * a dict, pop). Applied
 * where {@link ClassFileUpgrade} rewrites the classes.
 */
final class CPythonSetOrder extends MarkedChange {
    static final String BASE_SET = "org/python/core/BaseSet";
    static final String SET = "org/python/core/PySet";
    static final String FROZEN_SET = "org/python/core/PyFrozenSet";
    static final String STORAGE = "dev/pyhost/engine/jython/CPython2Set";
    static final String OPS = "dev/pyhost/engine/jython/CPython2SetOps";
    private static final String OBJECT = "Lorg/python/core/PyObject;";
    private static final String OBJECTS = "[Lorg/python/core/PyObject;";

    /** Per class: "name descriptor" of each method whose body becomes a call of OPS, to the call's name and self type. */
    private static final Map<String, Map<String, String[]>> BODIES = Map.of(
            BASE_SET, Map.of(
                    "baseset_intersection (" + OBJECT + ")" + OBJECT, new String[] {"intersection", BASE_SET},
                    "baseset_intersection (" + OBJECTS + ")" + OBJECT, new String[] {"intersection", BASE_SET},
                    "baseset_difference (" + OBJECTS + ")" + OBJECT, new String[] {"difference", BASE_SET},
                    "baseset_symmetric_difference (" + OBJECT + ")" + OBJECT, new String[] {"symmetricDifference", BASE_SET},
                    "_update (Ljava/util/Set;" + OBJECT + ")Ljava/util/Set;", new String[] {"update", null}),
            SET, Map.of(
                    "set_pop ()" + OBJECT, new String[] {"pop", BASE_SET},
                    "set_difference_update (" + OBJECTS + "[Ljava/lang/String;)V", new String[] {"differenceUpdate", SET},
                    "set_symmetric_difference_update (" + OBJECT + ")V", new String[] {"symmetricDifferenceUpdate", SET}),
            FROZEN_SET, Map.of());

    private final String className;

    CPythonSetOrder(ClassVisitor next, String className) {
        super(next, MARK);
        this.className = className;
    }

    /** The class files this changes, by their entry names. */
    static boolean isTarget(String entry) {
        return entry.endsWith(".class") && BODIES.containsKey(entry.substring(0, entry.length() - ".class".length()));
    }

    /**
     * The name of a field this change adds, so that a class file already changed (by this version
     * of the change: its number goes up with it) is told apart.
     */
    static final String MARK = "pyhost$setOrder$4";

    /** Whether the class file already has this version of the change. */
    static boolean isApplied(byte[] classFile) {
        return MarkedChange.isApplied(classFile, MARK);
    }

    @Override
    public MethodVisitor visitMethod(int access, String name, String descriptor, String signature, String[] exceptions) {
        MethodVisitor mv = super.visitMethod(access, name, descriptor, signature, exceptions);
        String[] call = BODIES.get(className).get(name + " " + descriptor);
        if (call != null) {
            return new StaticBody(mv, descriptor, call[1], OPS, call[0]);
        }
        return new MethodVisitor(Opcodes.ASM9, mv) {
            @Override
            public void visitTypeInsn(int opcode, String type) {
                super.visitTypeInsn(opcode, opcode == Opcodes.NEW && "java/util/HashSet".equals(type) ? STORAGE : type);
            }

            @Override
            public void visitMethodInsn(int opcode, String owner, String mName, String mDescriptor, boolean isInterface) {
                if (opcode == Opcodes.INVOKESTATIC && "org/python/util/Generic".equals(owner) && "concurrentSet".equals(mName)) {
                    super.visitMethodInsn(opcode, STORAGE, "create", "()Ljava/util/Set;", false);
                } else if (opcode == Opcodes.INVOKESPECIAL && "java/util/HashSet".equals(owner) && "<init>".equals(mName)
                        && "()V".equals(mDescriptor)) {
                    super.visitMethodInsn(opcode, STORAGE, mName, mDescriptor, false);
                } else {
                    super.visitMethodInsn(opcode, owner, mName, mDescriptor, isInterface);
                }
            }
        };
    }
}
