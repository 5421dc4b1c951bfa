package org.lightbus.testing;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;

import org.lightbus.spi.RpcRequest;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

/**
 * Calls as messages name them: {@code auth.check_password("ada", "secret")}, the arguments as JSON.
 */
final class CallText {

    private static final ObjectMapper JSON = new ObjectMapper();

    private CallText() {
    }

    static String of(RpcRequest request) {
        return request.api() + "." + request.procedure() + arguments(request.body());
    }

    static String of(String api, String procedure, JsonNode arguments) {
        return api + "." + procedure + arguments(arguments);
    }

    static String arguments(byte[] body) {
        try {
            return arguments(JSON.readTree(body));
        } catch (IOException e) {
            return "(" + new String(body, StandardCharsets.UTF_8) + ")";
        }
    }

    static String arguments(JsonNode arguments) {
        List<String> values = new ArrayList<>();
        arguments.elements().forEachRemaining(value -> values.add(value.toString()));
        return "(" + String.join(", ", values) + ")";
    }
}
