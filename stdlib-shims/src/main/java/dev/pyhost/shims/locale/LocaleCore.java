package dev.pyhost.shims.locale;

import dev.pyhost.shims.os.LocaleCalls;

import java.util.Map;

/**
 * A session's C locale, as {@code setlocale(3)} keeps it: a locale name per category, checked
 * against the locales the C library has, with glibc's answers (names kept as given, {@code POSIX}
 * read as {@code C}, {@code ""} taken from the environment, a composite name for LC_ALL when the
 * categories differ). Kept per session, not set in the process, which a JVM's sessions share.
 * The conventions {@code localeconv} reports are read from the C library for the names in force.
 */
public final class LocaleCore {
    /** glibc's category numbers; LC_ALL is 6. */
    static final int LC_ALL = 6;
    private static final String[] NAMES = {"LC_CTYPE", "LC_NUMERIC", "LC_TIME", "LC_COLLATE", "LC_MONETARY",
            "LC_MESSAGES", "LC_ALL", "LC_PAPER", "LC_NAME", "LC_ADDRESS", "LC_TELEPHONE", "LC_MEASUREMENT",
            "LC_IDENTIFICATION"};
    private static final int LC_NUMERIC = 1;
    private static final int LC_MONETARY = 4;
    /** nl_langinfo items of localeconv's fields, in {@link #conventions()}'s order: _NL_ITEM(category, index). */
    private static final int[] NUMERIC_ITEMS = {item(LC_NUMERIC, 0), item(LC_NUMERIC, 1), item(LC_NUMERIC, 2)};
    private static final int[] MONETARY_ITEMS = new int[15];

    static {
        for (int i = 0; i < MONETARY_ITEMS.length; i++) {
            MONETARY_ITEMS[i] = item(LC_MONETARY, i);
        }
    }

    private final LocaleCalls calls;
    private final String[] current = new String[NAMES.length];
    /** The environment Python 3 started with, until its LC_CTYPE has been worked out; else null. */
    private Map<?, ?> python3Start;

    /** A core whose locale is "C" in every category, as a C program starts; null without the C library's locales. */
    public static LocaleCore create() {
        LocaleCalls calls = LocaleCalls.get();
        return calls == null ? null : new LocaleCore(calls);
    }

    LocaleCore(LocaleCalls calls) {
        this.calls = calls;
        java.util.Arrays.fill(current, "C");
    }

    private static int item(int category, int index) {
        return category << 16 | index;
    }

    private static boolean isCategory(int category) {
        return category >= 0 && category < NAMES.length;
    }

    /**
     * {@code setlocale(category, name)}: the name in force after it (for LC_ALL, the common name
     * or the composite one); null when the category or a locale does not exist, when nothing
     * changes. {@code name} null only asks. {@code environment} holds LC_ALL, the categories' own
     * variables and LANG as the script's environment has them, for {@code ""}.
     */
    public synchronized String setlocale(int category, String name, Map<?, ?> environment) {
        settleStart();
        if (!isCategory(category)) {
            return null;
        }
        if (name != null) {
            String[] next = current.clone();
            if (category == LC_ALL && name.contains(";")) {
                if (!composite(name, next)) {
                    return null;
                }
            } else {
                for (int c = 0; c < NAMES.length; c++) {
                    if (c != LC_ALL && (category == LC_ALL || c == category)) {
                        String chosen = name.isEmpty() ? fromEnvironment(c, environment) : name;
                        if (!exists(c, chosen)) {
                            return null;
                        }
                        next[c] = normal(chosen);
                    }
                }
            }
            System.arraycopy(next, 0, current, 0, next.length);
        }
        return category == LC_ALL ? allName() : current[category];
    }

    /**
     * Python 3 sets LC_CTYPE from the environment as it starts, and coerces the C locale to
     * C.UTF-8 unless LC_ALL is set (PEP 538). Worked out when the locale is first asked for,
     * from {@code environment} as it is now: most scripts never ask, and each check is a call
     * into the C library.
     */
    public synchronized void startAsPython3(Map<?, ?> environment) {
        python3Start = environment == null ? Map.of() : environment;
    }

