package org.lightbus.testing;

import java.io.IOException;
import java.util.Arrays;

import org.lightbus.cdi.codec.JsonCodec;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;

/**
 * Values as they travel on the bus: encoded by the application's codec and read back as a receiver reads them, so that
 * the kit compares what was sent with what a test expects field by field.
 */
final class WireValues {

    private final JsonCodec codec;

    WireValues(JsonCodec codec) {
        this.codec = codec;
    }

    JsonCodec codec() {
        return codec;
    }

    byte[] encode(Object value) {
        try {
            return codec.encode(value);
        } catch (JsonProcessingException e) {
            throw new IllegalArgumentException("Cannot encode " + value + ": " + e.getMessage(), e);
        }
    }

    JsonNode tree(Object value) {
        return read(encode(value));
    }

    JsonNode argumentsTree(Object[] arguments) {
        try {
            return read(codec.encodeArguments(arguments));
        } catch (JsonProcessingException e) {
            throw new IllegalArgumentException("Cannot encode the arguments " + Arrays.toString(arguments), e);
        }
    }

    JsonNode read(byte[] json) {
        try {
            return codec.readTree(json);
        } catch (IOException e) {
            throw new IllegalStateException("Not JSON: " + e.getMessage(), e);
        }
    }
}
