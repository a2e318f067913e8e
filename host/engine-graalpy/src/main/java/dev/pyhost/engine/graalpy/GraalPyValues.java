package dev.pyhost.engine.graalpy;

import dev.pyhost.PythonObject;
import org.graalvm.polyglot.Value;

import java.math.BigInteger;
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/** Python values to Java values and back, by the table in {@code PyHost#eval}. */
final class GraalPyValues {
    private final Value runtime;

    GraalPyValues(Value runtime) {
        this.runtime = runtime;
    }

    Object toJava(Value v) {
        if (v == null || v.isNull()) {
            return null;
        }
        if (v.isHostObject()) {
            return v.asHostObject();
        }
        String type = runtime.getMember("type_name").execute(v).asString();
        switch (type) {
            case "bool":
                return v.asBoolean();
            case "int":
                return v.fitsInLong() ? (Object) v.asLong() : v.as(BigInteger.class);
            case "float":
                return v.asDouble();
            case "str":
                return v.asString();
            case "bytes":
            case "bytearray": {
                byte[] out = new byte[(int) v.getBufferSize()];
                v.readBuffer(0, out, 0, out.length);
                return out;
            }
            case "list":
            case "tuple": {
                List<Object> out = new ArrayList<>();
                for (long i = 0; i < v.getArraySize(); i++) {
                    out.add(toJava(v.getArrayElement(i)));
                }
                return Collections.unmodifiableList(out);
            }
            case "dict": {
                Map<Object, Object> out = new LinkedHashMap<>();
                Value keys = v.getHashKeysIterator();
                while (keys.hasIteratorNextElement()) {
                    Value k = keys.getIteratorNextElement();
                    out.put(toJava(k), toJava(v.getHashValue(k)));
                }
                return Collections.unmodifiableMap(out);
            }
            case "set":
            case "frozenset": {
                Set<Object> out = new LinkedHashSet<>();
                Value it = v.getIterator();
                while (it.hasIteratorNextElement()) {
                    out.add(toJava(it.getIteratorNextElement()));
                }
                return Collections.unmodifiableSet(out);
            }
            default:
                return new PythonObject(type, runtime.getMember("safe_repr").execute(v).asString());
        }
    }
}
