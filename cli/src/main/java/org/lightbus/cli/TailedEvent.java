package org.lightbus.cli;

import java.time.Instant;
import java.util.Map;

import org.lightbus.spi.WireHeaders;

import com.fasterxml.jackson.databind.JsonNode;
import com.rabbitmq.client.AMQP;

/**
 * An event as {@code lightbus tail} prints it.
 *
 * @param time
 *            when it was fired ({@code x-lightbus-timestamp}, else the {@code timestamp} property), else when it was
 *            received
 * @param sourceService
 *            the service that fired it ({@code app_id}), or null
 * @param messageId
 *            its message id, or null
 * @param name
 *            {@code <api>.<event>}
 * @param body
 *            its body as JSON (text if it is not JSON)
 */
record TailedEvent(Instant time, String sourceService, String messageId, String name, JsonNode body) {

    /**
     * @param api
     *            the API whose exchange it came from, when the header lacks it
     * @param routingKey
     *            its routing key, the event name when the header lacks it
     * @param received
     *            when it was received
     */
    static TailedEvent of(AMQP.BasicProperties properties, byte[] body, String api, String routingKey,
            Instant received) {
        Map<String, Object> headers = properties.getHeaders();
        Instant time = Headers.instant(headers, WireHeaders.TIMESTAMP);
        if (time == null) {
            time = properties.getTimestamp() == null ? received : properties.getTimestamp().toInstant();
        }
        String headerApi = Headers.text(headers, WireHeaders.API);
        String event = Headers.text(headers, WireHeaders.EVENT);
        String name = (headerApi == null ? api : headerApi) + "." + (event == null ? routingKey : event);
        return new TailedEvent(time, properties.getAppId(), properties.getMessageId(), name,
                Json.body(body == null ? new byte[0] : body));
    }

    /**
     * @return e.g. {@code 2025-05-01T10:00:00.123Z  auth.user_signed_up  from signup  message 3f2a...}, then the body
     *         pretty-printed, ending with a line break
     */
    String text() {
        String bodyText = body.isTextual() ? body.textValue() : Json.pretty(body);
        return time + "  " + name + "  from " + (sourceService == null ? "-" : sourceService) + "  message "
                + (messageId == null ? "-" : messageId) + "\n" + bodyText + "\n";
    }
}
