package dev.pyhost.cli;

import java.util.Set;

/**
 * The names the prompt colours: keywords ({@code None}, {@code True} and {@code False} among them)
 * and the names in {@code builtins}, as CPython 3 and CPython 2.7 list them.
 */
final class PythonNames {
    private static final Set<String> KEYWORDS_3 = words(
            "False None True and as assert async await break class continue def del elif else except finally for "
            + "from global if import in is lambda nonlocal not or pass raise return try while with yield");
    private static final Set<String> KEYWORDS_2 = words(
            "False None True and as assert break class continue def del elif else except exec finally for from "
            + "global if import in is lambda not or pass print raise return try while with yield");
    private static final Set<String> BUILTINS_3 = words(
            "ArithmeticError AssertionError AttributeError BaseException BaseExceptionGroup BlockingIOError "
            + "BrokenPipeError BufferError BytesWarning ChildProcessError ConnectionAbortedError ConnectionError "
            + "ConnectionRefusedError ConnectionResetError DeprecationWarning EOFError Ellipsis EncodingWarning "
            + "EnvironmentError Exception ExceptionGroup FileExistsError FileNotFoundError FloatingPointError "
            + "FutureWarning GeneratorExit IOError ImportError ImportWarning IndentationError IndexError "
            + "InterruptedError IsADirectoryError KeyError KeyboardInterrupt LookupError MemoryError "
            + "ModuleNotFoundError NameError NotADirectoryError NotImplemented NotImplementedError OSError "
            + "OverflowError PendingDeprecationWarning PermissionError ProcessLookupError RecursionError "
            + "ReferenceError ResourceWarning RuntimeError RuntimeWarning StopAsyncIteration StopIteration "
            + "SyntaxError SyntaxWarning SystemError SystemExit TabError TimeoutError TypeError UnboundLocalError "
            + "UnicodeDecodeError UnicodeEncodeError UnicodeError UnicodeTranslateError UnicodeWarning UserWarning "
            + "ValueError Warning ZeroDivisionError abs aiter all anext any ascii bin bool breakpoint bytearray "
            + "bytes callable chr classmethod compile complex copyright credits delattr dict dir divmod enumerate "
            + "eval exec exit filter float format frozenset getattr globals hasattr hash help hex id input int "
            + "isinstance issubclass iter len license list locals map max memoryview min next object oct open ord "
            + "pow print property quit range repr reversed round set setattr slice sorted staticmethod str sum "
            + "super tuple type vars zip");
    private static final Set<String> BUILTINS_2 = words(
            "ArithmeticError AssertionError AttributeError BaseException BufferError BytesWarning "
            + "DeprecationWarning EOFError Ellipsis EnvironmentError Exception FloatingPointError FutureWarning "
            + "GeneratorExit IOError ImportError ImportWarning IndentationError IndexError KeyError "
            + "KeyboardInterrupt LookupError MemoryError NameError NotImplemented NotImplementedError OSError "
            + "OverflowError PendingDeprecationWarning ReferenceError RuntimeError RuntimeWarning StandardError "
            + "StopIteration SyntaxError SyntaxWarning SystemError SystemExit TabError TypeError UnboundLocalError "
            + "UnicodeDecodeError UnicodeEncodeError UnicodeError UnicodeTranslateError UnicodeWarning UserWarning "
            + "ValueError Warning ZeroDivisionError abs all any apply basestring bin bool buffer bytearray bytes "
            + "callable chr classmethod cmp coerce compile complex copyright credits delattr dict dir divmod "
            + "enumerate eval execfile exit file filter float format frozenset getattr globals hasattr hash help "
            + "hex id input int intern isinstance issubclass iter len license list locals long map max memoryview "
            + "min next object oct open ord pow property quit range raw_input reduce reload repr reversed round set "
            + "setattr slice sorted staticmethod str sum super tuple type unichr unicode vars xrange zip");

    private final Set<String> keywords;
    private final Set<String> builtins;

    private PythonNames(Set<String> keywords, Set<String> builtins) {
        this.keywords = keywords;
        this.builtins = builtins;
    }

    /** The names of Python {@code major} (2: {@code print} and {@code exec} are keywords). */
    static PythonNames of(int major) {
        return major == 2 ? new PythonNames(KEYWORDS_2, BUILTINS_2) : new PythonNames(KEYWORDS_3, BUILTINS_3);
    }

    boolean isKeyword(String name) {
        return keywords.contains(name);
    }

    boolean isBuiltin(String name) {
        return builtins.contains(name);
    }

    private static Set<String> words(String spaced) {
        return Set.of(spaced.split(" "));
    }
}
