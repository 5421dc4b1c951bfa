package org.lightbus.cdi.codec;

import java.io.IOException;
import java.lang.reflect.Type;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.util.JsonRecyclerPools;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.JavaType;
import com.fasterxml.jackson.databind.JsonMappingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.databind.cfg.JsonNodeFeature;
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
public final class JsonCodec {

    /**
     * Jackson's default buffer pool keeps a buffer per thread in a {@code ThreadLocal}: on an application server the
     * request threads outlive the application, and would pin its class loader after undeploy. A pool owned by the codec
     * goes away with it.
     */
    private final ObjectMapper mapper = JsonMapper
            .builder(JsonFactory.builder().recyclerPool(JsonRecyclerPools.newConcurrentDequePool()).build())
            .addModule(new JavaTimeModule()).addModule(new Jdk8Module())
            .disable(SerializationFeature.WRITE_DATES_AS_TIMESTAMPS)
            .disable(SerializationFeature.WRITE_DURATIONS_AS_TIMESTAMPS)
            .disable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES)
            .enable(DeserializationFeature.FAIL_ON_NULL_FOR_PRIMITIVES)
            .enable(DeserializationFeature.FAIL_ON_TRAILING_TOKENS)
            // a tree keeps decimals as written (12.50 stays 12.50), as reading straight into a BigDecimal does
            .enable(DeserializationFeature.USE_BIG_DECIMAL_FOR_FLOATS)
            .disable(JsonNodeFeature.STRIP_TRAILING_BIGDECIMAL_ZEROES).build();

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

    /**
     * @param value
     *            a value to encode
     *
     * @return its JSON tree, as {@link #encode} would write it
     *
     * @throws IllegalArgumentException
     *             if Jackson cannot encode it
     */
    public JsonNode toTree(Object value) {
        return mapper.valueToTree(value);
    }

    /**
     * @param arguments
     *            the arguments of a call, in parameter order; null for none
     *
     * @return their JSON array tree, as {@link #encodeArguments} would write it
     *
     * @throws IllegalArgumentException
     *             if Jackson cannot encode one
     */
    public JsonNode argumentsToTree(Object[] arguments) {
        return mapper.valueToTree(arguments == null ? new Object[0] : arguments);
    }

    /**
     * @param tree
     *            a JSON tree
     *
     * @return its UTF-8 JSON
     */
    public byte[] write(JsonNode tree) {
        try {
            return mapper.writeValueAsBytes(tree);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("a JSON tree is always writable", e);
        }
    }

    /**
     * @param json
     *            UTF-8 JSON
     *
     * @return its tree; a missing node for an empty body
     *
     * @throws IOException
     *             if it is not JSON
     */
    public JsonNode readTree(byte[] json) throws IOException {
        return mapper.readTree(json);
    }

    /**
     * @param tree
     *            a JSON tree
     * @param type
     *            the type to decode it into
     *
     * @return the value
     *
     * @throws IOException
     *             if the tree does not fit the type, or is null
     */
    public Object fromTree(JsonNode tree, Type type) throws IOException {
        Object value = tree == null || tree.isNull() || tree.isMissingNode() ? null
                : mapper.treeToValue(tree, mapper.getTypeFactory().constructType(type));
        if (value == null) {
            throw new JsonMappingException(null, "expected a JSON object for " + type.getTypeName() + ", got null");
        }
        return value;
    }

    /**
     * @param tree
     *            a JSON tree
     * @param type
     *            the type to decode it into; {@code Void.class} gives null
     *
     * @return the value, null for JSON null
     *
     * @throws IOException
     *             if the tree does not fit the type
     */
    public Object valueFromTree(JsonNode tree, Type type) throws IOException {
        if (type == Void.class) {
            return null;
        }
        return mapper.treeToValue(tree, mapper.getTypeFactory().constructType(type));
    }

    /**
     * @param arguments
     *            the arguments of a call, in parameter order; null for none
     *
     * @return a JSON array of them
     *
     * @throws JsonProcessingException
     *             if Jackson cannot encode one
     */
    public byte[] encodeArguments(Object[] arguments) throws JsonProcessingException {
        return mapper.writeValueAsBytes(arguments == null ? new Object[0] : arguments);
    }

    /**
     * @param json
     *            a JSON array
     * @param types
     *            the parameter types, in order
     *
     * @return the arguments
     *
     * @throws IOException
     *             if the JSON is not an array of exactly that many values of those types
     */
    public Object[] decodeArguments(byte[] json, Type[] types) throws IOException {
        return argumentsFromTree(mapper.readTree(json), types);
    }

    /**
     * @param tree
     *            a JSON array tree
     * @param types
     *            the parameter types, in order
     *
     * @return the arguments
     *
     * @throws IOException
     *             if the tree is not an array of exactly that many values of those types
     */
    public Object[] argumentsFromTree(JsonNode tree, Type[] types) throws IOException {
        if (tree == null || !tree.isArray() || tree.size() != types.length) {
            throw new JsonMappingException(null,
                    "expected a JSON array of " + types.length + " argument(s), got " + describe(tree));
        }
        Object[] arguments = new Object[types.length];
        for (int i = 0; i < types.length; i++) {
            JavaType type = mapper.getTypeFactory().constructType(types[i]);
            try {
                arguments[i] = mapper.treeToValue(tree.get(i), type);
            } catch (JsonProcessingException e) {
                throw new JsonMappingException(null, "argument " + i + ": " + e.getOriginalMessage(), e);
            }
        }
        return arguments;
    }

    /**
     * @param json
     *            a JSON value
     * @param type
     *            the type to decode it into; {@code Void.class} gives null
     *
     * @return the value
     *
     * @throws IOException
     *             if the JSON does not fit the type
     */
    public Object decodeValue(byte[] json, Type type) throws IOException {
        if (type == Void.class) {
            return null;
        }
        return mapper.readValue(json, mapper.getTypeFactory().constructType(type));
    }

    /**
     * @param error
     *            the error to send back to a caller
     *
     * @return its JSON envelope
     */
    public byte[] encodeError(ErrorEnvelope error) {
        try {
            return mapper.writeValueAsBytes(error);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("an error envelope is always encodable", e);
        }
    }

    /**
     * @param json
     *            a JSON error envelope
     *
     * @return the envelope; fields the sender left out are null
     *
     * @throws IOException
     *             if the JSON is not an object
     */
    public ErrorEnvelope decodeError(byte[] json) throws IOException {
        return mapper.readValue(json, ErrorEnvelope.class);
    }

    private static String describe(JsonNode tree) {
        return tree == null ? "nothing" : tree.getNodeType().name().toLowerCase(java.util.Locale.ROOT)
                + (tree.isArray() ? " of " + tree.size() : "");
    }
}
