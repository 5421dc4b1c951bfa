package org.lightbus.testing;

import java.util.List;
import java.util.function.Function;
import java.util.function.Predicate;

import org.assertj.core.api.Condition;
import org.lightbus.memory.InMemoryBroker;

/**
 * The bus as a test of one application sees it: what the application fired and called, answers to its calls, and events
 * and calls simulated as if they came from other applications. Inject it into the test:
 *
 * <pre>
 * &#64;Inject
 * TestBus bus;
 *
 * &#64;Test
 * void signingUpAnnouncesTheUser() {
 *     bus.mock(AuthApi.class, api -&gt; api.checkPassword("ada", "secret")).returns(true);
 *
 *     signup.signUp("ada", "ada@example.com");
 *
 *     bus.assertFired(new AuthApi.UserSignedUp("ada", "ada@example.com", avatar));
 *     bus.assertCalled(AuthApi.class).checkPassword("ada", "secret");
 * }
 *
 * &#64;Test
 * void aNewUserGetsAThumbnail() {
 *     bus.simulate(new AuthApi.UserSignedUp("ada", "ada@example.com", avatar)).assertSucceeded();
 * }
 * </pre>
 *
 * <p>
 * An event counts as fired once the application has handed it to the bus: when {@code fire()} or
 * {@code EventPublisher.publish} returns, and for {@code fireAsync()} only on the container's asynchronous executor, so
 * wait for the stage it returned before asserting.
 *
 * <p>
 * Values are compared as they travel on the bus: encoded to JSON by the application's codec, field by field. A failed
 * assertion names the expected value, the closest values actually sent, and the fields that differ. Every assertion
 * expects exactly one matching event or call unless given {@link Times}.
 *
 * <p>
 * It needs the test kit's transport ({@code lightbus-testing}), which the application uses whenever the kit is on its
 * class path and {@code lightbus.transport} does not choose another. The kit sends through the in-memory broker unless
 * {@code lightbus.testing.broker=rabbitmq}.
 */
public interface TestBus {

    /**
     * @param type
     *            a {@code @BusEvent} record; not null
     *
     * @return the events of that type the application fired, in the order fired, decoded as a listener receives them
     *
     * @throws IllegalArgumentException
     *             if the type is not a bus event
     */
    <T> List<T> fired(Class<T> type);

    /**
     * Asserts that the application fired this event exactly once: an event of its type whose every field equals the
     * given one's.
     *
     * @param event
     *            the expected event; not null
     *
     * @throws AssertionError
     *             if it was not fired, or more than once: the message shows the closest events fired and their
     *             differing fields
     */
    void assertFired(Object event);

    /**
     * Asserts how many times the application fired this event.
     *
     * @param event
     *            the expected event; not null
     * @param times
     *            e.g. {@code times(2)}, {@code atLeast(1)}; not null
     *
     * @throws AssertionError
     *             if the count does not match, showing the closest events fired and their differing fields
     */
    void assertFired(Object event, Times times);

    /**
     * Asserts how many events of a type the application fired.
     *
     * @param type
     *            a {@code @BusEvent} record; not null
     * @param times
     *            e.g. {@code times(2)}; not null
     *
     * @throws AssertionError
     *             if the count does not match, listing the events of that type fired
     */
    <T> void assertFired(Class<T> type, Times times);

    /**
     * Asserts that the application fired exactly one event of a type that matches a predicate, e.g.
     * {@code bus.assertFired(UserSignedUp.class, e -> e.username().equals("ada"))}.
     *
     * @param type
     *            a {@code @BusEvent} record; not null
     * @param matching
     *            what the event must satisfy; not null
     *
     * @throws AssertionError
     *             if not exactly one matched, listing the events of that type fired
     */
    <T> void assertFired(Class<T> type, Predicate<? super T> matching);

    /**
     * Asserts how many events of a type that match a predicate the application fired.
     *
     * @param type
     *            a {@code @BusEvent} record; not null
     * @param matching
     *            what the events must satisfy; not null
     * @param times
     *            e.g. {@code never()}; not null
     *
     * @throws AssertionError
     *             if the count does not match, listing the events of that type fired
     */
    <T> void assertFired(Class<T> type, Predicate<? super T> matching, Times times);

    /**
     * Asserts that the application fired exactly one event of a type that meets an AssertJ condition, whose description
     * the failure message shows.
     *
     * @param type
     *            a {@code @BusEvent} record; not null
     * @param condition
     *            what the event must meet; not null
     *
     * @throws AssertionError
     *             if not exactly one met it, listing the events of that type fired
     */
    <T> void assertFired(Class<T> type, Condition<? super T> condition);

    /**
     * Asserts how many events of a type that meet an AssertJ condition the application fired.
     *
     * @param type
     *            a {@code @BusEvent} record; not null
     * @param condition
     *            what the events must meet; not null
     * @param times
     *            e.g. {@code times(2)}; not null
     *
     * @throws AssertionError
     *             if the count does not match, listing the events of that type fired
     */
    <T> void assertFired(Class<T> type, Condition<? super T> condition, Times times);

    /**
     * Asserts that the application did not fire this event.
     *
     * @param event
     *            the event; not null
     *
     * @throws AssertionError
     *             if it was fired
     */
    void assertNotFired(Object event);

    /**
     * Asserts that the application fired no event of a type.
     *
     * @param type
     *            a {@code @BusEvent} record; not null
     *
     * @throws AssertionError
     *             if it fired one, listing them
     */
    void assertNotFired(Class<?> type);

