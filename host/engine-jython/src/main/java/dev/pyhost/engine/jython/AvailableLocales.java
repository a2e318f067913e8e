package dev.pyhost.engine.jython;

import java.util.AbstractSet;
import java.util.Arrays;
import java.util.HashSet;
import java.util.Iterator;
import java.util.Locale;
import java.util.Set;

/**
 * {@link Locale#getAvailableLocales()} as a set, asked of the JDK only when first used. Jython's
 * {@code _locale} module builds that set as it is initialised, which every Jython start does
 * (its exceptions module defines {@code _locale.Error}), and listing the JDK's locales costs
 * about 50 ms of a 0.85 s start; only {@code locale.setlocale} reads it. The distribution's
 * build has {@code _locale} make this set instead (see {@code dev.pyhost.cli.dist.DeferredJythonLocales}).
 */
public final class AvailableLocales extends AbstractSet<Locale> {
    private volatile Set<Locale> locales;

    public AvailableLocales() {
    }

    private Set<Locale> locales() {
        Set<Locale> s = locales;
        if (s == null) {
            s = new HashSet<>(Arrays.asList(Locale.getAvailableLocales()));
            locales = s;
        }
        return s;
    }

    @Override
    public boolean contains(Object o) {
        return locales().contains(o);
    }

    @Override
    public Iterator<Locale> iterator() {
        return locales().iterator();
    }

    @Override
    public int size() {
        return locales().size();
    }
}
