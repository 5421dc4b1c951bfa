/**
 * The application developer's API of Lightbus: a message bus for Jakarta EE and MicroProfile applications over
 * RabbitMQ.
 *
 * <p>
 * One application states what happened by firing an event; any number of other applications react, each listener once
 * per event (delivery is at-least-once) even when scaled out. Applications also call each other's remote procedures
 * through typed clients.
 *
 * <pre>
 * // the contract jar, shared by all applications
 * &#64;BusApi("auth")
 * public interface AuthApi {
 *     &#64;BusEvent
 *     record UserSignedUp(String username, String email) {
 *     }
 * }
 *
 * // the application that owns the API
 * &#64;Inject
 * &#64;Bus
 * Event&lt;AuthApi.UserSignedUp&gt; signedUp;
 * signedUp.fire(new AuthApi.UserSignedUp("ada", "ada@example.com")); // returns once the broker has it
 *
 * // any other application
 * void welcome(&#64;Observes &#64;Bus AuthApi.UserSignedUp e, EventContext ctx) {
 * }
 *
 * // remote procedures: the owner implements the interface, the others inject a client
 * &#64;BusApi("auth")
 * public interface AuthApi {
 *     boolean checkPassword(String username, String password);
 * }
 * &#64;ApplicationScoped
 * class AuthService implements AuthApi { ... }
 *
 * &#64;Inject
 * &#64;Bus
 * AuthApi auth;
 * auth.checkPassword("ada", "secret"); // RemoteCallException, RpcTimeoutException
 * </pre>
 *
 * <p>
 * Configuration keys are listed in {@link org.lightbus.api.LightbusConfig}.
 */
package org.lightbus.api;
