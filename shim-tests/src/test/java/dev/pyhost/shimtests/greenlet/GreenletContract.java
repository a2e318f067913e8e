package dev.pyhost.shimtests.greenlet;

import dev.pyhost.shimtests.gevent.CoopContract;
import org.junit.jupiter.api.Test;

/** greenlet: switch order, values both ways, parents, throw and exceptions as the real greenlet. */
abstract class GreenletContract extends CoopContract {

    protected GreenletContract() {
        super("greenlet");
    }

    @Test
    void switchesInTheOrderAndWithTheValuesOfRealGreenlet() {
        assertSameAsRealLibrary("from greenlet import greenlet, getcurrent\n"
                + "out = []\n"
                + "def a(x, y=0):\n"
                + "    out.append(('a got', x, y))\n"
                + "    v = gb.switch('to b')\n"
                + "    out.append(('a resumed with', v))\n"
                + "    v = gb.switch(1, 2)\n"
                + "    out.append(('a resumed with', v))\n"
                + "    v = gb.switch(k=3)\n"
                + "    out.append(('a resumed with', sorted(v.items())))\n"
                + "    v = gb.switch(4, k=5)\n"
                + "    out.append(('a resumed with', v[0], sorted(v[1].items())))\n"
                + "    return 'a done'\n"
                + "def b(msg):\n"
                + "    while True:\n"
                + "        out.append(('b got', msg))\n"
                + "        msg = ga.switch(msg)\n"
                + "ga = greenlet(a)\n"
                + "gb = greenlet(b)\n"
                + "print(bool(ga), ga.dead, ga.parent is getcurrent())\n"
                + "print(ga.switch(10, y=20))\n"
                + "for item in out: print(item)\n"
                + "print(bool(ga), ga.dead, bool(gb), gb.dead)\n"
                + "print(ga.switch('again'))\n"
                + "print(getcurrent().parent, getcurrent().dead, bool(getcurrent()))\n");
    }

    @Test
    void exceptionsReachTheParentAndThrowKillsAsRealGreenlet() {
        assertSameAsRealLibrary("from greenlet import greenlet, GreenletExit, getcurrent\n"
                + "def boom():\n"
                + "    raise ValueError('bad value')\n"
                + "try:\n"
                + "    greenlet(boom).switch()\n"
                + "except ValueError as e:\n"
                + "    print('parent caught', type(e).__name__, e)\n"
                + "def quiet():\n"
                + "    raise GreenletExit('bye')\n"
                + "r = greenlet(quiet).switch()\n"
                + "print(type(r).__name__, r)\n"
                + "def waits():\n"
                + "    try:\n"
                + "        getcurrent().parent.switch('waiting')\n"
                + "    except KeyError as e:\n"
                + "        print('child caught', type(e).__name__, e.args)\n"
                + "        return 'handled'\n"
                + "g = greenlet(waits)\n"
                + "print(g.switch())\n"
                + "print(g.throw(KeyError('k')))\n"
                + "print(g.dead)\n"
                + "fresh = greenlet(lambda: print('never runs'))\n"
                + "print(type(fresh.throw()).__name__, fresh.dead)\n"
                + "fresh2 = greenlet(lambda: 1)\n"
                + "try:\n"
                + "    fresh2.throw(RuntimeError, 'no start')\n"
                + "except RuntimeError as e:\n"
                + "    print('raised in parent:', e, fresh2.dead)\n"
                + "def child():\n"
                + "    inner = greenlet(lambda: 'inner result', parent=getcurrent().parent)\n"
                + "    return inner.switch()\n"
                + "print(greenlet(child).switch())\n"
                + "dead = greenlet(lambda: 'x')\n"
                + "dead.switch()\n"
                + "print(dead.switch('to a dead one goes to its parent'))\n");
    }
}