    private void settleStart() {
        Map<?, ?> env = python3Start;
        if (env == null) {
            return;
        }
        python3Start = null;
        String ctype = fromEnvironment(0, env);
        if (exists(0, ctype)) {
            current[0] = normal(ctype);
        }
        if ("C".equals(current[0]) && env.get("LC_ALL") == null) {
            for (String coerced : new String[] {"C.UTF-8", "C.utf8", "UTF-8"}) {
                if (exists(0, coerced)) {
                    current[0] = coerced;
                    break;
                }
            }
        }
    }

    /** Whether the C library has the locale; C and POSIX it always has. */
    private boolean exists(int category, String name) {
        return "C".equals(name) || "POSIX".equals(name) || calls.exists(category, name);
    }

    /**
     * "LC_CTYPE=...;LC_NUMERIC=...;..." into {@code next}: true when it names every category, each
     * an existing locale (glibc refuses a composite name that leaves one out).
     */
    private boolean composite(String name, String[] next) {
        boolean[] named = new boolean[NAMES.length];
        named[LC_ALL] = true;
        for (String part : name.split(";")) {
            int eq = part.indexOf('=');
            if (eq < 0) {
                return false;
            }
            int c = java.util.Arrays.asList(NAMES).indexOf(part.substring(0, eq));
            String value = part.substring(eq + 1);
            if (c < 0 || c == LC_ALL || !exists(c, value)) {
                return false;
            }
            next[c] = normal(value);
            named[c] = true;
        }
        for (boolean n : named) {
            if (!n) {
                return false;
            }
        }
        return true;
    }

    private static String normal(String name) {
        return "POSIX".equals(name) ? "C" : name;
    }

    private static String fromEnvironment(int category, Map<?, ?> environment) {
        for (String variable : new String[] {"LC_ALL", NAMES[category], "LANG"}) {
            Object v = environment == null ? null : environment.get(variable);
            if (v != null && !v.toString().isEmpty()) {
                return v.toString();
            }
        }
        return "C";
    }

    private String allName() {
        String first = current[0];
        boolean same = true;
        for (int c = 0; c < NAMES.length; c++) {
            if (c != LC_ALL && !current[c].equals(first)) {
                same = false;
            }
        }
        if (same) {
            return first;
        }
        StringBuilder b = new StringBuilder();
        for (int c = 0; c < NAMES.length; c++) {
            if (c != LC_ALL) {
                b.append(b.length() == 0 ? "" : ";").append(NAMES[c]).append('=').append(current[c]);
            }
        }
        return b.toString();
    }

    /**
     * What {@code localeconv()} reports, as the C library has it for the LC_NUMERIC and
     * LC_MONETARY locales in force: decimal_point, thousands_sep, grouping, then int_curr_symbol,
     * currency_symbol, mon_decimal_point, mon_thousands_sep, mon_grouping, positive_sign,
     * negative_sign, int_frac_digits, frac_digits, p_cs_precedes, p_sep_by_space, n_cs_precedes,
     * n_sep_by_space, p_sign_posn, n_sign_posn; bytes carried one char each (the char-valued
     * fields are their first byte).
     */
    public synchronized String[] conventions() {
        settleStart();
        String[] numeric = calls.langinfo(LC_NUMERIC, current[LC_NUMERIC], NUMERIC_ITEMS);
        String[] monetary = calls.langinfo(LC_MONETARY, current[LC_MONETARY], MONETARY_ITEMS);
        if (numeric == null || monetary == null) {
            numeric = calls.langinfo(LC_NUMERIC, "C", NUMERIC_ITEMS);
            monetary = calls.langinfo(LC_MONETARY, "C", MONETARY_ITEMS);
        }
        String[] all = new String[numeric.length + monetary.length];
        System.arraycopy(numeric, 0, all, 0, numeric.length);
        System.arraycopy(monetary, 0, all, numeric.length, monetary.length);
        return all;
    }
}
