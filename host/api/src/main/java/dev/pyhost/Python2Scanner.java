package dev.pyhost;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Set;

/**
 * Finds the first construct only Python 2 accepts, with a tokenizer that knows strings,
 * comments, brackets and logical lines — never a regular expression over raw text, so that
 * {@code print "x"} inside a docstring does not count.
 */
final class Python2Scanner {
    record Finding(int line, String what) {
    }

    private enum Kind { NAME, NUMBER, STRING, OP, NEWLINE }

    private record Token(Kind kind, String text, int line, boolean statementStart) {
    }

    private static final Set<String> COMPOUND = Set.of(
            "if", "elif", "else", "for", "while", "try", "except", "finally", "with", "def", "class");
    private static final Set<String> NOT_A_PRINT_STATEMENT = Set.of("(", "=", ".", ",", ")", "[", "+=", ":", ";");

    private Python2Scanner() {
    }

    static Optional<Finding> firstPython2Construct(String src) {
        List<Token> toks = tokenize(src);
        boolean importsPy3Names = toks.stream().anyMatch(t -> t.kind == Kind.NAME
                && (t.text.equals("configparser") || t.text.equals("queue") || t.text.equals("builtins")));
        for (int i = 0; i < toks.size(); i++) {
            Token t = toks.get(i);
            Token next = i + 1 < toks.size() ? toks.get(i + 1) : new Token(Kind.NEWLINE, "", t.line, false);
            switch (t.kind) {
                case OP -> {
                    if (t.text.equals("`")) {
                        return found(t, "backquote repr `...`");
                    }
                    if (t.text.equals("<>")) {
                        return found(t, "'<>' operator");
                    }
                }
                case NUMBER -> {
                    String n = t.text;
                    if (n.matches("0[0-9]+") && !n.matches("0+")) {
                        return found(t, "octal literal " + n);
                    }
                    if (n.matches("(0[xX][0-9a-fA-F]+|[0-9]+)[lL]")) {
                        return found(t, "long literal " + n);
                    }
                }
                case STRING -> {
                    String prefix = t.text.toLowerCase(java.util.Locale.ROOT);
                    if (prefix.contains("u") && prefix.contains("r")) {
                        return found(t, "string prefix " + t.text);
                    }
                }
                case NAME -> {
                    if (t.statementStart) {
                        Optional<Finding> f = statement(toks, i, t, next, importsPy3Names);
                        if (f.isPresent()) {
                            return f;
                        }
                    }
                }
                default -> {
                }
            }
        }
        return Optional.empty();
    }

    private static Optional<Finding> statement(List<Token> toks, int i, Token t, Token next, boolean compat) {
        switch (t.text) {
            case "print" -> {
                if (next.kind == Kind.NEWLINE || !NOT_A_PRINT_STATEMENT.contains(next.text)) {
                    return found(t, "print statement");
                }
            }
            case "exec" -> {
                if (next.kind == Kind.STRING || next.kind == Kind.NAME) {
                    return found(t, "exec statement");
                }
            }
            case "except", "raise" -> {
                if (topLevelCommaBeforeEnd(toks, i + 1)) {
                    return found(t, t.text.equals("except") ? "'except X, e:' clause" : "'raise E, msg' statement");
                }
            }
            case "import", "from" -> {
                if (!compat && next.kind == Kind.NAME
                        && EngineSelector.PYTHON2_ONLY_MODULES.contains(next.text)) {
                    return found(t, "import of " + next.text);
                }
            }
            default -> {
            }
        }
        return Optional.empty();
    }

    /** A comma outside brackets before the clause's ':' or the end of the logical line. */
    private static boolean topLevelCommaBeforeEnd(List<Token> toks, int from) {
        int depth = 0;
        for (int j = from; j < toks.size(); j++) {
            Token u = toks.get(j);
            if (u.kind == Kind.NEWLINE) {
                return false;
            }
            if (u.kind != Kind.OP) {
                continue;
            }
            switch (u.text) {
                case "(", "[", "{" -> depth++;
                case ")", "]", "}" -> depth--;
                case ":" -> {
                    if (depth == 0) {
                        return false;
                    }
                }
                case "," -> {
                    if (depth == 0) {
                        return true;
                    }
                }
                default -> {
                }
            }
        }
        return false;
    }

    private static Optional<Finding> found(Token t, String what) {
        return Optional.of(new Finding(t.line, what));
    }

