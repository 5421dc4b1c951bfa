package org.lightbus.api;

import static java.lang.annotation.ElementType.TYPE;
import static java.lang.annotation.RetentionPolicy.RUNTIME;

import java.lang.annotation.Documented;
import java.lang.annotation.Retention;
import java.lang.annotation.Target;

/**
 * Declares a record as a bus event: a fact that one application states and others react to.
 *
 * <p>
 * An event belongs to exactly one API: the {@link BusApi} interface the record is nested in, or, for a standalone
 * record, the API named by {@link #api()}. Its name on the bus is {@link #name()} or, by default, the record's simple
 * name in snake case ({@code UserSignedUp} becomes {@code user_signed_up}); its full name is {@code <api>.<name>}, for
 * example {@code auth.user_signed_up}.
 *
 * <p>
 * Events travel as JSON. Every record component must be JSON-serializable: strings, numbers, booleans, enums,
 * {@code java.time} values, {@code UUID}, {@code URI}, {@code BigDecimal}, {@code BigInteger}, {@code byte[]} (base64),
 * other records made of these, and {@code Optional}, {@code List}, {@code Set} or {@code Map<String, ?>} of these.
 * Anything else fails the deployment with a message naming the component.
 *
 * <pre>
 * &#64;BusEvent(api = "billing")
 * public record InvoicePaid(UUID invoice, BigDecimal amount) {
 * }
 * </pre>
 */
@Documented
@Retention(RUNTIME)
@Target(TYPE)
public @interface BusEvent {

    /**
     * The API this event belongs to. Required for a record that is not nested in a {@link BusApi} interface; when the
     * record is nested, it must be empty or equal to the enclosing API's name.
     *
     * @return the API name, or {@code ""} to take it from the enclosing {@link BusApi}
     */
    String api() default "";

    /**
     * The event name within its API.
     *
     * @return the event name, or {@code ""} for the record's simple name in snake case
     */
    String name() default "";
}
