package dev.pyhost.cli;

import dev.pyhost.PyHost;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.AccessDeniedException;
import java.nio.file.Files;
import java.nio.file.Path;

/** What runs as {@code __main__}, checked as CPython checks it before starting. */
abstract sealed class ResolvedTarget {

    /** The script cannot be run; the message is CPython's, after "pyhost: ". */
    static final class CannotOpen extends Exception {
        private final int status;

        CannotOpen(String message, int status) {
            super(message);
            this.status = status;
        }

        int status() {
            return status;
        }
    }

    abstract String sourceForSelection();

    abstract void runOn(PyHost host);

    /** True when nothing was given to run: the prompt follows (or piped stdin runs). */
    boolean isInteractive() {
        return false;
    }

    static ResolvedTarget resolve(CommandLine.Target target, Path cwd, InputStream stdin) throws CannotOpen, IOException {
        if (target == null) {
            if (!dev.pyhost.spi.Terminals.isTerminal(0)) {
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
        if (Files.isDirectory(file)) {
            Path main = file.resolve("__main__.py");
            if (!Files.isRegularFile(main)) {
                throw new CannotOpen("can't find '__main__' module in '" + given + "'", 1);
            }
            return new Script(given, main, read(given, main));
        }
        return new Script(given, file, read(given, file));
    }

    private static String read(String given, Path file) throws CannotOpen {
        try {
            return PyhostCommand.latin1(Files.readAllBytes(file));
        } catch (AccessDeniedException e) {
            throw new CannotOpen("can't open file '" + given + "': [Errno 13] Permission denied", 2);
        } catch (IOException e) {
            throw new CannotOpen("can't open file '" + given + "': [Errno 2] No such file or directory", 2);
        }
    }

    static final class Script extends ResolvedTarget {
        private final String given;
        private final Path file;
        private final String source;

        Script(String given, Path file, String source) {
            this.given = given;
            this.file = file;
            this.source = source;
        }

        @Override
        String sourceForSelection() {
            return source;
        }

        @Override
        void runOn(PyHost host) {
            host.run(file.getFileName().toString().equals("__main__.py") && !given.endsWith(".py")
                    ? file : Path.of(given));
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
        void runOn(PyHost host) {
            host.runSource(new String(source.getBytes(StandardCharsets.ISO_8859_1), StandardCharsets.UTF_8), "<stdin>");
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
        boolean isInteractive() {
            return true;
        }
    }
}
