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
 * Its abstract methods are remote procedures, named in snake case ({@code checkPassword} is
 * {@code auth.check_password}); names must be unique (no overloads) and parameter and result types JSON-serializable,
 * as for {@link BusEvent} components; a method may return {@code CompletionStage<T>} to be called asynchronously.
 * Default methods are not remote: they run on the client. The application that owns the API serves it with one CDI bean
 * that implements the interface; other applications inject a client with {@code @Inject @Bus AuthApi auth}. Its calls
 * throw {@link RemoteCallException} when the server failed and {@link RpcTimeoutException} when no reply came in time
 * ({@link LightbusConfig#rpcTimeout}). Mistakes fail the deployment with a message naming the method.
 *
 * <p>
 * On the broker, every API has one topic exchange for its events and one queue for its calls (see
 * {@code docs/protocol.md}).
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
