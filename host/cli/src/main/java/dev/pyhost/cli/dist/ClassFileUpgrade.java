package dev.pyhost.cli.dist;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.DirectoryStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Enumeration;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.zip.ZipEntry;
import java.util.zip.ZipFile;

/**
 * A build step of the distribution: rewrites the class files of Java 5 (class-file version 49)
 * in the jars of {@code dist/lib} as version 50, Java 6, with stack map frames, so that the JDK's
 * ahead-of-time class cache can hold them. Jython's and picocli's classes are version 49; the
 * cache skips those ("old class"), and they are about half of the classes a Jython start loads.
 * It also skips a version-50 class the JVM verifies by type inference because its frames are
 * missing, so the frames are computed ({@link StackMapFrames}); a version-50 class of the jars
 * that lacks them gets them too, and so does a module Jython compiled (see {@link #needsFrames}).
 * A class framed here is marked, so running this again changes nothing. Jython's {@code _locale},
 * its dict, defaultdict, sets, longs, long literals, {@code hash()} and file iteration are changed on the way ({@link DeferredJythonLocales},
 * {@link CPythonDictOrder}, {@link CPythonDefaultDictOrder}, {@link CPythonSetOrder}, {@link CPythonIntWidth},
 * {@link CPythonLongLiterals}, {@link CompiledLongLiterals}, {@link CPythonBuiltinFunctions}, {@link FileIterationMode}).
 *
 * <p>Where frames cannot be computed (subroutines, a type nowhere to be found), a version-49 class
 * only has its version changed: versions 49 and 50 have the same format, and the JVM verifies a
 * version-50 class without frames by type inference, as it verifies version 49. Signed jars are
 * left alone (a signature covers the bytes). A jar with nothing to change is not rewritten.
 *
 * <pre>java dev.pyhost.cli.dist.ClassFileUpgrade DIR_OR_JAR...</pre>
 */
public final class ClassFileUpgrade {
    private static final int MAGIC = 0xCAFEBABE;
    private static final int JAVA_5 = 49;
    private static final int JAVA_6 = 50;
    private static final String JYTHON_MODULE = "$py.class";

    private ClassFileUpgrade() {
    }

    public static void main(String[] args) throws IOException {
        List<Path> jars = new ArrayList<>();
        for (String arg : args) {
            Path p = Path.of(arg);
            if (Files.isDirectory(p)) {
                try (DirectoryStream<Path> in = Files.newDirectoryStream(p, "*.jar")) {
                    in.forEach(jars::add);
                }
            } else {
                jars.add(p);
            }
        }
        upgrade(jars);
    }

    /** Rewrites {@code jar} in place when it holds classes to change; returns how many changed. */
    static int upgrade(Path jar) throws IOException {
        return upgrade(List.of(jar));
    }

    /**
     * Rewrites each jar that holds classes to change; the types of all of them (and the JDK's)
     * are known when frames are computed. Returns how many classes changed.
     */
    static int upgrade(List<Path> jars) throws IOException {
        ClassHierarchy hierarchy = new ClassHierarchy();
        List<Path> unsigned = new ArrayList<>();
        for (Path jar : jars) {
            try (ZipFile zip = new ZipFile(jar.toFile())) {
                forEachClass(zip, (name, data) -> hierarchy.add(data));
                if (!isSigned(zip)) {
                    unsigned.add(jar);
                }
            }
        }
        int changed = 0;
        for (Path jar : unsigned) {
            Map<String, byte[]> changes = new HashMap<>();
            try (ZipFile zip = new ZipFile(jar.toFile())) {
                forEachClass(zip, (name, data) -> {
                    byte[] changedData = upgraded(name, data, hierarchy, () -> moduleSource(zip, name));
                    if (changedData != null) {
                        changes.put(name, changedData);
                    }
                });
            }
            if (!changes.isEmpty()) {
                JarRewrite.rewrite(jar, jar, (name, data) -> changes.getOrDefault(name, data));
                changed += changes.size();
            }
        }
        return changed;
    }

    /** The source beside a module Jython compiled ({@code NAME.py} for {@code NAME$py.class}), or "". */
    private static String moduleSource(ZipFile zip, String name) throws IOException {
        ZipEntry source = zip.getEntry(name.substring(0, name.length() - JYTHON_MODULE.length()) + ".py");
        if (source == null) {
            return "";
        }
        try (InputStream s = zip.getInputStream(source)) {
            return new String(s.readAllBytes(), java.nio.charset.StandardCharsets.ISO_8859_1);
        }
    }

    private interface Source {
        String text() throws IOException;
    }

