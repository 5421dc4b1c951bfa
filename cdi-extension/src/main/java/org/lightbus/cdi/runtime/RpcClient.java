package org.lightbus.cdi.runtime;

import static org.lightbus.cdi.runtime.RuntimeMessages.MESSAGES;

import java.io.IOException;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionStage;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.Executor;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;

import org.lightbus.api.LightbusConfig;
import org.lightbus.api.LightbusException;
import org.lightbus.api.RemoteCallException;
import org.lightbus.api.RpcTimeoutException;
import org.lightbus.cdi.codec.ErrorEnvelope;
import org.lightbus.cdi.codec.JsonCodec;
import org.lightbus.cdi.model.ApiType;
import org.lightbus.cdi.model.Procedure;
import org.lightbus.cdi.schema.Violation;
import org.lightbus.spi.ErrorCodes;
import org.lightbus.spi.RpcReply;
import org.lightbus.spi.RpcRequest;
import org.lightbus.spi.Transport;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;

/**
 * Calls remote procedures for the client proxies of one application: encodes the arguments, sends the request with the
 * configured timeout, decodes the result or turns an error reply into a {@link RemoteCallException}.
 */
final class RpcClient {

    private final Transport transport;
    private final RuntimeSettings settings;
    private final JsonCodec codec;
    private final String serviceName;
    private final Executor callbacks;
    private final Contracts contracts;
    /** How much longer than the call's timeout a synchronous call waits, for the transport to report the timeout. */
    private static final Duration REPLY_GRACE = Duration.ofSeconds(5);

    /** Timeouts by procedure, read from the configuration when the application starts ({@link #configure}). */
    private final Map<Procedure, Duration> timeouts = new ConcurrentHashMap<>();

    RpcClient(Transport transport, RuntimeSettings settings, JsonCodec codec, String serviceName, Executor callbacks,
            Contracts contracts) {
        this.transport = transport;
        this.settings = settings;
        this.codec = codec;
        this.serviceName = serviceName;
        this.callbacks = callbacks;
        this.contracts = contracts;
    }

    /**
     * Reads the timeouts of the API's procedures, so that calls do not read the configuration.
     *
     * @param api
     *            an API the application calls
     */
    void configure(ApiType api) {
        api.procedures().values().forEach(p -> timeouts.put(p, settings.rpcTimeout(api.name(), p.name())));
    }

    /**
     * Calls a procedure and waits for its result, which is validated and decoded on the caller's thread, not on the
     * connector's thread that received the reply.
     */
    Object callAndWait(ApiType api, Procedure procedure, Object[] arguments) {
        // the transport fails the call after its timeout; waiting longer only guards against a transport that does not
        Duration wait = timeout(api, procedure).plus(REPLY_GRACE);
        RpcReply reply;
        try {
            reply = send(api, procedure, arguments).toCompletableFuture().get(wait.toMillis(), TimeUnit.MILLISECONDS);
        } catch (ExecutionException e) {
            if (e.getCause() instanceof Error error) { // e.g. a test kit's AssertionError for an unexpected call
                throw error;
            }
            throw e.getCause() instanceof RuntimeException cause ? cause : new IllegalStateException(e.getCause());
        } catch (TimeoutException e) {
            String message = MESSAGES.callUnanswered(api.fullName(procedure.name()), wait.toMillis());
            throw new RpcTimeoutException(ErrorCodes.codeOf(message), message, api.name(), procedure.name(), wait);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            String message = MESSAGES.callUnanswered(api.fullName(procedure.name()), wait.toMillis());
            throw new RpcTimeoutException(ErrorCodes.codeOf(message), message, api.name(), procedure.name(), wait);
        }
        return result(api, procedure, reply);
    }

    private Duration timeout(ApiType api, Procedure procedure) {
        return timeouts.computeIfAbsent(procedure, p -> settings.rpcTimeout(api.name(), p.name()));
    }

    /**
     * Calls a procedure; the stage completes on a Lightbus callback thread, never on the connector's I/O thread.
     */
    CompletionStage<Object> call(ApiType api, Procedure procedure, Object[] arguments) {
        return send(api, procedure, arguments).thenApplyAsync(reply -> result(api, procedure, reply), callbacks);
    }

    private CompletionStage<RpcReply> send(ApiType api, Procedure procedure, Object[] arguments) {
        byte[] body;
        try {
            body = body(api, procedure, arguments);
        } catch (JsonProcessingException | IllegalArgumentException e) {
            return CompletableFuture.failedFuture(
                    BusErrors.exception(MESSAGES.callRejected(api.fullName(procedure.name()), e.getMessage()), e));
        } catch (LightbusException e) {
            return CompletableFuture.failedFuture(e);
        }
        return transport.call(new RpcRequest(api.name(), procedure.name(), serviceName, body, timeout(api, procedure)));
    }

    private Object result(ApiType api, Procedure procedure, RpcReply reply) {
        String name = api.fullName(procedure.name());
        try {
            if (reply.error()) {
                ErrorEnvelope error = codec.decodeError(reply.body());
                String message = MESSAGES.remoteCallFailed(name, error.code(), error.type(), error.message());
                throw new RemoteCallException(ErrorCodes.codeOf(message), message, api.name(), procedure.name(),
                        error.code(), error.type(), error.message());
            }
            if (!contracts.validates(Contracts.Direction.INCOMING, api.name())) {
                return codec.decodeValue(reply.body(), procedure.resultType());
            }
            JsonNode tree = codec.readTree(reply.body());
            List<Violation> violations = contracts.result(Contracts.Direction.INCOMING, api, procedure, tree);
            if (!violations.isEmpty()) {
                throw BusErrors.exception(MESSAGES.invalidIncoming("The result of " + name, api.name(),
                        contracts.describe(api.name()), Contracts.join(violations)), null);
            }
            return codec.valueFromTree(tree, procedure.resultType());
        } catch (IOException e) {
            throw BusErrors.exception(MESSAGES.invalidReply(name, e.getMessage()), e);
        }
    }

    /** The arguments' JSON, checked against the API's schema unless that is turned off. */
    private byte[] body(ApiType api, Procedure procedure, Object[] arguments) throws JsonProcessingException {
        if (!contracts.validates(Contracts.Direction.OUTGOING, api.name())) {
            return codec.encodeArguments(arguments);
        }
        JsonNode tree = codec.argumentsToTree(arguments);
        List<Violation> violations = contracts.parameters(Contracts.Direction.OUTGOING, api, procedure, tree);
        if (!violations.isEmpty()) {
            throw BusErrors.exception(MESSAGES.invalidOutgoing("Call to " + api.fullName(procedure.name()), api.name(),
                    contracts.describe(api.name()), Contracts.join(violations),
                    LightbusConfig.forApi(api.name(), LightbusConfig.VALIDATE_OUTGOING)), null);
        }
        return codec.write(tree);
    }
}
