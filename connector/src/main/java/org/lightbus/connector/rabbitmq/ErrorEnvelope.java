package org.lightbus.connector.rabbitmq;

import static org.lightbus.connector.rabbitmq.ConnectorMessages.MESSAGES;

import java.nio.charset.StandardCharsets;

import org.lightbus.api.LightbusException;
import org.lightbus.spi.ErrorCodes;

/**
 * The JSON error envelope a server replies with when the handler of a call threw or its stage failed:
 * {@code {"code":"LBUS03210","type":"java.lang.IllegalStateException","message":"no such user"}}. Built by hand, so
 * that the connector needs no JSON library: the only values are three strings (or null).
 *
 * @param code
 *            the code of a {@link LightbusException}, otherwise {@code LBUS03210}
 * @param type
 *            the fully qualified exception class name
 * @param message
 *            the exception message, or null
 */
record ErrorEnvelope(String code, String type, String message) {

    /**
     * @param call
     *            the call that failed, {@code <api>.<procedure>}
     * @param error
     *            what the handler threw, or its stage failed with (unwrapped)
     */
    static ErrorEnvelope of(String call, Throwable error) {
        String code = error instanceof LightbusException lightbus ? lightbus.code()
                : ErrorCodes.codeOf(MESSAGES.procedureFailed(call));
        return new ErrorEnvelope(code, error.getClass().getName(), error.getMessage());
    }

    /**
     * @return the envelope as UTF-8 JSON
     */
    byte[] toJson() {
        return ("{\"code\":" + quote(code) + ",\"type\":" + quote(type) + ",\"message\":" + quote(message) + "}")
                .getBytes(StandardCharsets.UTF_8);
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
