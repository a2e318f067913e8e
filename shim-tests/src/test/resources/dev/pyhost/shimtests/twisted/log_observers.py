from __future__ import print_function
import sys, re
from twisted.python import log, failure
try:
    from StringIO import StringIO
except ImportError:
    from io import StringIO
buf = StringIO()
log.msg('before start')
log.startLogging(buf, setStdout=False)
log.msg('hello', 'world')
log.msg(format='%(a)s-%(b)s', a=1, b=2)
log.err(ValueError('bad'), 'context')
log.err(failure.Failure(KeyError('k')))
log.msg('sys', system='custom')
obs = []
log.addObserver(obs.append)
log.msg('to observer', key=1)
log.removeObserver(obs.append)
print(obs[0]['message'], obs[0]['key'], obs[0]['isError'], obs[0]['system'])
log.callWithLogger(type('L', (), {'logPrefix': lambda self: 'Prefixed'})(), log.msg, 'in context')
print(re.sub(r'^\d{4}-\d\d-\d\d \d\d:\d\d:\d\d[+-]\d{4} ', 'TS ', buf.getvalue(), flags=re.M).replace('exceptions.', 'builtins.'), end='')
