package dev.pyhost;

/**
 * A Python value with no Java equivalent (a class instance, a function, a module...), as
 * {@link PyHost#eval} returns it: its type name and {@code repr()}.
 *
 * @since 0.1
 */
public record PythonObject(String typeName, String repr) {
    @Override
    public String toString() {
        return repr;
    }
}
