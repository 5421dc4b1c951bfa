package org.lightbus.connector.rabbitmq;

import static org.lightbus.connector.rabbitmq.ConnectorMessages.MESSAGES;

import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.RejectedExecutionException;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.ScheduledFuture;
import java.util.concurrent.TimeUnit;

import org.lightbus.api.LightbusException;
import org.lightbus.spi.RpcReply;
import org.lightbus.spi.RpcRequest;

/**
 * The calls of one transport that wait for their reply, by correlation id. Each is completed by its reply, or failed by
 * its timeout (an {@link org.lightbus.api.RpcTimeoutException}), by a failed send, or by closing. All timeouts run on
 * one shared scheduler, not a thread per call.
 *
 * <p>
 * A future completes on the thread that settles it: the client's consumer thread for a reply, the scheduler for a
 * timeout. Code depending on it must not block there; the runtime hops threads where it needs to.
 */
final class PendingCalls {

    private static final class Pending {
        private final RpcRequest request;
        private final CompletableFuture<RpcReply> future = new CompletableFuture<>();
        private volatile ScheduledFuture<?> timeout;
        private volatile boolean sent;

        private Pending(RpcRequest request) {
            this.request = request;
        }
    }

    private final Map<String, Pending> entries = new ConcurrentHashMap<>();
    private final ScheduledExecutorService scheduler;
    private volatile boolean closed;

    PendingCalls(ScheduledExecutorService scheduler) {
        this.scheduler = scheduler;
    }

    /**
     * Registers a call before it is sent, and starts its timeout.
     *
     * @return the future of its reply; failed at once if the calls were {@linkplain #closeAll() closed}
     */
    CompletableFuture<RpcReply> add(String correlationId, RpcRequest request) {
        Pending entry = new Pending(request);
        entries.put(correlationId, entry);
        try {
            entry.timeout = scheduler.schedule(() -> expire(correlationId, entry), request.timeout().toNanos(),
                    TimeUnit.NANOSECONDS);
        } catch (RejectedExecutionException e) {
            closed = true; // the scheduler stops only when the transport closes
        }
        if (closed) { // after the put: either closeAll() sees the entry, or this sees the flag
            settle(correlationId, entry, ConnectorExceptions.lightbus(
                    MESSAGES.callOnClosedTransport(RpcCodec.callName(request.api(), request.procedure())), null));
        }
        return entry.future;
    }

    /**
     * Completes the call with its reply.
     *
     * @return false if no call waits for that correlation id (it timed out, or was never sent from here)
     */
    boolean complete(String correlationId, RpcReply reply) {
        Pending entry = entries.remove(correlationId);
        if (entry == null) {
            return false;
        }
        cancelTimeout(entry);
        entry.future.complete(reply);
        return true;
    }

    /** Marks a call as sent: from now on, losing the reply address fails it ({@link #failAllLost}). */
    void sent(String correlationId) {
        Pending entry = entries.get(correlationId);
        if (entry != null) {
            entry.sent = true;
        }
    }

    /** Fails one call, e.g. because it could not be sent. */
    void fail(String correlationId, LightbusException error) {
        Pending entry = entries.get(correlationId);
        if (entry != null) {
            settle(correlationId, entry, error);
        }
    }

    /**
     * Fails every call that was sent and waits at once: their replies were bound for a reply address that is gone with
     * the lost connection or channel. A call still being sent fails with its own reason; later calls are not affected.
     *
     * @param reason
     *            why, for the message
     */
    void failAllLost(String reason) {
        entries.forEach((correlationId, entry) -> {
            if (entry.sent) {
                settle(correlationId, entry,
                        ConnectorExceptions.lightbus(MESSAGES.callLostWithConnection(
                                RpcCodec.callName(entry.request.api(), entry.request.procedure()), correlationId,
                                reason), null));
            }
        });
    }

    /** Fails every waiting call and every later one: the transport closes. */
    void closeAll() {
        closed = true;
        entries.forEach(
                (correlationId, entry) -> settle(correlationId, entry,
                        ConnectorExceptions.lightbus(MESSAGES.callAbandoned(
                                RpcCodec.callName(entry.request.api(), entry.request.procedure()), correlationId),
                                null)));
    }

    int size() {
        return entries.size();
    }

    private void expire(String correlationId, Pending entry) {
        RpcRequest request = entry.request;
        settle(correlationId, entry,
                ConnectorExceptions
                        .rpcTimeout(MESSAGES.callTimedOut(RpcCodec.callName(request.api(), request.procedure()),
                                request.timeout().toMillis(), request.api()), request));
    }

    private void settle(String correlationId, Pending entry, LightbusException error) {
        if (entries.remove(correlationId, entry)) {
            cancelTimeout(entry);
            entry.future.completeExceptionally(error);
        }
    }

    private static void cancelTimeout(Pending entry) {
        ScheduledFuture<?> task = entry.timeout;
        if (task != null) {
            task.cancel(false);
        }
    }
}
