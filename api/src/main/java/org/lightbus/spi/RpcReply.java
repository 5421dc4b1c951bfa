package org.lightbus.spi;

import java.nio.charset.StandardCharsets;
import java.util.Objects;

/**
 * The outcome of a remote procedure call as it travels back to the caller.
 *
 * @param error
 *            false if {@code body} is the JSON result, true if it is a JSON error envelope {@code {"code": ..., "type":
 *            ..., "message": ...}}
 * @param body
 *            UTF-8 JSON
 */
public record RpcReply(boolean error, byte[] body) {

    /** Checks the components. */
    public RpcReply {
        Objects.requireNonNull(body, "body");
    }

    /**
     * An error reply, its envelope built without a JSON library (its only values are three strings).
     *
     * @param code
     *            the stable error code, e.g. {@code LBUS03210}
     * @param type
     *            the fully qualified class name of the exception, or null
     * @param message
     *            the exception message, or null
     *
     * @return the reply {@code {"code":...,"type":...,"message":...}}
     */
    public static RpcReply error(String code, String type, String message) {
        String json = "{\"code\":" + quote(code) + ",\"type\":" + quote(type) + ",\"message\":" + quote(message) + "}";
        return new RpcReply(true, json.getBytes(StandardCharsets.UTF_8));
    }

    /**
     * @return {@code text} as a JSON string literal (RFC 8259: quote, backslash and control characters escaped), or
     *         {@code null}
     */
    static String quote(String text) {
        if (text == null) {
            return "null";
        }
        StringBuilder json = new StringBuilder(text.length() + 2).append('"');
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            switch (c) {
            case '"' -> json.append("\\\"");
            case '\\' -> json.append("\\\\");
            case '\n' -> json.append("\\n");
            case '\r' -> json.append("\\r");
            case '\t' -> json.append("\\t");
            case '\b' -> json.append("\\b");
            case '\f' -> json.append("\\f");
            default -> {
                if (c < 0x20 || c == '\u2028' || c == '\u2029') { // the last two break JavaScript parsers
                    json.append(String.format("\\u%04x", (int) c));
                } else {
                    json.append(c);
                }
            }
            }
        }
        return json.append('"').toString();
    }
}
