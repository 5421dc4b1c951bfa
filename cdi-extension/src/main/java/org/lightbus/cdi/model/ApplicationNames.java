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
 * @param apis
 *            every API the application owns, listens to, calls or serves; contains the keys of {@code procedures}
 */
public record ApplicationNames(SortedSet<String> listeners, SortedMap<String, SortedSet<String>> procedures,
        SortedSet<String> apis) {

    /** Copies the names, and adds the APIs of the procedures to the APIs. */
    public ApplicationNames {
        listeners = new TreeSet<>(listeners);
        SortedMap<String, SortedSet<String>> copy = new TreeMap<>();
        procedures.forEach((api, names) -> copy.put(api, new TreeSet<>(names)));
        procedures = copy;
        apis = new TreeSet<>(apis);
        apis.addAll(procedures.keySet());
    }

    /**
     * @param listeners
     *            the listener names
     * @param procedures
     *            the procedure names by API name
     *
     * @return the names; the APIs are those of the procedures
     */
    public static ApplicationNames of(Set<String> listeners, Map<String, ? extends Set<String>> procedures) {
        return of(listeners, procedures, Set.of());
    }

    /**
     * @param listeners
     *            the listener names
     * @param procedures
     *            the procedure names by API name
     * @param apis
     *            further APIs: those the application owns or listens to
     *
     * @return the names
     */
    public static ApplicationNames of(Set<String> listeners, Map<String, ? extends Set<String>> procedures,
            Set<String> apis) {
        SortedMap<String, SortedSet<String>> sorted = new TreeMap<>();
        procedures.forEach((api, names) -> sorted.put(api, new TreeSet<>(names)));
        return new ApplicationNames(new TreeSet<>(listeners), sorted, new TreeSet<>(apis));
    }

    /**
     * @param more
     *            further APIs
     *
     * @return these names with those APIs too
     */
    public ApplicationNames withApis(Set<String> more) {
        SortedSet<String> all = new TreeSet<>(apis);
        all.addAll(more);
        return new ApplicationNames(listeners, procedures, all);
    }

    /**
     * @param moreListeners
     *            further listener names
     * @param moreApis
     *            the APIs they listen to
     *
     * @return these names with those listeners and APIs too
     */
    public ApplicationNames withListeners(Set<String> moreListeners, Set<String> moreApis) {
        SortedSet<String> allListeners = new TreeSet<>(listeners);
        allListeners.addAll(moreListeners);
        SortedSet<String> allApis = new TreeSet<>(apis);
        allApis.addAll(moreApis);
        return new ApplicationNames(allListeners, procedures, allApis);
    }
}
