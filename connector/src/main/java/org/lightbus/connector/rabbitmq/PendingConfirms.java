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
import java.util.concurrent.Executor;
import java.util.concurrent.RejectedExecutionException;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.ScheduledFuture;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import java.util.function.Function;

import org.lightbus.api.LightbusConfig;
import org.lightbus.api.PublishException;

/**
 * The publishes of one confirm-mode channel that wait for their confirm, by publish sequence number. Each is completed
 * by an ack (also a {@code multiple} one), failed by a nack, by its confirm timeout or by the channel's shutdown.
 * Futures are completed on {@code completer}, never on the thread that reports the confirm (the client's I/O thread),
 * so that code depending on them cannot stall the connection.
 */
final class PendingConfirms {

    private static final class Pending {
        private final MessageRef ref;
        private final CompletableFuture<Void> future = new CompletableFuture<>();
        private volatile ScheduledFuture<?> timeout;

        private Pending(MessageRef ref) {
            this.ref = ref;
        }
    }

    private final NavigableMap<Long, Pending> entries = new ConcurrentSkipListMap<>();
    private final Duration timeout;
    private final ScheduledExecutorService scheduler;
    private final Executor completer;

    /** Publishes fail after {@code timeout}, run by {@code scheduler}; {@code completer} completes their futures. */
    PendingConfirms(Duration timeout, ScheduledExecutorService scheduler, Executor completer) {
        this.timeout = timeout;
        this.scheduler = scheduler;
        this.completer = completer;
    }

    CompletableFuture<Void> add(long sequenceNumber, MessageRef ref) {
        Pending entry = new Pending(ref);
        entries.put(sequenceNumber, entry);
        entry.timeout = scheduler.schedule(() -> expire(sequenceNumber, entry), timeout.toMillis(),
                TimeUnit.MILLISECONDS);
        return entry.future;
    }

    void ack(long deliveryTag, boolean multiple) {
        settle(take(deliveryTag, multiple), ref -> null);
    }

    void nack(long deliveryTag, boolean multiple) {
        settle(take(deliveryTag, multiple),
                ref -> ConnectorExceptions.publish(MESSAGES.publishNacked(ref.event(), ref.messageId()), ref, null));
    }

    /** Fails one publish, e.g. because it could not be written. */
    void fail(long sequenceNumber, Function<MessageRef, PublishException> failure) {
        settle(take(sequenceNumber, false), failure);
    }

    /** Fails every publish: the channel is gone and its sequence numbers start again. */
    void failAll(String reason, Throwable cause) {
        settle(take(Long.MAX_VALUE, true), ref -> ConnectorExceptions
                .publish(MESSAGES.publishConnectionLost(ref.event(), ref.messageId(), reason), ref, cause));
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
        CompletableFuture<?>[] futures = entries.values().stream().map(entry -> entry.future)
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

    private void expire(long sequenceNumber, Pending entry) {
        // remove only this entry: after a channel restart the number may belong to a newer publish
        settle(entries.remove(sequenceNumber, entry) ? List.of(entry) : List.of(),
                ref -> ConnectorExceptions.publish(MESSAGES.publishTimedOut(ref.event(), ref.messageId(),
                        timeout.toMillis(), LightbusConfig.PUBLISH_CONFIRM_TIMEOUT), ref, null));
    }

    private List<Pending> take(long tag, boolean multiple) {
        List<Pending> taken = new ArrayList<>();
        if (multiple) {
            NavigableMap<Long, Pending> head = entries.headMap(tag, true);
            for (Map.Entry<Long, Pending> e; (e = head.pollFirstEntry()) != null;) {
                taken.add(e.getValue());
            }
        } else {
            Pending entry = entries.remove(tag);
            if (entry != null) {
                taken.add(entry);
            }
        }
        return taken;
    }

    private void settle(List<Pending> settled, Function<MessageRef, PublishException> failure) {
        if (settled.isEmpty()) {
            return;
        }
        for (Pending entry : settled) {
            ScheduledFuture<?> task = entry.timeout;
            if (task != null) {
                task.cancel(false);
            }
        }
        Runnable completion = () -> {
            for (Pending entry : settled) {
                PublishException error = failure.apply(entry.ref);
                if (error == null) {
                    entry.future.complete(null);
                } else {
                    entry.future.completeExceptionally(error);
                }
            }
        };
        try {
            completer.execute(completion);
        } catch (RejectedExecutionException e) {
            completion.run();
        }
    }
}
