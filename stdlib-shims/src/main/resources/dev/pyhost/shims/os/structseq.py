# The part of a shim's glue that makes its struct types (grp.struct_group, pwd.struct_passwd):
# tuples with named fields, printed and refused as CPython's structseq types are. Written in the
# common subset of Python 2.7 and 3.


def _structseq(module, name, fields, doc):
    def __new__(cls, sequence):
        values = tuple(sequence)
        if len(values) != len(fields):
            raise TypeError('%s.%s() takes a %d-sequence (%d-sequence given)'
                            % (module, name, len(fields), len(values)))
        return tuple.__new__(cls, values)

    def __repr__(self):
        return '%s.%s(%s)' % (module, name, ', '.join('%s=%r' % f for f in zip(fields, self)))

    def __reduce__(self):
        return cls, (tuple(self),)

    def field(i):
        return property(lambda self: self[i])

    namespace = {'__doc__': doc, '__new__': __new__, '__repr__': __repr__, '__reduce__': __reduce__,
                 '__module__': module, 'n_fields': len(fields), 'n_sequence_fields': len(fields),
                 'n_unnamed_fields': 0, '__slots__': ()}
    for i, field_name in enumerate(fields):
        namespace[field_name] = field(i)
    cls = _StructseqType(name, (tuple,), namespace)
    return cls


class _StructseqType(type):
    """Python 2 calls a built-in type a type: <type 'pwd.struct_passwd'>."""

    def __repr__(cls):
        kind = 'class' if str is not bytes else 'type'
        return "<%s '%s.%s'>" % (kind, cls.__module__, cls.__name__)
