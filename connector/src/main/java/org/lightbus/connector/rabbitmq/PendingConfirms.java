package org.lightbus.connector.rabbitmq;

import static org.lightbus.connector.rabbitmq.ConnectorMessages.MESSAGES;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.NavigableMap;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ConcurrentSkipListMap;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import java.util.function.Function;

import org.lightbus.api.LightbusConfig;
import org.lightbus.api.PublishException;

/**
 * The publishes of one confirm-mode channel that wait for their confirm, by publish sequence number. Each is completed
 * by an ack (also a {@code multiple} one), failed by a nack or by its confirm timeout, or taken back when the channel
 * shuts down. Timeouts are found by {@link #expire}, which one periodic task calls, not by a timer per publish.
 * Publishes are settled through {@link Settler}, never on the thread that reports the confirm (the client's I/O
 * thread).
 */
final class PendingConfirms {

    private final NavigableMap<Long, Publish> entries = new ConcurrentSkipListMap<>();
    private final Duration timeout;
    private final Settler settler;

    /** Publishes fail {@code timeout} after they were sent; {@code settler} completes their futures. */
    PendingConfirms(Duration timeout, Settler settler) {
        this.timeout = timeout;
        this.settler = settler;
    }

    /** Records a publish just written with this sequence number. */
    void add(long sequenceNumber, Publish publish) {
        publish.sent(System.nanoTime());
        entries.put(sequenceNumber, publish);
    }

    void ack(long deliveryTag, boolean multiple) {
        settler.settle(take(deliveryTag, multiple), ref -> null);
    }

    void nack(long deliveryTag, boolean multiple) {
        settler.settle(take(deliveryTag, multiple),
                ref -> ConnectorExceptions.publish(MESSAGES.publishNacked(ref.event(), ref.messageId()), ref, null));
    }

    /** Fails one publish, e.g. because it was returned. */
    void fail(long sequenceNumber, Function<MessageRef, PublishException> failure) {
        settler.settle(take(sequenceNumber, false), failure);
    }

    /**
     * Removes one publish without settling it, e.g. because it could not be written.
     *
     * @return it, or null if it is settled already
     */
    Publish remove(long sequenceNumber) {
        return entries.remove(sequenceNumber);
    }

    /**
     * Removes every publish without settling it: the channel is gone and its sequence numbers start again.
     *
     * @return them, oldest first
     */
    List<Publish> takeAll() {
        return take(Long.MAX_VALUE, true);
    }

    /** Fails the publishes sent {@code timeout} or longer before {@code nowNanos}. */
    void expire(long nowNanos) {
        List<Publish> expired = new ArrayList<>();
        for (Map.Entry<Long, Publish> entry : entries.entrySet()) {
            if (nowNanos - entry.getValue().sentNanos() < timeout.toNanos()) {
                break; // sent in order: the later ones are younger
            }
            // remove only this entry: after a channel restart the number may belong to a newer publish
            if (entries.remove(entry.getKey(), entry.getValue())) {
                expired.add(entry.getValue());
            }
        }
        settler.settle(expired, ref -> ConnectorExceptions.publish(MESSAGES.publishTimedOut(ref.event(),
                ref.messageId(), timeout.toMillis(), LightbusConfig.PUBLISH_CONFIRM_TIMEOUT), ref, null));
    }

    int size() {
        return entries.size();
    }

    /**
     * Waits until the publishes pending now are settled, at most {@code wait}.
     *
     * @return how many are still pending
     */
    int awaitSettled(Duration wait) {
        CompletableFuture<?>[] futures = entries.values().stream().map(Publish::future)
                .toArray(CompletableFuture[]::new);
        try {
            CompletableFuture.allOf(futures).handle((r, e) -> null).get(wait.toMillis(), TimeUnit.MILLISECONDS);
        } catch (TimeoutException | ExecutionException e) {
            // counted below
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
        return size();
    }

    private List<Publish> take(long tag, boolean multiple) {
        List<Publish> taken = new ArrayList<>();
        if (multiple) {
            NavigableMap<Long, Publish> head = entries.headMap(tag, true);
            for (Map.Entry<Long, Publish> e; (e = head.pollFirstEntry()) != null;) {
                taken.add(e.getValue());
            }
        } else {
            Publish entry = entries.remove(tag);
            if (entry != null) {
                taken.add(entry);
            }
        }
        return taken;
    }
}
