package dev.pyhost.cli.dist;

import org.junit.jupiter.api.Test;
import org.objectweb.asm.ClassReader;
import org.objectweb.asm.ClassVisitor;
import org.objectweb.asm.ClassWriter;
import org.objectweb.asm.MethodVisitor;
import org.objectweb.asm.Opcodes;

import java.io.IOException;
import java.io.InputStream;
import java.util.ArrayList;
import java.util.List;
import java.util.function.UnaryOperator;

import static org.assertj.core.api.Assertions.assertThat;

/** Jython's own {@code PyLong}, parser and compiler classes, as the distribution's build changes them. */
class CPythonIntWidthTest {
    private static final String BINARY = "(Lorg/python/core/PyObject;)Lorg/python/core/PyObject;";
    private static final String INTS = CPythonIntWidth.INTS;

    private static byte[] jython(String file) throws IOException {
        try (InputStream in = ClassLoader.getSystemResourceAsStream(file)) {
            assertThat(in).as("Jython's %s on the class path", file).isNotNull();
            return in.readAllBytes();
        }
    }

    private static byte[] changed(byte[] classFile, UnaryOperator<ClassVisitor> change) {
        ClassWriter out = new ClassWriter(ClassWriter.COMPUTE_MAXS);
        new ClassReader(classFile).accept(change.apply(out), ClassReader.SKIP_FRAMES);
        return out.toByteArray();
    }

    /** The methods of the class, as "name descriptor". */
    private static List<String> methods(byte[] classFile) {
        List<String> methods = new ArrayList<>();
        new ClassReader(classFile).accept(new ClassVisitor(Opcodes.ASM9) {
            @Override
            public MethodVisitor visitMethod(int access, String name, String desc, String signature, String[] exceptions) {
                methods.add(name + " " + desc);
                return null;
            }
        }, 0);
        return methods;
    }

    /** The calls of the method, as "owner.name", in order. */
    private static List<String> calls(byte[] classFile, String method, String descriptor) {
        List<String> code = new ArrayList<>();
        new ClassReader(classFile).accept(new ClassVisitor(Opcodes.ASM9) {
            @Override
            public MethodVisitor visitMethod(int access, String name, String desc, String signature, String[] exceptions) {
                if (!name.equals(method) || !desc.equals(descriptor)) {
                    return null;
                }
                return new MethodVisitor(Opcodes.ASM9) {
                    @Override
                    public void visitMethodInsn(int opcode, String owner, String name, String d, boolean itf) {
                        code.add(owner + "." + name);
                    }
                };
            }
        }, 0);
        return code;
    }

    @Test
    void longMethodsPassTheirResultThroughTheHelpers() throws IOException {
        byte[] before = jython(CPythonIntWidth.CLASS);
        byte[] after = changed(before, next -> new CPythonIntWidth(next, before));

        assertThat(calls(after, "long___add__", BINARY))
                .containsExactly(INTS + ".arithmetic", "org/python/core/PyLong.long___add__$jython", INTS + ".binary");
        assertThat(calls(after, "long___pow__", "(Lorg/python/core/PyObject;Lorg/python/core/PyObject;)Lorg/python/core/PyObject;"))
                .containsExactly("org/python/core/PyLong.long___pow__$jython", INTS + ".power");
        assertThat(calls(after, "long_toString", "()Ljava/lang/String;"))
                .containsExactly("org/python/core/PyLong.long_toString$jython", INTS + ".repr");
        assertThat(calls(after, "long___add__$jython", BINARY)).isEqualTo(calls(before, "long___add__", BINARY));
        assertThat(CPythonIntWidth.isApplied(after)).isTrue();
        assertThat(CPythonIntWidth.isApplied(before)).isFalse();
    }

    @Test
    void aNewerVersionWrapsTheOriginalBodiesOnce() throws IOException {
        byte[] before = jython(CPythonIntWidth.CLASS);
        byte[] once = changed(before, next -> new CPythonIntWidth(next, before));
        byte[] twice = changed(once, next -> new CPythonIntWidth(next, once));

        assertThat(methods(twice)).doesNotHaveDuplicates()
                .containsExactlyInAnyOrderElementsOf(methods(once).stream().distinct().toList());
        assertThat(calls(twice, "long___add__", BINARY)).isEqualTo(calls(once, "long___add__", BINARY));
    }

    @Test
    void anLLiteralIsParsedAndCompiledAsALong() throws IOException {
        String makeInt = "(Lorg/python/antlr/runtime/Token;)Ljava/lang/Object;";
        byte[] parser = jython(CPythonLongLiterals.PARSER);
        byte[] once = changed(parser, next -> new CPythonLongLiterals(next, CPythonLongLiterals.PARSER, parser));
        byte[] twice = changed(once, next -> new CPythonLongLiterals(next, CPythonLongLiterals.PARSER, once));

        // the L literal's long, then the two of literals too big for an int
        assertThat(calls(once, "makeInt", makeInt)).containsSubsequence(INTS + ".longLiteral",
                "org/python/core/Py.newLong", "org/python/core/Py.newLong");
        assertThat(calls(twice, "makeInt", makeInt)).isEqualTo(calls(once, "makeInt", makeInt));
        String negate = "(Lorg/python/antlr/PythonTree;Lorg/python/antlr/base/expr;)Lorg/python/antlr/base/expr;";
        assertThat(calls(twice, "negate", negate)).isEqualTo(calls(once, "negate", negate))
                .containsOnlyOnce(INTS + ".likeLiteral");

        byte[] compiler = jython(CPythonLongLiterals.COMPILER);
        byte[] compiled = changed(compiler, next -> new CPythonLongLiterals(next, CPythonLongLiterals.COMPILER, compiler));
        assertThat(calls(compiled, "visitNum", "(Lorg/python/antlr/ast/Num;)Ljava/lang/Object;"))
                .contains(INTS + ".constantText").doesNotContain("org/python/core/PyObject.__str__");
    }

    @Test
    void theLLiteralsOfALibraryModuleAreTakenFromItsSource() throws IOException {
        assertThat(CompiledLongLiterals.suffixed("a = 0L; b = 0xffL + 017l\nc = 10000000000 + 7 # 8L\nd = x2L"))
                .containsExactlyInAnyOrder("0", "255", "-255", "15", "-15", "8", "-8");

        byte[] pickle = jython("Lib/pickle$py.class");
        byte[] changed = changed(pickle, next -> new CompiledLongLiterals(next, java.util.Set.of("0")));
        List<String> constants = new ArrayList<>();
        new ClassReader(changed).accept(new ClassVisitor(Opcodes.ASM9) {
            @Override
            public MethodVisitor visitMethod(int access, String name, String desc, String signature, String[] exceptions) {
                return new MethodVisitor(Opcodes.ASM9) {
                    private Object last;

                    @Override
                    public void visitLdcInsn(Object value) {
                        last = value;
                    }

                    @Override
                    public void visitMethodInsn(int opcode, String owner, String name, String d, boolean itf) {
                        if (name.equals("newLong")) {
                            constants.add(owner + " " + last);
                        }
                    }
                };
            }
        }, 0);
        assertThat(constants).contains(INTS + " 0L", INTS + " 1").allMatch(c -> c.startsWith(INTS));
    }
}