    private static List<Token> tokenize(String s) {
        List<Token> out = new ArrayList<>();
        int i = 0;
        int n = s.length();
        int line = 1;
        int depth = 0;
        boolean atStart = true;         // next token begins a statement
        String lineFirst = null;        // first name of the current logical line
        while (i < n) {
            char c = s.charAt(i);
            if (c == '\n') {
                line++;
                i++;
                if (depth == 0) {
                    if (!out.isEmpty() && out.get(out.size() - 1).kind != Kind.NEWLINE) {
                        out.add(new Token(Kind.NEWLINE, "", line - 1, false));
                    }
                    atStart = true;
                    lineFirst = null;
                }
                continue;
            }
            if (c == '\\' && i + 1 < n && (s.charAt(i + 1) == '\n' || s.charAt(i + 1) == '\r')) {
                i += s.charAt(i + 1) == '\r' && i + 2 < n && s.charAt(i + 2) == '\n' ? 3 : 2;
                line++;
                continue;
            }
            if (c == ' ' || c == '\t' || c == '\r' || c == '\f') {
                i++;
                continue;
            }
            if (c == '#') {
                while (i < n && s.charAt(i) != '\n') {
                    i++;
                }
                continue;
            }
            int start = i;
            if (Character.isLetter(c) || c == '_' || c > 127) {
                while (i < n && (Character.isLetterOrDigit(s.charAt(i)) || s.charAt(i) == '_' || s.charAt(i) > 127)) {
                    i++;
                }
                String word = s.substring(start, i);
                if (i < n && (s.charAt(i) == '\'' || s.charAt(i) == '"') && word.length() <= 2
                        && word.toLowerCase(java.util.Locale.ROOT).matches("[rubf]{1,2}")) {
                    int startLine = line;
                    int[] end = skipString(s, i, line);
                    i = end[0];
                    line = end[1];
                    out.add(new Token(Kind.STRING, word, startLine, false));
                    atStart = false;
                    continue;
                }
                out.add(new Token(Kind.NAME, word, line, atStart));
                if (atStart) {
                    lineFirst = word;
                }
                atStart = false;
                continue;
            }
            if (Character.isDigit(c) || (c == '.' && i + 1 < n && Character.isDigit(s.charAt(i + 1)))) {
                while (i < n && (Character.isLetterOrDigit(s.charAt(i)) || s.charAt(i) == '.' || s.charAt(i) == '_'
                        || ((s.charAt(i) == '+' || s.charAt(i) == '-')
                        && (s.charAt(i - 1) == 'e' || s.charAt(i - 1) == 'E') && !s.substring(start, i).startsWith("0x")))) {
                    i++;
                }
                out.add(new Token(Kind.NUMBER, s.substring(start, i), line, false));
                atStart = false;
                continue;
            }
            if (c == '\'' || c == '"') {
                int startLine = line;
                int[] end = skipString(s, i, line);
                i = end[0];
                line = end[1];
                out.add(new Token(Kind.STRING, "", startLine, false));
                atStart = false;
                continue;
            }
            String op = operator(s, i);
            i += op.length();
            switch (op) {
                case "(", "[", "{" -> depth++;
                case ")", "]", "}" -> depth = Math.max(0, depth - 1);
                default -> {
                }
            }
            out.add(new Token(Kind.OP, op, line, false));
            atStart = depth == 0 && (op.equals(";") || (op.equals(":") && lineFirst != null && COMPOUND.contains(lineFirst)));
        }
        return out;
    }

    private static String operator(String s, int i) {
        for (String op : new String[] {"**=", "//=", ">>=", "<<=", "<>", "==", "!=", "<=", ">=", ">>", "<<",
                "**", "//", "+=", "-=", "*=", "/=", "%=", "&=", "|=", "^=", "->", ":="}) {
            if (s.startsWith(op, i)) {
                return op;
            }
        }
        return String.valueOf(s.charAt(i));
    }

    /** Returns {index after the string, line number after it}. */
    private static int[] skipString(String s, int i, int line) {
        char q = s.charAt(i);
        boolean triple = s.startsWith(String.valueOf(q).repeat(3), i);
        int n = s.length();
        i += triple ? 3 : 1;
        while (i < n) {
            char c = s.charAt(i);
            if (c == '\\') {
                if (i + 1 < n && s.charAt(i + 1) == '\n') {
                    line++;
                }
                i += 2;
                continue;
            }
            if (c == '\n') {
                line++;
                if (!triple) {
                    return new int[] {i, line - 1};
                }
            }
            if (c == q && (!triple || s.startsWith(String.valueOf(q).repeat(3), i))) {
                return new int[] {i + (triple ? 3 : 1), line};
            }
            i++;
        }
        return new int[] {n, line};
    }
}
