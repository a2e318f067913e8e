package dev.pyhost.shimtests.configparser;

import dev.pyhost.shimtests.ShimContract;
import org.junit.jupiter.api.Test;

/**
 * ConfigParser (Python 2) and configparser (Python 3) read, query and write as CPython of the
 * same major version does: each snippet's output is compared with real CPython's.
 */
abstract class ConfigParserContract extends ShimContract {

    /** Imports the engine's module as {@code cp} and defines {@code attempt(text, **kw)}. */
    private static final String PRELUDE = String.join("\n",
            "import sys, os, tempfile",
            "try:",
            "    import configparser as cp",
            "    from io import StringIO",
            "    PY3 = True",
            "except ImportError:",
            "    import ConfigParser as cp",
            "    from StringIO import StringIO",
            "    PY3 = False",
            "def show(p):",
            "    for s in p.sections():",
            "        print('[%r]' % (s,))",
            "        for k in p.options(s):",
            "            v = p.get(s, k, raw=True) if PY3 else cp.RawConfigParser.get(p, s, k)",
            "            print('  %r = %r' % (k, v))",
            "    print('defaults %r' % (sorted(p.defaults().items()),))",
            "def attempt(text, cls=None, **kw):",
            "    p = (cls or cp.RawConfigParser)(**kw)",
            "    try:",
            "        if PY3:",
            "            p.read_string(text)",
            "        else:",
            "            p.readfp(StringIO(text))",
            "    except Exception as e:",
            "        print('%s: %s' % (type(e).__name__, e))",
            "        if PY3 and isinstance(e, (cp.DuplicateSectionError, cp.DuplicateOptionError)):",
            "            return p  # values left by the failed read: 3.12 joins them, 3.11 does not",
            "    show(p)",
            "    return p",
            "");

    private void same(String body) {
        assertSameAsCPython(PRELUDE + body);
    }

    @Test
    void commentsContinuationsAndEmptyValuesReadAsCPython() {
        same(String.join("\n",
                "attempt('''# head",
                "; other",
                "[One]",
                "Key = value ; inline",
                "k2=a;b",
                "k3 : x  ;y",
                "multi = first",
                "   second",
                "",
                "  third",
                "quoted = \"\"",
                "empty =",
                "rem this is a comment on py2",
                "REM also",
                "[DEFAULT]",
                "base = d",
                "[two]",
                "Key=1",
                "''')",
                ""));
    }

    @Test
    void duplicatesMergeOrFailAsTheDialectSays() {
        same(String.join("\n",
                "attempt('[a]\\nx=1\\n[b]\\ny=2\\n[a]\\nz=3\\n')",
                "attempt('[a]\\nx=1\\nX=2\\n')",
                "attempt('[a]\\nx=1\\n[DEFAULT]\\nd=1\\n[DEFAULT]\\ne=2\\n')",
                "if PY3:",
                "    attempt('[a]\\nx=1\\n[a]\\nz=3\\n', strict=False)",
                "    attempt('[a]\\nx=1\\nX=2\\n', strict=False)",
                ""));
    }

    @Test
    void badLinesRaiseCPythonsErrors() {
        same(String.join("\n",
                "attempt('x=1\\n[a]\\n')",
                "attempt('  \\n# c\\nno header here\\n')",
                "attempt('[a]\\nx=1\\nthis line is bad\\n  cont\\nalso bad\\n[b]\\ny\\n')",
                "attempt('[a]\\n=novalue\\n')",
                "attempt('[a]\\nbare\\nother = 1\\n', allow_no_value=True)",
                "attempt('[a]\\nbare\\n  cont\\n', allow_no_value=True)",
                "attempt('[unclosed\\nx=1\\n')",
                ""));
    }

    @Test
    void dialectOptionsOfPython3() {
        same(String.join("\n",
                "if PY3:",
                "    attempt('[a]\\nk -> v\\nj=still\\n', delimiters=('->',))",
                "    attempt('[a]\\nk = v // c\\n  // whole\\nj = w #x\\n', comment_prefixes=('//',), inline_comment_prefixes=('//', '#'))",
                "    attempt('[a]\\nk = v\\n\\n  more\\n', empty_lines_in_values=False)",
                "    attempt('[a]\\nk = v\\n\\n  more\\n\\n')",
                "    attempt('[general]\\nd=1\\n[a]\\nk=2\\n', default_section='general')",
                "    p = cp.RawConfigParser(); p.optionxform = str",
                "    p.read_string('[a]\\nCamel = 1\\ncamel = 2\\n'); show(p)",
                "    class Up(cp.RawConfigParser):",
                "        def optionxform(self, o): return o.upper()",
                "    attempt('[a]\\nk=1\\nK=2\\n', cls=Up)",
                "    attempt('[a]\\nk=1\\nK=2\\n', cls=Up, strict=False)",
                "    p = attempt('[a]\\nx = 1\\n', converters={'list': lambda v: v.split(',')})",
                "    p['a']['y'] = 'p,q'",
                "    print(p.getlist('a', 'y'), p['a'].getint('x'), p.get('a', 'nope', fallback='fb'))",
                "    print(p['a'].get('nope', 'dflt'), 'a' in p, list(p), dict(p['a']))",
                "else:",
                "    attempt('[a]\\nk=1\\n')",
                ""));
    }

