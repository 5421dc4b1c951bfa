package org.lightbus.connector.rabbitmq;

import java.time.Duration;
import java.util.Set;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.Executor;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;

/**
 * The retries one listener holds on a broker that cannot delay a message ({@link BrokerProfile#delaysRetries()}): each
 * failed delivery stays unacknowledged for its backoff, then its retry runs on the listener's worker threads. Closing
 * cancels the retries still waiting; their deliveries go back to the queue when the channel closes.
 */
final class HeldRetries {

    private final ScheduledExecutorService scheduler;
    private final Executor worker;
    private final Set<CompletableFuture<Void>> waiting = ConcurrentHashMap.newKeySet();

    HeldRetries(ScheduledExecutorService scheduler, Executor worker) {
        this.scheduler = scheduler;
        this.worker = worker;
    }

    /**
     * Runs {@code retry} on the worker threads once {@code backoff} has passed, unless {@link #cancelAll()} comes
     * first.
     */
    void after(Duration backoff, Runnable retry) {
        CompletableFuture<Void> due = new CompletableFuture<>();
        waiting.add(due);
        due.thenRunAsync(retry, worker).whenComplete((done, error) -> waiting.remove(due));
        scheduler.schedule(() -> due.complete(null), backoff.toMillis(), TimeUnit.MILLISECONDS);
    }

    /** Cancels the retries still waiting for their backoff. */
    void cancelAll() {
        waiting.forEach(due -> due.cancel(false));
    }

    /**
     * @return how many retries wait for their backoff or run, for tests
     */
    int size() {
        return waiting.size();
    }
}
