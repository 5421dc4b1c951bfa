package org.lightbus.cdi.runtime;

import static org.lightbus.cdi.runtime.RuntimeMessages.MESSAGES;

import java.io.IOException;
import java.util.List;
import java.util.Map;
import java.util.TreeSet;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionException;
import java.util.concurrent.CompletionStage;

import org.lightbus.api.LightbusConfig;
import org.lightbus.api.LightbusException;
import org.lightbus.cdi.codec.ErrorEnvelope;
import org.lightbus.cdi.codec.JsonCodec;
import org.lightbus.cdi.model.ApiType;
import org.lightbus.cdi.model.Procedure;
import org.lightbus.cdi.schema.Violation;
import org.lightbus.spi.CallHandler;
import org.lightbus.spi.ErrorCodes;
import org.lightbus.spi.IncomingCall;
import org.lightbus.spi.RpcReply;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.NullNode;

/**
 * Serves the calls of one API with the bean that implements it: decodes the arguments, invokes the method in a request
 * context, encodes the result. Whatever goes wrong becomes an error reply with a stable code; nothing is thrown to the
 * transport.
 */
final class RpcDispatcher implements CallHandler {

    /** The code of the error reply for a procedure that threw anything but a {@link LightbusException}. */
    private static final String PROCEDURE_FAILED = ErrorCodes.codeOf(MESSAGES.procedureFailed("", "", ""));

    private final ApiType api;
    private final Map<String, BeanMethod> methods;
    private final JsonCodec codec;
    private final RequestScopes requestScopes;
    private final Contracts contracts;

    RpcDispatcher(ApiType api, Map<String, BeanMethod> methods, JsonCodec codec, RequestScopes requestScopes,
            Contracts contracts) {
        this.contracts = contracts;
        this.api = api;
        this.methods = Map.copyOf(methods);
        this.codec = codec;
        this.requestScopes = requestScopes;
    }

    @Override
    public CompletionStage<RpcReply> handle(IncomingCall call) {
        Procedure procedure = call.procedure() == null ? null : api.procedures().get(call.procedure());
        if (procedure == null) {
            return error(MESSAGES.unknownProcedure(api.name(), call.procedure(),
                    new TreeSet<>(api.procedures().keySet()).toString()), null);
        }
        String name = api.fullName(procedure.name());
        Object[] arguments;
        try {
            if (!contracts.validates(Contracts.Direction.INCOMING, api.name())) {
                arguments = codec.decodeArguments(call.body(), procedure.parameterTypes());
            } else {
                JsonNode tree = codec.readTree(call.body());
                List<Violation> violations = tree.isMissingNode() ? List.of()
                        : contracts.parameters(Contracts.Direction.INCOMING, api, procedure, tree);
                if (!violations.isEmpty()) {
                    return error(MESSAGES.invalidIncoming("Call to " + name, api.name(), contracts.describe(api.name()),
                            Contracts.join(violations)), null);
                }
                arguments = codec.argumentsFromTree(tree, procedure.parameterTypes());
            }
        } catch (IOException e) {
            String reason = e instanceof JsonProcessingException json ? json.getOriginalMessage() : e.getMessage();
            return error(MESSAGES.invalidArguments(name, reason), null);
        }
        try {
            Object result = invoke(procedure, arguments);
            if (procedure.async()) {
                return ((CompletionStage<?>) result)
                        .handle((value, failure) -> failure == null ? success(procedure, name, value)
                                : failure(name, failure instanceof CompletionException ? failure.getCause() : failure));
            }
            return CompletableFuture.completedFuture(success(procedure, name, result));
        } catch (Exception e) {
            return CompletableFuture.completedFuture(failure(name, e));
        }
    }

    private Object invoke(Procedure procedure, Object[] arguments) throws Exception {
        return requestScopes.call(() -> methods.get(procedure.name()).invoke(arguments));
    }

    private RpcReply success(Procedure procedure, String name, Object value) {
        if (!contracts.validates(Contracts.Direction.OUTGOING, api.name())) {
            try {
                return new RpcReply(false, codec.encode(value));
            } catch (JsonProcessingException e) {
                return errorReply(MESSAGES.resultNotEncodable(name, e.getOriginalMessage()), e);
            }
        }
        JsonNode tree;
        try {
            tree = value == null ? NullNode.getInstance() : codec.toTree(value);
        } catch (IllegalArgumentException e) {
            return errorReply(MESSAGES.resultNotEncodable(name, e.getMessage()), e);
        }
        List<Violation> violations = contracts.result(Contracts.Direction.OUTGOING, api, procedure, tree);
        if (!violations.isEmpty()) {
            String message = MESSAGES.invalidOutgoing("The result of " + name, api.name(),
                    contracts.describe(api.name()), Contracts.join(violations),
                    LightbusConfig.forApi(api.name(), LightbusConfig.VALIDATE_OUTGOING));
            RuntimeLog.LOG.procedureFailed(name, LightbusException.class.getName(), message, null);
            return errorReply(message, null);
        }
        return new RpcReply(false, codec.write(tree));
    }

    private RpcReply failure(String name, Throwable failure) {
        RuntimeLog.LOG.procedureFailed(name, failure.getClass().getName(), failure.getMessage(), failure);
        String code = failure instanceof LightbusException lightbus ? lightbus.code() : PROCEDURE_FAILED;
        return new RpcReply(true,
                codec.encodeError(new ErrorEnvelope(code, failure.getClass().getName(), failure.getMessage())));
    }

    private CompletionStage<RpcReply> error(String message, Throwable cause) {
        return CompletableFuture.completedFuture(errorReply(message, cause));
    }

    private RpcReply errorReply(String message, Throwable cause) {
        return new RpcReply(true, codec.encodeError(new ErrorEnvelope(ErrorCodes.codeOf(message),
                cause == null ? null : cause.getClass().getName(), message)));
    }
}
