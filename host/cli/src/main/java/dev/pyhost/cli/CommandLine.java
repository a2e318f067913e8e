package dev.pyhost.cli;

import java.util.ArrayList;
import java.util.List;

/**
 * The command line split as {@code python} splits it: interpreter options, then what runs
 * ({@code -c CODE}, {@code -m MODULE}, a script, {@code -}, or nothing), then the arguments that
 * become {@code sys.argv[1:]} — options after the script belong to the script.
 *
 * @param hostOptions options for pyhost itself, in picocli's hands
 * @param target      what runs; null for the interactive prompt (or piped stdin)
 * @param scriptArgs  {@code sys.argv[1:]}
 */
record CommandLine(List<String> hostOptions, Target target, List<String> scriptArgs) {

    sealed interface Target {
        record Script(String path) implements Target {
        }

        record Command(String code) implements Target {
        }

        record Module(String name) implements Target {
        }

        record Stdin() implements Target {
        }
    }

    /** Options of pyhost's own that take a value in the next argument. */
    private static final List<String> LONG_WITH_VALUE = List.of("--engine", "--daemon");

    /** Single-letter python options that take a value (the rest are flags). */
    private static final String LETTERS_WITH_VALUE = "cmWXQ";

    static CommandLine split(String[] argv) {
        List<String> host = new ArrayList<>();
        int i = 0;
        while (i < argv.length) {
            String a = argv[i];
            if (a.equals("--")) {
                i++;
                break;
            }
            if (a.equals("-") || !a.startsWith("-")) {
                break;
            }
            if (a.startsWith("--")) {
                host.add(a);
                if (LONG_WITH_VALUE.contains(a) && i + 1 < argv.length) {
                    host.add(argv[++i]);
                }
                i++;
                continue;
            }
            // a cluster of short options, e.g. -u, -uc CODE, -cCODE, -Wignore
            for (int k = 1; k < a.length(); k++) {
                char c = a.charAt(k);
                if (LETTERS_WITH_VALUE.indexOf(c) < 0) {
                    host.add("-" + c);
                    continue;
                }
                String value;
                if (k + 1 < a.length()) {
                    value = a.substring(k + 1);
                } else if (i + 1 < argv.length) {
                    value = argv[++i];
                } else {
                    host.add("-" + c); // picocli reports the missing value
                    return new CommandLine(host, null, List.of());
                }
                List<String> rest = List.of(argv).subList(i + 1, argv.length);
                switch (c) {
                    case 'c':
                        return new CommandLine(host, new Target.Command(value), rest);
                    case 'm':
                        return new CommandLine(host, new Target.Module(value), rest);
                    default:
                        host.add("-" + c);
                        host.add(value);
                        k = a.length();
                }
            }
            i++;
        }
        if (i >= argv.length) {
            return new CommandLine(host, null, List.of());
        }
        List<String> rest = List.of(argv).subList(i + 1, argv.length);
        Target t = argv[i].equals("-") ? new Target.Stdin() : new Target.Script(argv[i]);
        return new CommandLine(host, t, rest);
    }
}
