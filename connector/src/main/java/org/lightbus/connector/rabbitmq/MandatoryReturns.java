package org.lightbus.connector.rabbitmq;

import static org.lightbus.connector.rabbitmq.ConnectorMessages.MESSAGES;

import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

import org.lightbus.api.PublishException;

import com.rabbitmq.client.AMQP;
import com.rabbitmq.client.ReturnListener;

/**
 * Fails the mandatory publishes that RabbitMQ returns as unroutable. A {@code basic.return} comes before the confirm of
 * the same message and carries no sequence number: it is matched to its publish by exchange, routing key and message
 * id, which is unique as mandatory publishes are failure copies and one listener has one copy of a message in flight at
 * a time. The publish then fails with a {@link PublishException} caused by {@link Unroutable}.
 */
final class MandatoryReturns implements ReturnListener {

    /** The cause of the failure of a mandatory publish that RabbitMQ returned as unroutable. */
    static final class Unroutable extends Exception {
        private static final long serialVersionUID = 1L;

        Unroutable(String message) {
            super(message, null, false, false);
        }
    }

    private final PendingConfirms pending;
    private final Map<String, Long> sequenceNumbers = new ConcurrentHashMap<>();

    MandatoryReturns(PendingConfirms pending) {
        this.pending = pending;
    }

    /** Records a mandatory publish just written with this sequence number, until it is settled. */
    void sent(Publish publish, long sequenceNumber) {
        String key = key(publish.exchange(), publish.routingKey(), publish.properties().getMessageId());
        sequenceNumbers.put(key, sequenceNumber);
        publish.future().whenComplete((done, error) -> sequenceNumbers.remove(key, sequenceNumber));
    }

    /** Forgets every publish: the channel is gone. */
    void clear() {
        sequenceNumbers.clear();
    }

    @Override
    public void handleReturn(int replyCode, String replyText, String exchange, String routingKey,
            AMQP.BasicProperties properties, byte[] body) {
        Long sequenceNumber = sequenceNumbers.remove(key(exchange, routingKey, properties.getMessageId()));
        if (sequenceNumber != null) {
            pending.fail(sequenceNumber,
                    r -> ConnectorExceptions.publish(
                            MESSAGES.publishReturned(r.event(), r.messageId(), routingKey, replyCode, replyText), r,
                            new Unroutable(replyCode + " " + replyText)));
        }
    }

    /**
     * @return true if {@code error} is the failure of a mandatory publish that RabbitMQ returned
     */
    static boolean wasReturned(Throwable error) {
        return error instanceof PublishException && error.getCause() instanceof Unroutable;
    }

    private static String key(String exchange, String routingKey, String messageId) {
        return exchange + '\n' + routingKey + '\n' + messageId;
    }
}
