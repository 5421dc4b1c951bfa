package org.lightbus.testing;

import static org.lightbus.testing.TestKitMessages.MESSAGES;

import java.io.IOException;
import java.time.Duration;
import java.util.Objects;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionStage;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.Executor;
import java.util.concurrent.TimeUnit;
import java.util.function.Function;

import org.lightbus.api.LightbusException;
import org.lightbus.api.RemoteCallException;
import org.lightbus.api.RpcTimeoutException;
import org.lightbus.cdi.codec.JsonCodec;
import org.lightbus.cdi.model.Procedure;
import org.lightbus.spi.ErrorCodes;
import org.lightbus.spi.RpcReply;
import org.lightbus.spi.RpcRequest;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.NullNode;

/**
 * The answer to one call the application makes, as a test sets it with {@link TestBus#mock}: the call made with the
 * same arguments (compared as they travel, in JSON) gets it; the latest mock of a call wins. Nothing is answered until
 * one of {@link #returns}, {@link #answers} or {@link #fails} is called.
 *
 * <pre>
 * bus.mock(AuthApi.class, api -&gt; api.checkPassword("ada", "secret")).returns(true);
 * bus.mock(AuthApi.class, api -&gt; api.checkPassword("ada", "wrong")).after(Duration.ofSeconds(10)).returns(false);
 * bus.mock(AuthApi.class, api -&gt; api.profile("bob")).fails(new IllegalArgumentException("no such user"));
 * </pre>
 *
 * <p>
 * The answer travels as a server's would: it is encoded, checked against the API's schema and decoded by the
 * application's client.
 *
 * @param <R>
 *            the return type of the procedure
 */
public final class MockedCall<R> {

    private final RecordingTransport transport;
    private final JsonCodec codec;
    private final String api;
    private final Procedure procedure;
    private final JsonNode arguments;
    private volatile boolean anyArguments;
    private volatile Duration delay = Duration.ZERO;
    private volatile Function<Object[], ?> answer;

    MockedCall(RecordingTransport transport, JsonCodec codec, String api, Procedure procedure, JsonNode arguments) {
        this.transport = transport;
        this.codec = codec;
        this.api = api;
        this.procedure = procedure;
        this.arguments = arguments;
    }

    /**
     * Answers the call whatever its arguments.
     *
     * @return this mock
     */
    public MockedCall<R> withAnyArguments() {
        anyArguments = true;
        return this;
    }

    /**
     * Delays the answer, as a slow server would. A delay not shorter than the call's timeout
     * ({@code lightbus.api.<api>.rpc-timeout}) fails the call with an {@link RpcTimeoutException} at once, without
     * waiting.
     *
     * @param delay
     *            how long the answer takes; not null, not negative
     *
     * @return this mock
     */
    public MockedCall<R> after(Duration delay) {
        if (Objects.requireNonNull(delay, "delay").isNegative()) {
            throw new IllegalArgumentException("The delay must not be negative, was " + delay);
        }
        this.delay = delay;
        return this;
    }

    /**
     * Answers the call with a value. For a procedure returning a {@code CompletionStage}, pass a completed stage, e.g.
     * {@code CompletableFuture.completedFuture(profile)}.
     *
     * @param value
     *            the result; null where the procedure may return null
     */
    public void returns(R value) {
        answer(arguments -> value);
    }

    /**
     * Answers the call with what a function computes from its arguments; an exception it throws is the server's
     * failure, as with {@link #fails}.
     *
     * @param answer
     *            computes the result from the arguments, decoded as the server receives them; not null
     */
    public void answers(Function<Object[], R> answer) {
        answer(Objects.requireNonNull(answer, "answer"));
    }

    /**
     * Fails the call as a server whose procedure threw {@code error}: the application's call throws a
     * {@link RemoteCallException} whose remote code is the error's if it is a {@link LightbusException} (or the remote
     * code of a {@link RemoteCallException}), else {@code LBUS05009}, with its type and message.
     *
     * @param error
     *            what the remote procedure throws; not null
     */
    public void fails(Throwable error) {
        Objects.requireNonNull(error, "error");
        answer(arguments -> {
            throw new Failure(error);
        });
    }

    private void answer(Function<Object[], ?> answer) {
        this.answer = answer;
        transport.mock(this);
    }

    boolean matches(RpcRequest request) {
        if (!request.api().equals(api) || !request.procedure().equals(procedure.name())) {
            return false;
        }
        try {
            return anyArguments || codec.readTree(request.body()).equals(arguments);
        } catch (IOException e) {
            return false;
        }
    }

    CompletableFuture<RpcReply> reply(RpcRequest request) {
        if (delay.compareTo(request.timeout()) >= 0) {
            String message = MESSAGES.mockSlowerThanTimeout(CallText.of(request), request.timeout().toMillis(),
                    delay.toMillis());
            return CompletableFuture.failedFuture(new RpcTimeoutException(ErrorCodes.codeOf(message), message, api,
                    procedure.name(), request.timeout()));
        }
        Executor later = delay.isZero() ? Runnable::run
                : CompletableFuture.delayedExecutor(delay.toMillis(), TimeUnit.MILLISECONDS);
        return CompletableFuture.supplyAsync(() -> produce(request), later);
    }

    private RpcReply produce(RpcRequest request) {
        Object value;
        try {
            value = answer.apply(codec.decodeArguments(request.body(), procedure.parameterTypes()));
            if (value instanceof CompletionStage<?> stage) {
                value = stage.toCompletableFuture().get(request.timeout().toMillis(), TimeUnit.MILLISECONDS);
            }
        } catch (Failure failure) {
            return errorReply(failure.getCause());
        } catch (ExecutionException e) {
            return errorReply(e.getCause());
        } catch (Exception e) {
            return errorReply(e);
        }
        return new RpcReply(false, codec.write(value == null ? NullNode.getInstance() : codec.toTree(value)));
    }

    private RpcReply errorReply(Throwable error) {
        String call = api + "." + procedure.name();
        if (error instanceof RemoteCallException remote) {
            return RpcReply.error(remote.remoteCode(), remote.remoteType(), remote.remoteMessage());
        }
        String code = error instanceof LightbusException lightbus ? lightbus.code()
                : ErrorCodes.codeOf(MESSAGES.mockedFailure(call));
        return RpcReply.error(code, error.getClass().getName(), error.getMessage());
    }

    /** Carries the error of {@link #fails} out of the answer function. */
    private static final class Failure extends RuntimeException {

        private static final long serialVersionUID = 1L;

        Failure(Throwable error) {
            super(error.getMessage(), error, false, false);
        }
    }
}
