package org.lightbus.testing;

import static org.lightbus.testing.TestKitMessages.MESSAGES;

import java.io.IOException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

import org.lightbus.cdi.model.ApiType;
import org.lightbus.cdi.model.Procedure;
import org.lightbus.spi.RpcRequest;

import com.fasterxml.jackson.databind.JsonNode;

/**
 * The calls an application made, as {@link TestBus} reads and asserts them.
 */
final class MadeCalls {

    private final List<RpcRequest> calls;
    private final WireValues values;

    MadeCalls(List<RpcRequest> calls, WireValues values) {
        this.calls = calls;
        this.values = values;
    }

    List<RecordedCall> of(ApiType api) {
        List<RecordedCall> made = new ArrayList<>();
        for (RpcRequest request : calls) {
            Procedure procedure = api.procedures().get(request.procedure());
            if (request.api().equals(api.name()) && procedure != null) {
                made.add(new RecordedCall(api.name(), procedure.name(), procedure.method().getName(),
                        Arrays.asList(arguments(request, procedure))));
            }
        }
        return made;
    }

    void assertCalled(ApiType api, Procedure procedure, Object[] arguments, Times times) {
        JsonNode expected = values.argumentsTree(arguments);
        String name = api.fullName(procedure.name());
        List<Report.Candidate> made = new ArrayList<>();
        for (RpcRequest request : calls) {
            if (request.api().equals(api.name()) && request.procedure().equals(procedure.name())) {
                JsonNode tree = values.read(request.body());
                made.add(new Report.Candidate(CallText.arguments(tree), tree));
            }
        }
        long count = made.stream().filter(call -> call.tree().equals(expected)).count();
        if (!times.allows((int) count)) {
            String first = MESSAGES.calledCount(CallText.of(api.name(), procedure.name(), expected), times.toString(),
                    Times.plural((int) count));
            String all = Report.counts(calls.stream().map(r -> r.api() + "." + r.procedure()).toList());
            throw new AssertionError(
                    first + "\n" + (made.isEmpty() ? "No call of " + name + " was made. Calls made: " + all
                            : Report.closest("Calls of " + name + " made", expected, made)));
        }
    }

    private Object[] arguments(RpcRequest request, Procedure procedure) {
        try {
            return values.codec().decodeArguments(request.body(), procedure.parameterTypes());
        } catch (IOException e) {
            throw new IllegalStateException("Cannot decode the arguments of " + CallText.of(request) + ": " + e, e);
        }
    }
}
