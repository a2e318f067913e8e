package dev.pyhost.engine.jython;

import org.python.core.Py;
import org.python.core.PyObject;
import org.python.core.PyShadowString;
import org.python.core.PyString;

/**
 * A name CPython gives ({@code os.name == 'posix'}, {@code sys.platform == 'linux2'}) that also
 * equals and starts with Jython's own ({@code 'java'}, {@code 'java25.0.3'}) for code called
 * from Jython's library modules that choose their Java code paths by it. Unlike a plain
 * {@link PyShadowString}, {@code !=} agrees with {@code ==} there (Jython's {@code sysconfig}
 * tests {@code os.name != 'java'}) and {@code repr()} shows the plain string.
 */
public final class ShadowName extends PyShadowString {
    ShadowName(String value, String shadow) {
        super(value, shadow);
    }

    /** A name with the same library targets as {@code like}'s (the os overlay's {@code os.name}). */
    public static ShadowName like(String value, String shadow, PyObject like) {
        ShadowName name = new ShadowName(value, shadow);
        if (like instanceof PyShadowString s) {
            for (PyObject target : s.getTargets().asIterable()) {
                name.getTargets().append(target);
            }
        }
        return name;
    }

    /** Slices stay names of this kind ({@code sys.platform[:4] != 'java'} in Jython's minidom). */
    @Override
    public PyObject __getslice__(PyObject start, PyObject stop, PyObject step) {
        PyObject slice = super.__getslice__(start, stop, step);
        if (slice instanceof PyShadowString s && !(slice instanceof ShadowName)) {
            ShadowName name = new ShadowName(s.getString(), s.getshadow().getString());
            name.targets = targets;
            return name;
        }
        return slice;
    }

    @Override
    public PyObject __ne__(PyObject other) {
        PyObject eq = __eq__(other);
        return eq == null ? null : Py.newBoolean(!eq.__nonzero__());
    }

    @Override
    public PyString __repr__() {
        return new PyString(getString()).__repr__();
    }
}