    @Test
    void interpolationAndItsErrors() {
        same(String.join("\n",
                "p = attempt('[s]\\nhome=/opt\\ndata=%(home)s/data\\nloop=%(loop)s\\nmiss=%(nothing)s\\nbad=%home\\npct=100%%\\n', cls=cp.ConfigParser)",
                "print(p.get('s', 'data'))",
                "print(p.get('s', 'pct'))",
                "print(p.get('s', 'data', raw=True))",
                "print(p.get('s', 'data', vars={'home': '/v'}))",
                "for opt in ('loop', 'miss', 'bad'):",
                "    try:",
                "        print(p.get('s', opt))",
                "    except cp.Error as e:",
                "        print('%s: %s' % (type(e).__name__, e))",
                "for bad in [('nosect', 'x'), ('s', 'noopt')]:",
                "    try:",
                "        p.get(*bad)",
                "    except cp.Error as e:",
                "        print('%s: %s' % (type(e).__name__, e))",
                "try:",
                "    p.add_section('s')",
                "except cp.Error as e:",
                "    print('%s: %s' % (type(e).__name__, e))",
                "if PY3:",
                "    e = attempt('[a]\\nx=1\\n[b]\\ny=${a:x}/${z}\\nz=2\\n', cls=cp.ConfigParser, interpolation=cp.ExtendedInterpolation())",
                "    print(e.get('b', 'y'), e['b']['y'])",
                "    try:",
                "        e.set('b', 'w', '$bad')",
                "    except (cp.Error, ValueError) as x:",
                "        print('%s: %s' % (type(x).__name__, x))",
                ""));
    }

    @Test
    void booleansAndNumbers() {
        same(String.join("\n",
                "p = attempt('[b]\\n' + ''.join('k%d = %s\\n' % (i, w) for i, w in enumerate(['1','yes','true','on','0','no','false','off','Yes','maybe'])) + 'n = 42\\nf = 1.5\\n')",
                "for i in range(10):",
                "    try:",
                "        print(p.getboolean('b', 'k%d' % i))",
                "    except ValueError as e:",
                "        print('ValueError: %s' % e)",
                "print(p.getint('b', 'n'), p.getfloat('b', 'f'))",
                ""));
    }

    @Test
    void readReturnsTheFilesParsedAndSkipsMissingOnes() {
        same(String.join("\n",
                "d = tempfile.mkdtemp()",
                "a = os.path.join(d, 'a.ini'); b = os.path.join(d, 'b.ini')",
                "with open(a, 'w') as f: f.write('[x]\\nk = 1\\n')",
                "with open(b, 'w') as f: f.write('[x]\\nk = 2\\n[y]\\nj = 3\\n')",
                "p = cp.ConfigParser()",
                "got = p.read([a, os.path.join(d, 'missing.ini'), b])",
                "print([os.path.basename(g) for g in got])",
                "print(p.get('x', 'k'), p.sections())",
                "print(p.read(os.path.join(d, 'none.ini')))",
                ""));
    }

    @Test
    void writeProducesCPythonsBytesToStreamsAndFiles() {
        same(String.join("\n",
                "p = attempt('[DEFAULT]\\nd = 1\\n[s]\\nmulti = a\\n  b\\nCase = V\\n[t]\\n', cls=cp.ConfigParser, allow_no_value=True)",
                "p.set('t', 'bare', None)",
                "p.set('s', 'num', '7')",
                "out = StringIO(); p.write(out); print(repr(out.getvalue()))",
                "d = tempfile.mkdtemp(); path = os.path.join(d, 'w.ini')",
                "f = open(path, 'w'); f.write(''); p.write(f); f.write('# trailer\\n'); f.close()",
                "with open(path) as f: print(repr(f.read()))",
                "f = open(path, 'w'); f.write('# header\\n'); p.write(f); f.close()",
                "with open(path) as f: print(repr(f.read()))",
                "q = cp.RawConfigParser()",
                "q.add_section('n'); q.set('n', 'k', 'v')",
                "f = open(path, 'w'); q.write(f); f.close()",
                "with open(path) as f: print(repr(f.read()))",
                "if PY3:",
                "    out = StringIO(); q.write(out, space_around_delimiters=False); print(repr(out.getvalue()))",
                ""));
    }

    /**
     * A file named relative to a working directory the script changed: the whole file is written
     * there (it went to the JVM's own working directory, leaving the script's file empty).
     */
    @Test
    void writeToARelativePathAfterChdirLandsInTheNewDirectory() {
        same(String.join("\n",
                "here = os.getcwd(); d = tempfile.mkdtemp(); os.chdir(d)",
                "try:",
                "    q = cp.RawConfigParser(); q.add_section('n'); q.set('n', 'k', 'v')",
                "    f = open('rel.ini', 'w'); q.write(f); f.close()",
                "    with open(os.path.join(d, 'rel.ini')) as f: print(repr(f.read()))",
                "    print(os.path.exists(os.path.join(here, 'rel.ini')))",
                "finally:",
                "    os.chdir(here)",
                ""));
    }
}
