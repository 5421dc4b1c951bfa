package org.lightbus.connector.rabbitmq;

import java.util.concurrent.CompletableFuture;
import java.util.concurrent.atomic.AtomicBoolean;

import com.rabbitmq.client.AMQP;

/**
 * One message to publish and the future its confirm settles. An event publish may be held while the connection is down
 * and sent again after a connection loss, always with the same properties (so the same message id): a receiver can
 * recognise a copy it has seen. A failure copy ({@link #mandatory()}) is never held: its delivery goes back to the
 * queue instead.
 */
final class Publish {

    private final String exchange;
    private final String routingKey;
    private final boolean mandatory;
    private final AMQP.BasicProperties properties;
    private final byte[] body;
    private final MessageRef ref;
    private final long acceptedNanos;
    private final CompletableFuture<Void> future = new CompletableFuture<>();
    private final AtomicBoolean settled = new AtomicBoolean();
    private volatile long sentNanos;

    private Publish(String exchange, String routingKey, boolean mandatory, AMQP.BasicProperties properties, byte[] body,
            MessageRef ref, long acceptedNanos) {
        this.exchange = exchange;
        this.routingKey = routingKey;
        this.mandatory = mandatory;
        this.properties = properties;
        this.body = body;
        this.ref = ref;
        this.acceptedNanos = acceptedNanos;
    }

    /** An event, to the exchange of its API; may be held and sent again. */
    static Publish event(String exchange, String routingKey, AMQP.BasicProperties properties, byte[] body,
            MessageRef ref) {
        return new Publish(exchange, routingKey, false, properties, body, ref, System.nanoTime());
    }

    /** A failure copy of a delivery, mandatory, through the default exchange; never held. */
    static Publish copy(String queue, AMQP.BasicProperties properties, byte[] body, MessageRef ref) {
        return new Publish("", queue, true, properties, body, ref, System.nanoTime());
    }

    String exchange() {
        return exchange;
    }

    String routingKey() {
        return routingKey;
    }

    boolean mandatory() {
        return mandatory;
    }

    /** An event publish may wait for the connection; a failure copy may not. */
    boolean holdable() {
        return !mandatory;
    }

    AMQP.BasicProperties properties() {
        return properties;
    }

    byte[] body() {
        return body;
    }

    MessageRef ref() {
        return ref;
    }

    CompletableFuture<Void> future() {
        return future;
    }

    /**
     * @return {@link System#nanoTime()} when the application handed it over
     */
    long acceptedNanos() {
        return acceptedNanos;
    }

    /**
     * @return {@link System#nanoTime()} when it was last written to a channel
     */
    long sentNanos() {
        return sentNanos;
    }

    void sent(long nanos) {
        sentNanos = nanos;
    }

    /**
     * @return true the first time only: a publish is settled once, whoever gets to it first
     */
    boolean settle() {
        return settled.compareAndSet(false, true);
    }
}
