package org.lightbus.api;

import static java.lang.annotation.ElementType.FIELD;
import static java.lang.annotation.ElementType.METHOD;
import static java.lang.annotation.ElementType.PARAMETER;
import static java.lang.annotation.ElementType.TYPE;
import static java.lang.annotation.RetentionPolicy.RUNTIME;

import java.lang.annotation.Documented;
import java.lang.annotation.Retention;
import java.lang.annotation.Target;

import jakarta.enterprise.util.AnnotationLiteral;
import jakarta.inject.Qualifier;

/**
 * The qualifier that puts a CDI event or observer on the bus.
 *
 * <p>
 * Firing: {@code @Inject @Bus Event<UserSignedUp> signedUp; signedUp.fire(evt)} publishes the event to the broker and
 * returns once the broker has confirmed it; {@code fireAsync(evt)} returns a stage that completes on the confirm.
 * Either fails with a {@link PublishException} when the broker refuses the event or does not confirm it in time
 * ({@link LightbusConfig#PUBLISH_CONFIRM_TIMEOUT}), and with a {@link LightbusException} when the fired object is not a
 * {@link BusEvent}.
 *
 * <p>
 * Listening: {@code void welcome(@Observes @Bus UserSignedUp e)} on a bean method makes it a bus listener. A bus
 * listener receives events from the broker only, never directly from a local {@code fire()}, so that one code path
 * serves one application or many. See {@link Listener} for naming and {@link EventContext} for message metadata.
 */
@Qualifier
@Documented
@Retention(RUNTIME)
@Target({ TYPE, METHOD, FIELD, PARAMETER })
public @interface Bus {

    /**
     * The {@code @Bus} qualifier as a value, for programmatic lookup.
     */
    final class Literal extends AnnotationLiteral<Bus> implements Bus {

        /** The single instance. */
        public static final Literal INSTANCE = new Literal();

        private static final long serialVersionUID = 1L;

        private Literal() {
        }
    }
}