    /** The class file as it should be, or null when it stays as it is. */
    private static byte[] upgraded(String name, byte[] data, ClassHierarchy hierarchy, Source source) throws IOException {
        if (DeferredJythonLocales.CLASS.equals(name) && !StackMapFrames.mentions(data, DeferredJythonLocales.DEFERRED)) {
            byte[] changed = StackMapFrames.compute(data, hierarchy, DeferredJythonLocales::new);
            if (changed != null) {
                return changed;
            }
        }
        if ((CPythonDictOrder.CLASS.equals(name) || CPythonDictOrder.STRING_MAP.equals(name))
                && !CPythonDictOrder.isApplied(data)) {
            byte[] changed = StackMapFrames.compute(data, hierarchy, CPythonDictOrder::new);
            if (changed != null) {
                return changed;
            }
        }
        if (CPythonDefaultDictOrder.CLASS.equals(name) && !CPythonDefaultDictOrder.isApplied(data)) {
            byte[] changed = StackMapFrames.compute(data, hierarchy, CPythonDefaultDictOrder::new);
            if (changed != null) {
                return changed;
            }
        }
        if (CPythonSetOrder.isTarget(name) && !CPythonSetOrder.isApplied(data)) {
            String className = name.substring(0, name.length() - ".class".length());
            byte[] changed = StackMapFrames.compute(data, hierarchy, next -> new CPythonSetOrder(next, className));
            if (changed != null) {
                return changed;
            }
        }
        if (CPythonIntWidth.CLASS.equals(name) && !CPythonIntWidth.isApplied(data)) {
            byte[] changed = StackMapFrames.compute(data, hierarchy, next -> new CPythonIntWidth(next, data));
            if (changed != null) {
                return changed;
            }
        }
        if (CPythonBuiltinFunctions.CLASS.equals(name) && !CPythonBuiltinFunctions.isApplied(data)) {
            byte[] changed = StackMapFrames.compute(data, hierarchy, CPythonBuiltinFunctions::new);
            if (changed != null) {
                return changed;
            }
        }
        if (FileIterationMode.CLASS.equals(name) && !FileIterationMode.isApplied(data)) {
            byte[] changed = StackMapFrames.compute(data, hierarchy, FileIterationMode::new);
            if (changed != null) {
                return changed;
            }
        }
        if (CPythonLongLiterals.isTarget(name) && !CPythonLongLiterals.isApplied(data)) {
            byte[] changed = StackMapFrames.compute(data, hierarchy, next -> new CPythonLongLiterals(next, name, data));
            if (changed != null) {
                return changed;
            }
        }
        if (!needsFrames(name, data)) {
            return null;
        }
        if (name.endsWith(JYTHON_MODULE)) {
            java.util.Set<String> longs = CompiledLongLiterals.suffixed(source.text());
            byte[] changed = StackMapFrames.compute(data, hierarchy, next -> new CompiledLongLiterals(next, longs));
            if (changed != null) {
                return changed;
            }
        }
        byte[] framed = StackMapFrames.compute(data, hierarchy);
        if (framed != null) {
            return framed;
        }
        if (major(data) == JAVA_5) {
            byte[] copy = data.clone();
            copy[6] = 0;
            copy[7] = JAVA_6;
            return copy;
        }
        return null;
    }

    private interface ClassAction {
        void accept(String name, byte[] classFile) throws IOException;
    }

    private static void forEachClass(ZipFile zip, ClassAction action) throws IOException {
        Enumeration<? extends ZipEntry> entries = zip.entries();
        while (entries.hasMoreElements()) {
            ZipEntry e = entries.nextElement();
            if (e.getName().endsWith(".class")) {
                try (InputStream s = zip.getInputStream(e)) {
                    action.accept(e.getName(), s.readAllBytes());
                }
            }
        }
    }

    private static boolean isSigned(ZipFile zip) {
        return zip.stream().map(ZipEntry::getName).anyMatch(n -> n.startsWith("META-INF/") && n.endsWith(".SF"));
    }

    /**
     * Version 49; version 50 lacking frames it needs; or a module Jython compiled ({@code $py}),
     * whose frames the JVM refuses in many a method with a try block (it then verifies the
     * class twice, the second time by type inference). Not a class this has framed already.
     */
    private static boolean needsFrames(String name, byte[] data) {
        if (data.length < 8) {
            return false;
        }
        int magic = (data[0] & 0xff) << 24 | (data[1] & 0xff) << 16 | (data[2] & 0xff) << 8 | data[3] & 0xff;
        if (magic != MAGIC || StackMapFrames.isComputed(data)) {
            return false;
        }
        int major = major(data);
        return major == JAVA_5
                || major == JAVA_6 && (name.endsWith(JYTHON_MODULE) || StackMapFrames.lacksFrames(data));
    }

    private static int major(byte[] data) {
        return (data[6] & 0xff) << 8 | data[7] & 0xff;
    }
}
