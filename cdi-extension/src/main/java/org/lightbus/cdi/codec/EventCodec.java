package org.lightbus.cdi.codec;

import java.io.IOException;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.JsonMappingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.databind.json.JsonMapper;
import com.fasterxml.jackson.datatype.jdk8.Jdk8Module;
import com.fasterxml.jackson.datatype.jsr310.JavaTimeModule;

/**
 * Encodes bus events and RPC values as UTF-8 JSON and back. Thread-safe.
 *
 * <p>
 * Records become JSON objects keyed by component name; {@code java.time} values are ISO-8601 strings; byte arrays are
 * base64; unknown properties are ignored on reading so that a publisher may add fields before every listener knows
 * them.
 */
public final class EventCodec {

    private final ObjectMapper mapper = JsonMapper.builder().addModule(new JavaTimeModule()).addModule(new Jdk8Module())
            .disable(SerializationFeature.WRITE_DATES_AS_TIMESTAMPS)
            .disable(SerializationFeature.WRITE_DURATIONS_AS_TIMESTAMPS)
            .disable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES)
            .enable(DeserializationFeature.FAIL_ON_NULL_FOR_PRIMITIVES)
            .enable(DeserializationFeature.FAIL_ON_TRAILING_TOKENS).build();

    /**
     * @param value
     *            the value to encode
     *
     * @return its JSON
     *
     * @throws JsonProcessingException
     *             if Jackson cannot encode it
     */
    public byte[] encode(Object value) throws JsonProcessingException {
        return mapper.writeValueAsBytes(value);
    }

    /**
     * @param json
     *            the JSON
     * @param type
     *            the type to decode into
     * @param <T>
     *            the type
     *
     * @return the decoded value
     *
     * @throws IOException
     *             if the JSON is malformed or does not fit the type
     */
    public <T> T decode(byte[] json, Class<T> type) throws IOException {
        T value = mapper.readValue(json, type);
        if (value == null) {
            throw new JsonMappingException(null, "expected a JSON object for " + type.getSimpleName() + ", got null");
        }
        return value;
    }
}
