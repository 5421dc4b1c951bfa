package org.lightbus.cli;

import java.util.HashMap;
import java.util.Map;

import org.lightbus.spi.WireHeaders;

import com.rabbitmq.client.AMQP;

/**
 * The properties of the copy that {@code lightbus dlq replay} publishes to the listener queue: those of the dead
 * letter, so that the listener sees the same event (message id, API, event, source service, timestamp, body), with
 * these changes, so that the listener treats it as a new first attempt:
 * <ul>
 * <li>{@code x-lightbus-attempt} removed: the connector reads the attempt from it, and its absence as attempt 1; a dead
 * letter that was retried carries the attempt that failed last, and would otherwise be dead-lettered again after one
 * failure;</li>
 * <li>{@code x-lightbus-last-error-type} and {@code x-lightbus-last-error-message} removed: they describe the attempt
 * before a retry, and a first attempt has none;</li>
 * <li>{@code x-death} removed: RabbitMQ's record of the retry queue's dead-lettering, as on a retry copy; so are
 * {@code x-delivery-count} and {@code x-acquired-count}, which a quorum dead-letter queue adds when it delivers a dead
 * letter again (after {@code dlq show}, or an interrupted replay): they count deliveries from the dead-letter queue,
 * not from the listener's;</li>
 * <li>{@code x-lightbus-replays} set to one more than on the dead letter (absent: 1);</li>
 * <li>{@code user_id} and {@code expiration} cleared, as on the connector's own copies.</li>
 * </ul>
 * The dead-letter headers ({@code x-lightbus-reason}, {@code x-lightbus-error-*}, {@code x-lightbus-attempts}, ...) and
 * the original exchange and routing key stay: the listener does not read them, and if the replayed event fails for good
 * again, the connector replaces them with the new failure's.
 */
final class ReplayCopy {

    private ReplayCopy() {
    }

    /**
     * @param deadLetter
     *            the properties of the dead letter
     *
     * @return the properties of its copy for the listener queue
     */
    static AMQP.BasicProperties of(AMQP.BasicProperties deadLetter) {
        Map<String, Object> headers = deadLetter.getHeaders() == null ? new HashMap<>()
                : new HashMap<>(deadLetter.getHeaders());
        Long replays = Headers.number(headers, WireHeaders.REPLAYS);
        headers.remove(WireHeaders.ATTEMPT);
        headers.remove(WireHeaders.LAST_ERROR_TYPE);
        headers.remove(WireHeaders.LAST_ERROR_MESSAGE);
        headers.remove(WireHeaders.X_DEATH);
        headers.remove(Headers.X_DELIVERY_COUNT);
        headers.remove(Headers.X_ACQUIRED_COUNT);
        headers.put(WireHeaders.REPLAYS,
                (int) Math.min(Integer.MAX_VALUE, (replays == null || replays < 0 ? 0 : replays) + 1));
        return deadLetter.builder().headers(headers).userId(null).expiration(null).build();
    }
}
