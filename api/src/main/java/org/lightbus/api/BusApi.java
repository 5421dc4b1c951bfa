package org.lightbus.api;

import static java.lang.annotation.ElementType.TYPE;
import static java.lang.annotation.RetentionPolicy.RUNTIME;

import java.lang.annotation.Documented;
import java.lang.annotation.Retention;
import java.lang.annotation.Target;

/**
 * Declares an interface as a bus API: a named group of events and remote procedures that one application owns and any
 * number of applications use.
 *
 * <p>
 * The interface lives in a contract jar shared by every application that takes part. Records nested in it and annotated
 * {@link BusEvent} are its events; its methods are its remote procedures.
 *
 * <pre>
 * &#64;BusApi("auth")
 * public interface AuthApi {
 *     &#64;BusEvent
 *     record UserSignedUp(String username, String email) {
 *     }
 * }
 * </pre>
 *
 * <p>
 * On the broker, every API has one topic exchange named after it (see {@code docs/protocol.md}).
 */
@Documented
@Retention(RUNTIME)
@Target(TYPE)
public @interface BusApi {

    /**
     * The API name, unique on the bus: lowercase letters, digits, {@code _} and {@code -}, with dots for hierarchy, for
     * example {@code "auth"} or {@code "acme.auth"}.
     *
     * @return the API name, never empty
     */
    String value();
}
