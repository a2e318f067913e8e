package dev.pyhost.engine.jython;

import org.python.core.PyObject;
import org.python.objectweb.asm.ClassReader;
import org.python.objectweb.asm.ClassWriter;

/**
 * Stack map frames the JVM accepts, for a module Jython compiled. Jython's compiler writes frames
 * that the JVM's type checker refuses in many a method with a try block (UserDict.pop, for one):
 * the JVM then verifies the class a second time by type inference, at every load. Computed again
 * here by the library the compiler uses (Jython's copy of ASM), once, before the class is cached.
 */
final class CompiledFrames {
    private CompiledFrames() {
    }

    /** The class with frames computed again; the class as it was should that fail. */
    static byte[] recomputed(byte[] classFile) {
        try {
            ClassWriter out = new ClassWriter(ClassWriter.COMPUTE_FRAMES) {
                @Override
                protected ClassLoader getClassLoader() {
                    return PyObject.class.getClassLoader();  // the types a module's code names are Jython's
                }
            };
            new ClassReader(classFile).accept(out, ClassReader.SKIP_FRAMES);
            return out.toByteArray();
        } catch (RuntimeException | LinkageError e) {
            return classFile;
        }
    }
}
