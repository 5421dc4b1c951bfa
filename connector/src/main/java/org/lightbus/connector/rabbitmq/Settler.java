package org.lightbus.connector.rabbitmq;

import java.util.List;
import java.util.concurrent.Executor;
import java.util.concurrent.RejectedExecutionException;
import java.util.concurrent.Semaphore;
import java.util.function.Function;

import org.lightbus.api.PublishException;

/**
 * Settles publishes: frees the in-flight slot of each event publish at once, on the calling thread, so that a caller
 * waiting for a slot never depends on another thread; then completes their futures on {@code completer}, so that stages
 * depending on them never run on the client's I/O thread or the timeout thread.
 */
final class Settler {

    private final Semaphore slots;
    private final Executor completer;

    /**
     * @param slots
     *            the in-flight slots that event publishes hold until they are settled
     */
    Settler(Semaphore slots, Executor completer) {
        this.slots = slots;
        this.completer = completer;
    }

    /**
     * @param failure
     *            the exception a publish fails with, or null for success
     */
    void settle(List<Publish> settled, Function<MessageRef, PublishException> failure) {
        List<Publish> mine = settled.stream().filter(Publish::settle).toList();
        if (mine.isEmpty()) {
            return;
        }
        int events = (int) mine.stream().filter(Publish::holdable).count();
        if (events > 0) {
            slots.release(events);
        }
        Runnable completion = () -> {
            for (Publish publish : mine) {
                PublishException error = failure.apply(publish.ref());
                if (error == null) {
                    publish.future().complete(null);
                } else {
                    publish.future().completeExceptionally(error);
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
