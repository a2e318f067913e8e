package dev.pyhost.cli;

import dev.pyhost.PyHost;
import dev.pyhost.spi.MainTarget;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.AccessDeniedException;
import java.nio.file.Files;
import java.nio.file.Path;

/** What runs as {@code __main__}, checked as CPython checks it before starting. */
abstract sealed class ResolvedTarget {

    /**
     * The script cannot be run. The message is CPython's, after "pyhost: ": CPython 3 names the
     * script by its absolute path (the working directory joined with the path as typed), CPython 2
     * as typed.
     */
    static final class CannotOpen extends Exception {
        private final String python2Message;
        private final int status;

        CannotOpen(String python3Message, String python2Message, int status) {
            super(python3Message);
            this.python2Message = python2Message;
            this.status = status;
        }

        String message(int pythonMajor) {
            return pythonMajor >= 3 ? getMessage() : python2Message;
        }

        int status() {
            return status;
        }
    }

    abstract String sourceForSelection();

    abstract void runOn(PyHost host);

    /** What {@link #runOn} runs, for a host driven without {@link PyHost#run} (the daemon); null for the prompt. */
    abstract MainTarget mainTarget();

    /** {@code sys.argv[0]} of the run, as {@link PyHost} gives it for {@link #mainTarget()}. */
    abstract String argv0();

    /** Standard input already read as the script's source, or null when stdin is untouched. */
    byte[] consumedStdin() {
        return null;
    }

    /** True when nothing was given to run: the prompt follows (or piped stdin runs). */
    boolean isInteractive() {
        return false;
    }

    static ResolvedTarget resolve(CommandLine.Target target, Path cwd, InputStream stdin, boolean stdinIsTerminal)
            throws CannotOpen, IOException {
        if (target == null) {
            if (!stdinIsTerminal) {
                return new Source(PyhostCommand.latin1(stdin.readAllBytes()), true);
            }
            return new Interactive();
        }
        return switch (target) {
            case CommandLine.Target.Command c -> new Command(c.code());
            case CommandLine.Target.Module m -> new Module(m.name());
            case CommandLine.Target.Stdin s -> new Source(PyhostCommand.latin1(stdin.readAllBytes()), false);
            case CommandLine.Target.Script s -> script(s.path(), cwd);
        };
    }

    private static ResolvedTarget script(String given, Path cwd) throws CannotOpen {
        Path file = cwd.resolve(given);
        // CPython 3 joins without normalizing: '/cwd/./x.py', '/cwd/../d'
        String absolute = Path.of(given).isAbsolute() ? given : cwd + "/" + given;
        if (Files.isDirectory(file)) {
            Path main = file.resolve("__main__.py");
            if (!Files.isRegularFile(main)) {
                throw new CannotOpen("can't find '__main__' module in '" + absolute + "'",
                        "can't find '__main__' module in '" + given + "'", 1);
            }
            return new Script(given, read(given, absolute, main));
        }
        return new Script(given, read(given, absolute, file));
    }

    private static String read(String given, String absolute, Path file) throws CannotOpen {
        try {
            return PyhostCommand.latin1(Files.readAllBytes(file));
        } catch (AccessDeniedException e) {
            throw cannotOpen(given, absolute, "[Errno 13] Permission denied");
        } catch (IOException e) {
            throw cannotOpen(given, absolute, "[Errno 2] No such file or directory");
        }
    }

    private static CannotOpen cannotOpen(String given, String absolute, String reason) {
        return new CannotOpen("can't open file '" + absolute + "': " + reason,
                "can't open file '" + given + "': " + reason, 2);
    }

    static final class Script extends ResolvedTarget {
        private final String given;
        private final String source;

        Script(String given, String source) {
            this.given = given;
            this.source = source;
        }

        @Override
        String sourceForSelection() {
            return source;
        }

        /** A file, or a folder with {@code __main__.py}: sys.argv[0] is the path as typed. */
        @Override
        void runOn(PyHost host) {
            host.run(Path.of(given));
        }

        @Override
        MainTarget mainTarget() {
            return new MainTarget.Script(Path.of(given));
        }

        @Override
        String argv0() {
            return Path.of(given).toString();
        }
    }

    static final class Command extends ResolvedTarget {
        private final String code;

        Command(String code) {
            this.code = code;
        }

        @Override
        String sourceForSelection() {
            return code;
        }

        @Override
        void runOn(PyHost host) {
            host.runCommand(code);
        }

        @Override
        MainTarget mainTarget() {
            return new MainTarget.Command(code);
        }

        @Override
        String argv0() {
            return "-c";
        }
    }

    static final class Module extends ResolvedTarget {
        private final String name;

        Module(String name) {
            this.name = name;
        }

        @Override
        String sourceForSelection() {
            return "";
        }

        @Override
        void runOn(PyHost host) {
            host.runModule(name);
        }

        @Override
        MainTarget mainTarget() {
            return new MainTarget.Module(name);
        }

        @Override
        String argv0() {
            return name;
        }
    }

    static final class Source extends ResolvedTarget {
        private final String source;
        private final boolean fromPipe;

        Source(String source, boolean fromPipe) {
            this.source = source;
            this.fromPipe = fromPipe;
        }

        @Override
        String sourceForSelection() {
            return source;
        }

        @Override
        byte[] consumedStdin() {
            return source.getBytes(StandardCharsets.ISO_8859_1);
        }

        @Override
        void runOn(PyHost host) {
            host.runSource(text(), "<stdin>");
        }

        private String text() {
            return new String(source.getBytes(StandardCharsets.ISO_8859_1), StandardCharsets.UTF_8);
        }

        @Override
        MainTarget mainTarget() {
            return new MainTarget.Source(text(), "<stdin>");
        }

        @Override
        String argv0() {
            return "-";
        }
    }

    static final class Interactive extends ResolvedTarget {
        @Override
        String sourceForSelection() {
            return "";
        }

        @Override
        void runOn(PyHost host) {
        }

        @Override
        MainTarget mainTarget() {
            return null;
        }

        @Override
        String argv0() {
            return "";
        }

        @Override
        boolean isInteractive() {
            return true;
        }
    }
}
