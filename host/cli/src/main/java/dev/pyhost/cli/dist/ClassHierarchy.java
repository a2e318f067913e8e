package dev.pyhost.cli.dist;

import org.objectweb.asm.ClassReader;
import org.objectweb.asm.Opcodes;

import java.util.HashMap;
import java.util.Map;

/**
 * The super classes and interfaces of the classes of some jars, and of the JDK's, by internal
 * name: what computing stack map frames needs to know where two types meet. A type that is
 * neither in the jars read nor in the JDK is not guessed at: {@link #commonSuperClass} throws.
 */
final class ClassHierarchy {
    private record Node(String superName, String[] interfaces, boolean isInterface) {
    }

    private final Map<String, Node> nodes = new HashMap<>();

    /** Learns the class of one class file; a file ASM cannot read is skipped. */
    void add(byte[] classFile) {
        try {
            ClassReader r = new ClassReader(classFile);
            nodes.put(r.getClassName(),
                    new Node(r.getSuperName(), r.getInterfaces(), (r.getAccess() & Opcodes.ACC_INTERFACE) != 0));
        } catch (RuntimeException unreadable) {
            // not a class file ASM reads: it gets no frames, and nothing refers to it as a type here
        }
    }

    /** The nearest class both types are assignable to, as ASM's ClassWriter asks for it. */
    String commonSuperClass(String a, String b) {
        if (isAssignable(a, b)) {
            return a;
        }
        if (isAssignable(b, a)) {
            return b;
        }
        if (node(a).isInterface() || node(b).isInterface()) {
            return "java/lang/Object";
        }
        String c = a;
        do {
            c = node(c).superName();
        } while (!isAssignable(c, b));
        return c;
    }

    private boolean isAssignable(String target, String from) {
        if (target.equals(from)) {
            return true;
        }
        Node n = node(from);
        if (n.superName() != null && isAssignable(target, n.superName())) {
            return true;
        }
        for (String i : n.interfaces()) {
            if (isAssignable(target, i)) {
                return true;
            }
        }
        return false;
    }

    private Node node(String name) {
        Node n = nodes.get(name);
        if (n == null) {
            n = fromJdk(name);
            nodes.put(name, n);
        }
        return n;
    }

    private static Node fromJdk(String name) {
        Class<?> c;
        try {
            c = Class.forName(name.replace('/', '.'), false, ClassLoader.getPlatformClassLoader());
        } catch (ClassNotFoundException | LinkageError e) {
            throw new TypeNotPresentException(name, e);
        }
        Class<?>[] is = c.getInterfaces();
        String[] interfaces = new String[is.length];
        for (int i = 0; i < is.length; i++) {
            interfaces[i] = internalName(is[i]);
        }
        return new Node(c.getSuperclass() == null ? null : internalName(c.getSuperclass()), interfaces, c.isInterface());
    }

    private static String internalName(Class<?> c) {
        return c.getName().replace('.', '/');
    }
}
