package org.lightbus.cdi.model;

import java.util.Map;
import java.util.Set;
import java.util.SortedMap;
import java.util.SortedSet;
import java.util.TreeMap;
import java.util.TreeSet;

/**
 * The names that per-listener, per-API and per-procedure configuration keys of one application contain.
 *
 * @param listeners
 *            the listener names, e.g. {@code Images.resizeAvatar}
 * @param procedures
 *            the procedure names of each API the application calls or serves, by API name
 */
public record ApplicationNames(SortedSet<String> listeners, SortedMap<String, SortedSet<String>> procedures) {

    /** Copies the names. */
    public ApplicationNames {
        listeners = new TreeSet<>(listeners);
        SortedMap<String, SortedSet<String>> copy = new TreeMap<>();
        procedures.forEach((api, names) -> copy.put(api, new TreeSet<>(names)));
        procedures = copy;
    }

    /**
     * @param listeners
     *            the listener names
     * @param procedures
     *            the procedure names by API name
     *
     * @return the names
     */
    public static ApplicationNames of(Set<String> listeners, Map<String, ? extends Set<String>> procedures) {
        SortedMap<String, SortedSet<String>> sorted = new TreeMap<>();
        procedures.forEach((api, names) -> sorted.put(api, new TreeSet<>(names)));
        return new ApplicationNames(new TreeSet<>(listeners), sorted);
    }

    /**
     * @return the API names
     */
    public Set<String> apis() {
        return procedures.keySet();
    }
}
