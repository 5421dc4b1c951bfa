package org.lightbus.cli;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.util.DefaultIndenter;
import com.fasterxml.jackson.core.util.DefaultPrettyPrinter;
import com.fasterxml.jackson.core.util.Separators;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.ObjectWriter;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.fasterxml.jackson.databind.node.TextNode;

/**
 * JSON for people: message bodies and the commands' {@code --json} documents, pretty-printed with two spaces and
 * {@code "name": value}.
 */
final class Json {

    private static final ObjectMapper MAPPER = new ObjectMapper()
            .enable(DeserializationFeature.FAIL_ON_TRAILING_TOKENS);

    private static final ObjectWriter PRETTY;

    static {
        DefaultIndenter indenter = new DefaultIndenter("  ", "\n");
        DefaultPrettyPrinter printer = new DefaultPrettyPrinter(
                Separators.createDefaultInstance().withObjectFieldValueSpacing(Separators.Spacing.AFTER))
                        .withObjectIndenter(indenter);
        printer.indentArraysWith(indenter);
        PRETTY = MAPPER.writer(printer);
    }

    private Json() {
    }

    /**
     * @return a new, empty object node
     */
    static ObjectNode object() {
        return MAPPER.createObjectNode();
    }

    /**
     * @param body
     *            a message body
     *
     * @return the body as JSON; a body that is not one JSON value becomes a string of its text (UTF-8)
     */
    static JsonNode body(byte[] body) {
        try {
            JsonNode node = MAPPER.readTree(body);
            if (node != null && !node.isMissingNode()) {
                return node;
            }
        } catch (IOException e) {
            // not JSON: shown as text
        }
        return TextNode.valueOf(new String(body, StandardCharsets.UTF_8));
    }

    /**
     * @return the body pretty-printed if it is JSON, else its text as it is
     */
    static String prettyBody(byte[] body) {
        JsonNode node = body(body);
        return node.isTextual() && !isJsonString(body) ? node.textValue() : pretty(node);
    }

    private static boolean isJsonString(byte[] body) {
        String text = new String(body, StandardCharsets.UTF_8).trim();
        return text.startsWith("\"");
    }

    /**
     * @return the text as one JSON value
     *
     * @throws IOException
     *             if it is not one JSON value (empty, malformed, or followed by more)
     */
    static JsonNode parse(String text) throws IOException {
        JsonNode node = MAPPER.readTree(text);
        if (node == null || node.isMissingNode()) {
            throw new IOException("no JSON value");
        }
        return node;
    }

    /**
     * @return the node as compact UTF-8 JSON, a message body
     */
    static byte[] bytes(JsonNode node) {
        try {
            return MAPPER.writeValueAsBytes(node);
        } catch (JsonProcessingException e) {
            throw new UncheckedIOException(e);
        }
    }

    /**
     * @return the node, pretty-printed
     */
    static String pretty(JsonNode node) {
        try {
            return PRETTY.writeValueAsString(node);
        } catch (JsonProcessingException e) {
            throw new UncheckedIOException(e);
        }
    }
}
