package dev.pyhost.shims.multiprocessing;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * What a {@code multiprocessing.Manager()} keeps for its proxies: a dict (pickled key → pickled
 * value, in insertion order) or a list of pickled values, shared by the sessions of the JVM.
 * Every method is atomic, as a manager's methods are under CPython.
 */
public final class SharedStore {
    private final Map<String, String> map = new LinkedHashMap<>();
    private final List<String> list = new ArrayList<>();

    // dict

    public synchronized String get(String key) {
        return map.get(key);
    }

    public synchronized void put(String key, String value) {
        map.put(key, value);
    }

    public synchronized String remove(String key) {
        return map.remove(key);
    }

    public synchronized boolean containsKey(String key) {
        return map.containsKey(key);
    }

    public synchronized String[] keys() {
        return map.keySet().toArray(new String[0]);
    }

    public synchronized String[] values() {
        return map.values().toArray(new String[0]);
    }

    public synchronized int mapSize() {
        return map.size();
    }

    public synchronized void clearMap() {
        map.clear();
    }

    // list

    public synchronized int listSize() {
        return list.size();
    }

    public synchronized String item(int i) {
        return list.get(i);
    }

    public synchronized void setItem(int i, String value) {
        list.set(i, value);
    }

    public synchronized void append(String value) {
        list.add(value);
    }

    public synchronized void insert(int i, String value) {
        list.add(Math.max(0, Math.min(i, list.size())), value);
    }

    public synchronized String removeAt(int i) {
        return list.remove(i);
    }

    public synchronized String[] items() {
        return list.toArray(new String[0]);
    }

    /** Replaces the whole list (slice assignment, sort, reverse). */
    public synchronized void setItems(String[] values) {
        list.clear();
        list.addAll(List.of(values));
    }
}
