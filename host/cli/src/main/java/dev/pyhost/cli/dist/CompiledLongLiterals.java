package dev.pyhost.cli.dist;

import org.objectweb.asm.ClassVisitor;
import org.objectweb.asm.MethodVisitor;
import org.objectweb.asm.Opcodes;

import java.math.BigInteger;
import java.util.HashSet;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A build step's change to a module of Jython's library compiled before the build
 * ({@code Lib/NAME$py.class}): its long constants were compiled as {@code Py.newLong("digits")},
 * which no longer tells an {@code L} literal from a literal too big for a 32-bit int
 * ({@link CPythonLongLiterals}). The module's source, beside it in the jar, tells: the values its
 * {@code L} literals spell (and their negations) are made as longs, the others as int values,
 * through {@code CPython2Ints.newLong}. A value spelled both ways in one module is taken as long.
 */
final class CompiledLongLiterals extends ClassVisitor {
    private static final Pattern SUFFIXED = Pattern.compile(
            "(?<![\\w.])(0[xX][0-9a-fA-F]+|0[oO][0-7]+|0[bB][01]+|0[0-7]*|[1-9][0-9]*)[lL](?!\\w)");
    private static final String NEW_LONG = "(Ljava/lang/String;)Lorg/python/core/PyLong;";

    private final Set<String> longs;

    /** The decimal texts of the values the {@code L} literals of {@code source} spell, negated too. */
    static Set<String> suffixed(String source) {
        Set<String> values = new HashSet<>();
        Matcher m = SUFFIXED.matcher(source);
        while (m.find()) {
            String digits = m.group(1);
            BigInteger v;
            if (digits.length() > 1 && digits.charAt(0) == '0' && Character.isLetter(digits.charAt(1))) {
                int radix = switch (Character.toLowerCase(digits.charAt(1))) {
                    case 'x' -> 16;
                    case 'o' -> 8;
                    default -> 2;
                };
                v = new BigInteger(digits.substring(2), radix);
            } else {
                v = new BigInteger(digits, digits.length() > 1 && digits.charAt(0) == '0' ? 8 : 10);
            }
            values.add(v.toString());
            values.add(v.negate().toString());
        }
        return values;
    }

    CompiledLongLiterals(ClassVisitor next, Set<String> longs) {
        super(Opcodes.ASM9, next);
        this.longs = longs;
    }

    @Override
    public MethodVisitor visitMethod(int access, String name, String descriptor, String signature, String[] exceptions) {
        return new MethodVisitor(Opcodes.ASM9, super.visitMethod(access, name, descriptor, signature, exceptions)) {
            /** A string constant loaded and not yet passed on: perhaps a long constant's digits. */
            private String pending;

            private void flush() {
                if (pending != null) {
                    super.visitLdcInsn(pending);
                    pending = null;
                }
            }

            @Override
            public void visitLdcInsn(Object value) {
                flush();
                if (value instanceof String s) {
                    pending = s;
                } else {
                    super.visitLdcInsn(value);
                }
            }

            @Override
            public void visitMethodInsn(int opcode, String owner, String mName, String mDescriptor, boolean itf) {
                if (pending != null && opcode == Opcodes.INVOKESTATIC && "org/python/core/Py".equals(owner)
                        && "newLong".equals(mName) && NEW_LONG.equals(mDescriptor)) {
                    super.visitLdcInsn(longs.contains(pending) ? pending + "L" : pending);
                    pending = null;
                    super.visitMethodInsn(opcode, CPythonIntWidth.INTS, mName, mDescriptor, false);
                    return;
                }
                flush();
                super.visitMethodInsn(opcode, owner, mName, mDescriptor, itf);
            }

            @Override
            public void visitInsn(int opcode) {
                flush();
                super.visitInsn(opcode);
            }

            @Override
            public void visitIntInsn(int opcode, int operand) {
                flush();
                super.visitIntInsn(opcode, operand);
            }

            @Override
            public void visitVarInsn(int opcode, int varIndex) {
                flush();
                super.visitVarInsn(opcode, varIndex);
            }

            @Override
            public void visitTypeInsn(int opcode, String type) {
                flush();
                super.visitTypeInsn(opcode, type);
            }

            @Override
            public void visitFieldInsn(int opcode, String owner, String fName, String fDescriptor) {
                flush();
                super.visitFieldInsn(opcode, owner, fName, fDescriptor);
            }

            @Override
            public void visitInvokeDynamicInsn(String iName, String iDescriptor, org.objectweb.asm.Handle bootstrap,
                                               Object... arguments) {
                flush();
                super.visitInvokeDynamicInsn(iName, iDescriptor, bootstrap, arguments);
            }

            @Override
            public void visitJumpInsn(int opcode, org.objectweb.asm.Label label) {
                flush();
                super.visitJumpInsn(opcode, label);
            }

            @Override
            public void visitLabel(org.objectweb.asm.Label label) {
                flush();
                super.visitLabel(label);
            }

            @Override
            public void visitIincInsn(int varIndex, int increment) {
                flush();
                super.visitIincInsn(varIndex, increment);
            }

            @Override
            public void visitTableSwitchInsn(int min, int max, org.objectweb.asm.Label dflt, org.objectweb.asm.Label... labels) {
                flush();
                super.visitTableSwitchInsn(min, max, dflt, labels);
            }

            @Override
            public void visitLookupSwitchInsn(org.objectweb.asm.Label dflt, int[] keys, org.objectweb.asm.Label[] labels) {
                flush();
                super.visitLookupSwitchInsn(dflt, keys, labels);
            }

            @Override
            public void visitMultiANewArrayInsn(String mDescriptor, int numDimensions) {
                flush();
                super.visitMultiANewArrayInsn(mDescriptor, numDimensions);
            }

            @Override
            public void visitLineNumber(int line, org.objectweb.asm.Label start) {
                flush();
                super.visitLineNumber(line, start);
            }

            @Override
            public void visitMaxs(int maxStack, int maxLocals) {
                flush();
                super.visitMaxs(maxStack, maxLocals);
            }
        };
    }
}
