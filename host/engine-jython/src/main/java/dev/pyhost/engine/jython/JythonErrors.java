package dev.pyhost.engine.jython;

import dev.pyhost.PyHostException;
import dev.pyhost.PythonException;
import dev.pyhost.spi.MainOutcome;
import org.python.core.Py;
import org.python.core.PyException;
import org.python.core.PyObject;
import org.python.core.PyTuple;

/** Turns a Jython exception into the host's exception family, text formatted by Python. */
final class JythonErrors {
    private JythonErrors() {
    }

    static PyHostException toHost(PyException e, PyObject runtime) {
        try {
            e.normalize();
            PyObject tb = e.traceback == null ? Py.None : e.traceback;
            PyTuple d = (PyTuple) runtime.__getattr__("describe").__call__(e.type, e.value, tb);
            int status = d.__getitem__(0).asInt();
            String type = JythonValues.text(d.__getitem__(1));
            MainOutcome.check(status, type, JythonValues.text(d.__getitem__(2)), JythonValues.text(d.__getitem__(3)));
            return new PythonException(type, "", "");
        } catch (PyHostException h) {
            return h;
        } catch (RuntimeException inner) {
            return new PythonException(String.valueOf(e.type), String.valueOf(e.value), e.toString());
        }
    }
}