    /**
     * Asserts that the application fired no event of a type that matches a predicate.
     *
     * @param type
     *            a {@code @BusEvent} record; not null
     * @param matching
     *            what the events must not satisfy; not null
     *
     * @throws AssertionError
     *             if one matched, listing the events of that type fired
     */
    <T> void assertNotFired(Class<T> type, Predicate<? super T> matching);

    /**
     * @param api
     *            a {@code @BusApi} interface; not null
     *
     * @return the calls of the API the application made, in the order made, with their arguments decoded as the server
     *         receives them; simulated calls are not among them
     */
    List<RecordedCall> calls(Class<?> api);

    /**
     * Asserts that the application made a call exactly once, e.g.
     * {@code bus.assertCalled(AuthApi.class).checkPassword("ada", "secret")}: call the procedure on the returned object
     * with the expected arguments. It returns 0, false or null.
     *
     * @param api
     *            a {@code @BusApi} interface; not null
     *
     * @return an object on which calling a procedure asserts that call; it throws an {@link AssertionError} showing the
     *         closest calls made and their differing arguments ({@code $[1]} is the second) if it was not made exactly
     *         once
     */
    <A> A assertCalled(Class<A> api);

    /**
     * Asserts how many times the application made a call: {@code bus.assertCalled(AuthApi.class, times(2)).x(...)}.
     *
     * @param api
     *            a {@code @BusApi} interface; not null
     * @param times
     *            e.g. {@code atLeast(1)}; not null
     *
     * @return an object on which calling a procedure asserts that call, see {@link #assertCalled(Class)}
     */
    <A> A assertCalled(Class<A> api, Times times);

    /**
     * Asserts that the application did not make a call: {@code bus.assertNotCalled(AuthApi.class).x(...)}.
     *
     * @param api
     *            a {@code @BusApi} interface; not null
     *
     * @return an object on which calling a procedure asserts that call was not made
     */
    <A> A assertNotCalled(Class<A> api);

    /**
     * Sets the answer to a call the application makes:
     * {@code bus.mock(AuthApi.class, api -> api.checkPassword("ada", "secret")).returns(true)}. A mocked call does not
     * reach the broker; it is still recorded for {@link #assertCalled}.
     *
     * @param api
     *            a {@code @BusApi} interface; not null
     * @param call
     *            calls one procedure of the API with the arguments to answer; not null
     *
     * @return the mock, to which the test gives the answer
     *
     * @throws IllegalArgumentException
     *             if the function calls no procedure
     */
    <A, R> MockedCall<R> mock(Class<A> api, Function<A, R> call);

    /**
     * Turns strict calls on or off for this application (the default is {@code lightbus.testing.strict-calls}): when
     * on, a call no mock answers fails at once with an {@link AssertionError} naming it, unless the application serves
     * the API itself, and is reported by {@link #assertNoUnexpectedCalls()}.
     *
     * @param strict
     *            true to fail unmocked calls
     */
    void strictCalls(boolean strict);

    /**
     * Asserts that no call failed for want of a mock under strict calls, even one whose failure the application caught.
     *
     * @throws AssertionError
     *             naming every such call
     */
    void assertNoUnexpectedCalls();

    /**
     * Delivers an event to the application's own listeners of its type as if another application had fired it, through
     * the whole receive path: encoding, the schema check, decoding, {@code EventContext}, retries and dead letters as
     * the listeners are configured. Retries follow at once; the backoffs the listener would have waited are reported.
     * Each listener runs on a thread of the kit; this method returns when all have settled.
     *
     * @param event
     *            a {@code @BusEvent} record; not null
     *
     * @return what became of it at each listener
     *
     * @throws AssertionError
     *             if no listener of the application observes the event
     */
    Simulation simulate(Object event);

    /**
     * Calls the application's own server of an API as if another application called it, through the whole path: the
     * client encodes and checks the arguments, the server decodes, checks and runs the procedure, and its result or
     * error comes back as to any caller: {@code bus.simulateCall(AuthApi.class).checkPassword("ada", "secret")}. These
     * calls are not recorded as calls the application made.
     *
     * @param api
     *            a {@code @BusApi} interface the application serves; not null
     *
     * @return an object whose procedures call the application's server and return its result, or throw the
     *         {@link org.lightbus.api.RemoteCallException} or {@link org.lightbus.api.RpcTimeoutException} a caller
     *         would get
     *
     * @throws AssertionError
     *             if the application does not serve the API
     */
    <A> A simulateCall(Class<A> api);

    /**
     * @return the in-memory broker the application is connected to
     *
     * @throws IllegalStateException
     *             if the kit sends through another broker ({@code lightbus.testing.broker})
     */
    InMemoryBroker broker();

    /**
     * Waits until every event published so far on the in-memory broker has been handled or dead-lettered by every
     * listener with an instance running, e.g. the application's own listeners of the events it fired.
     *
     * @throws AssertionError
     *             if that takes more than a minute
     * @throws IllegalStateException
     *             if the kit sends through another broker
     */
    void awaitIdle();

    /**
     * Forgets what the application fired and called, the mocks and unexpected calls, sets strict calls back to
     * {@code lightbus.testing.strict-calls}, and, on the in-memory broker, forgets every waiting event and dead letter:
     * for a test that shares the application with the tests before it (Arquillian, {@code @QuarkusTest}), call it
     * before each test.
     */
    void reset();
}
