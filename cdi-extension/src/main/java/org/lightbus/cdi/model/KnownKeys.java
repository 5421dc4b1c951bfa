package org.lightbus.cdi.model;

import java.util.Collection;
import java.util.Collections;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import java.util.SortedSet;
import java.util.TreeSet;

import org.lightbus.spi.TransportFactory;

/**
 * The {@code lightbus.*} configuration keys that one application reads, and the closest of them to a key it does not
 * read, for a hint such as "did you mean lightbus.listener.max-attempts?". Environment variables
 * ({@code LIGHTBUS_LISTENER_MAX_ATTEMPTS}) are compared with the environment variables of the known keys.
 *
 * <p>
 * Keys are given as patterns in which {@code <api>}, {@code <procedure>} and {@code <listener>} stand for the names of
 * the application's APIs, procedures and listeners: {@code lightbus.listener.<listener>.prefetch} is known as
 * {@code lightbus.listener.Images.resizeAvatar.prefetch} in an application with that listener, and as nothing else.
 */
public final class KnownKeys {

    /** Stands for an API name in a pattern. */
    public static final String API = TransportFactory.API_PLACEHOLDER;
    /** Stands for a procedure name in a pattern; a pattern with it also contains {@link #API}. */
    public static final String PROCEDURE = TransportFactory.PROCEDURE_PLACEHOLDER;
    /** Stands for a listener name in a pattern. */
    public static final String LISTENER = TransportFactory.LISTENER_PLACEHOLDER;

    private static final String PREFIX = "lightbus.";
    /**
     * The keys of Lightbus's own test tools (the development broker's test session), which its build sets as system
     * properties: not read by the runtime, not checked.
     */
    private static final String TEST_TOOLS_PREFIX = "lightbus.test.";

    /** The prefix of the environment variables of Lightbus's keys, in any case. */
    private static final String ENVIRONMENT_PREFIX = "lightbus_";

    private final SortedSet<String> keys;
    private final SortedSet<String> environmentNames = new TreeSet<>();

    private KnownKeys(SortedSet<String> keys) {
        this.keys = keys;
        keys.forEach(key -> environmentNames.add(environmentName(key)));
    }

    /**
     * @param patterns
     *            the keys, with placeholders for names
     * @param names
     *            the names of the application
     *
     * @return every key of the patterns with the application's names filled in
     */
    public static KnownKeys of(Collection<String> patterns, ApplicationNames names) {
        SortedSet<String> keys = new TreeSet<>();
        for (String pattern : patterns) {
            if (pattern.contains(PROCEDURE)) {
                names.procedures().forEach((api, procedures) -> procedures
                        .forEach(procedure -> keys.add(pattern.replace(API, api).replace(PROCEDURE, procedure))));
            } else if (pattern.contains(API)) {
                names.apis().forEach(api -> keys.add(pattern.replace(API, api)));
            } else if (pattern.contains(LISTENER)) {
                names.listeners().forEach(listener -> keys.add(pattern.replace(LISTENER, listener)));
            } else {
                keys.add(pattern);
            }
        }
        return new KnownKeys(Collections.unmodifiableSortedSet(keys));
    }

    /**
     * @return the known keys
     */
    public SortedSet<String> keys() {
        return keys;
    }

    /**
     * @param key
     *            the name of a configuration property: a key such as {@code lightbus.listener.max-attempts}, or an
     *            environment variable such as {@code LIGHTBUS_LISTENER_MAX_ATTEMPTS}
     *
     * @return true if it is under {@code lightbus.} or {@code LIGHTBUS_} (but not a key of Lightbus's test tools) and
     *         no known key has that name, nor, for an environment variable, that name in the MicroProfile Config
     *         mapping (every character but letters and digits replaced with {@code _}, upper case): a key to warn about
     */
    public boolean isUnknown(String key) {
        if (key.startsWith(PREFIX)) {
            return !key.startsWith(TEST_TOOLS_PREFIX) && !keys.contains(key);
        }
        if (isEnvironmentVariable(key)) {
            String name = environmentName(key);
            return !name.startsWith(environmentName(TEST_TOOLS_PREFIX)) && !environmentNames.contains(name);
        }
        return false;
    }

    /**
     * @param key
     *            an unknown key
     *
     * @return the known key with the smallest edit distance to it (the first in alphabetical order among equals), if
     *         that distance is small enough for a misspelling: at most 2, or a fifth of the key's length; for an
     *         environment variable, the environment variable of that key
     */
    public Optional<String> closest(String key) {
        boolean environment = isEnvironmentVariable(key);
        String name = environment ? environmentName(key) : key;
        int limit = Math.max(2, key.length() / 5);
        String best = null;
        int bestDistance = Integer.MAX_VALUE;
        for (String candidate : environment ? environmentNames : keys) {
            int distance = distance(name, candidate);
            if (distance < bestDistance) {
                best = candidate;
                bestDistance = distance;
            }
        }
        return bestDistance <= limit ? Optional.of(best) : Optional.empty();
    }

    /**
     * @param names
     *            the property names of one configuration source
     *
     * @return the names without those the source derives from its environment variables: a source of environment
     *         variables may list {@code lightbus.service.name} beside {@code LIGHTBUS_SERVICE_NAME}, and only the
     *         variable is what the user set
     */
    public static Set<String> withoutDerivedNames(Collection<String> names) {
        Set<String> variables = new TreeSet<>();
        names.stream().filter(KnownKeys::isEnvironmentVariable).forEach(name -> variables.add(environmentName(name)));
        Set<String> kept = new TreeSet<>();
        for (String name : names) {
            if (isEnvironmentVariable(name) || !variables.contains(environmentName(name))) {
                kept.add(name);
            }
        }
        return kept;
    }

    private static boolean isEnvironmentVariable(String key) {
        return key.regionMatches(true, 0, ENVIRONMENT_PREFIX, 0, ENVIRONMENT_PREFIX.length()) && key.indexOf('.') < 0;
    }

    /** The name of the environment variable of a key, as MicroProfile Config maps it. */
    private static String environmentName(String key) {
        return key.replaceAll("[^A-Za-z0-9]", "_").toUpperCase(Locale.ROOT);
    }

    /**
     * @return the Levenshtein distance: how many characters must be inserted, deleted or replaced to turn one text into
     *         the other
     */
    static int distance(String a, String b) {
        int[] previous = new int[b.length() + 1];
        int[] current = new int[b.length() + 1];
        for (int j = 0; j <= b.length(); j++) {
            previous[j] = j;
        }
        for (int i = 1; i <= a.length(); i++) {
            current[0] = i;
            for (int j = 1; j <= b.length(); j++) {
                int replace = previous[j - 1] + (a.charAt(i - 1) == b.charAt(j - 1) ? 0 : 1);
                current[j] = Math.min(replace, Math.min(previous[j], current[j - 1]) + 1);
            }
            int[] swap = previous;
            previous = current;
            current = swap;
        }
        return previous[b.length()];
    }
}
