package org.lightbus.cdi.runtime;

import java.util.List;

import org.lightbus.api.LightbusConfig;
import org.lightbus.cdi.model.ApplicationNames;
import org.lightbus.cdi.model.KnownKeys;

/**
 * One setting of the runtime: its key, where it applies, and how its value is read.
 *
 * @param key
 *            the key of an application or listener setting (a {@code lightbus.listener.*} key is also the global value
 *            of the per-listener keys), or the setting part of an API or procedure key ({@code rpc-timeout})
 * @param scope
 *            where the setting applies
 * @param parser
 *            turns a value into the setting, or fails with an {@link IllegalArgumentException} whose message says what
 *            is accepted
 */
record Setting<T>(String key, Scope scope, Parser<T> parser) {

    /** Where a setting applies. */
    enum Scope {
        /** The whole application: one key. */
        APPLICATION,
        /** Every listener: the global key, and a key per listener that overrides it. */
        LISTENER,
        /** One API: a key per API. */
        API,
        /** One procedure: a key per procedure. */
        PROCEDURE
    }

    /** Reads a value. */
    @FunctionalInterface
    interface Parser<T> {

        /**
         * @param value
         *            the trimmed value
         *
         * @return the setting
         *
         * @throws IllegalArgumentException
         *             whose message says what is accepted, e.g. "expected a whole number of at least 1"
         */
        T parse(String value);
    }

    static <T> Setting<T> application(String key, Parser<T> parser) {
        return new Setting<>(key, Scope.APPLICATION, parser);
    }

    static <T> Setting<T> listener(String key, Parser<T> parser) {
        return new Setting<>(key, Scope.LISTENER, parser);
    }

    static <T> Setting<T> api(String setting, Parser<T> parser) {
        return new Setting<>(setting, Scope.API, parser);
    }

    static <T> Setting<T> procedure(String setting, Parser<T> parser) {
        return new Setting<>(setting, Scope.PROCEDURE, parser);
    }

    /**
     * @return the keys of this setting, with {@link KnownKeys} placeholders for names, e.g.
     *         {@code lightbus.listener.max-attempts} and {@code lightbus.listener.<listener>.max-attempts}
     */
    List<String> patterns() {
        return switch (scope) {
        case APPLICATION -> List.of(key);
        case LISTENER -> List.of(key, LightbusConfig.forListener(KnownKeys.LISTENER, key));
        case API -> List.of(LightbusConfig.forApi(KnownKeys.API, key));
        case PROCEDURE -> List.of(LightbusConfig.forProcedure(KnownKeys.API, KnownKeys.PROCEDURE, key));
        };
    }

    /**
     * @return the keys of this setting in an application with these names, in alphabetical order
     */
    List<String> keys(ApplicationNames names) {
        return List.copyOf(KnownKeys.of(patterns(), names).keys());
    }
}
