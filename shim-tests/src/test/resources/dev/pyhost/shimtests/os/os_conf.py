# os.sysconf, os.confstr, os.pathconf and their name tables: every name's answer (but the two
# that change from moment to moment), errors for unknown names and paths, a relative path.
from __future__ import print_function
import os, sys
vals = {}
for name in sorted(os.sysconf_names):
    try:
        vals[name] = os.sysconf(name)
    except (OSError, ValueError) as e:
        vals[name] = type(e).__name__
vary = ('SC_AVPHYS_PAGES', 'SC_NPROCESSORS_ONLN')
print(len(vals), [(k, v) for k, v in sorted(vals.items()) if k not in vary])
print(sorted(os.confstr_names.items()), [(k, os.confstr(k)) for k in sorted(os.confstr_names)])
print(sorted(os.pathconf_names.items()))
print([(k, os.pathconf('/', k)) for k in sorted(os.pathconf_names)])
here = os.getcwd()
os.chdir('/usr')
print(os.pathconf('bin', 'PC_NAME_MAX'))
os.chdir(here)
for call in (lambda: os.sysconf('SC_NOPE'), lambda: os.sysconf(99999), lambda: os.sysconf(1.5), lambda: os.confstr('CS_NOPE'),
             lambda: os.confstr(99999), lambda: os.pathconf('/nonexist', 'PC_NAME_MAX'), lambda: os.pathconf('/', 'PC_NOPE')):
    try:
        print(call())
    except Exception as e:
        print(type(e).__name__, e)
print(os.sysconf('SC_PAGE_SIZE') * os.sysconf('SC_PHYS_PAGES') > 2 ** 30)
