package org.lightbus.api;

import static java.lang.annotation.ElementType.METHOD;
import static java.lang.annotation.ElementType.PARAMETER;
import static java.lang.annotation.RetentionPolicy.RUNTIME;

import java.lang.annotation.Documented;
import java.lang.annotation.Retention;
import java.lang.annotation.Target;

/**
 * Names a bus listener.
 *
 * <p>
 * A listener is identified on the bus by its service name ({@link LightbusConfig#SERVICE_NAME}) and its listener name.
 * Every listener gets every event once; instances of one service that share a listener name compete for events (load
 * balancing); different listener names each get their own copy (fan-out). Without this annotation the listener name is
 * the bean class's simple name, a dot and the method name, e.g. {@code Images.resizeAvatar}. Renaming the class or
 * method therefore changes the queue; name listeners explicitly when that matters.
 *
 * <pre>
 * void welcome(&#64;Observes &#64;Bus &#64;Listener("welcome-email") AuthApi.UserSignedUp e) {
 * }
 * </pre>
 *
 * <p>
 * Listener names must be unique within a service; a duplicate fails the deployment naming both methods.
 */
@Documented
@Retention(RUNTIME)
@Target({ PARAMETER, METHOD })
public @interface Listener {

    /**
     * The listener name: letters, digits, {@code .}, {@code _} and {@code -}.
     *
     * @return the listener name, never empty
     */
    String value();
}
