package dev.pyhost.cli;

import org.jline.terminal.Terminal;
import org.jline.utils.InfoCmp;

import java.util.Map;

/**
 * Whether the prompt colours what is typed, decided as CPython 3.13 decides to colour: {@code
 * PYTHON_COLORS=0} or {@code 1} first, then {@code NO_COLOR}, then {@code FORCE_COLOR}, then the
 * terminal (none on a dumb one, nor on one with fewer than 8 colours).
 */
final class ReplColors {
    private ReplColors() {
    }

    static boolean wanted(Map<String, String> env, Terminal terminal) {
        Integer colors = terminal.getNumericCapability(InfoCmp.Capability.max_colors);
        return wanted(env, terminal.getType(), colors == null ? 0 : colors);
    }

    static boolean wanted(Map<String, String> env, String terminalType, int colors) {
        String python = env.get("PYTHON_COLORS");
        if ("0".equals(python)) {
            return false;
        }
        if ("1".equals(python)) {
            return true;
        }
        if (isSet(env, "NO_COLOR")) {
            return false;
        }
        if (isSet(env, "FORCE_COLOR")) {
            return true;
        }
        boolean dumb = Terminal.TYPE_DUMB.equals(terminalType) || Terminal.TYPE_DUMB_COLOR.equals(terminalType);
        return !dumb && colors >= 8;
    }

    private static boolean isSet(Map<String, String> env, String name) {
        String v = env.get(name);
        return v != null && !v.isEmpty();
    }
}
