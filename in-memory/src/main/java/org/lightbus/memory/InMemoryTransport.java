package org.lightbus.memory;

import static org.lightbus.memory.MemoryMessages.MESSAGES;

import java.time.Duration;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionStage;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.ThreadFactory;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;

import org.lightbus.api.LightbusException;
import org.lightbus.api.RpcTimeoutException;
import org.lightbus.spi.Announcement;
import org.lightbus.spi.CallHandler;
import org.lightbus.spi.DeliveryHandler;
import org.lightbus.spi.ErrorCodes;
import org.lightbus.spi.IncomingCall;
import org.lightbus.spi.ListenerHandle;
import org.lightbus.spi.ListenerSpec;
import org.lightbus.spi.OutgoingEvent;
import org.lightbus.spi.RpcReply;
import org.lightbus.spi.RpcRequest;
import org.lightbus.spi.RpcServerSpec;
import org.lightbus.spi.SchemaHandler;
import org.lightbus.spi.ServiceDescriber;
import org.lightbus.spi.Transport;
import org.lightbus.spi.TransportHealth;

/**
 * One application's connection to an {@link InMemoryBroker}. Listeners and servers run on threads of their own
 * transport, as they would on a connector's, never on the publisher's or caller's thread. A publish is confirmed once
 * the event is in the queues of its listeners.
 */
public final class InMemoryTransport implements Transport {

    /** How long closing waits for the handlers that run. */
    private static final Duration DRAIN = Duration.ofSeconds(10);

    private final InMemoryBroker broker;
    private final String serviceName;
    private final ExecutorService executor;
    private final ScheduledExecutorService timer;
    private final List<Runnable> stops = new CopyOnWriteArrayList<>();
    /** The running listeners and servers, by the task that stops each: for {@link #health()}. */
    private final Map<Runnable, String> listening = new ConcurrentHashMap<>();
    private final Map<Runnable, String> serving = new ConcurrentHashMap<>();
    private volatile boolean closed;

    InMemoryTransport(InMemoryBroker broker, String serviceName) {
        this.broker = broker;
        this.serviceName = serviceName;
        this.executor = Executors.newCachedThreadPool(threads("lightbus-memory-" + serviceName + "-"));
        this.timer = Executors.newSingleThreadScheduledExecutor(threads("lightbus-memory-" + serviceName + "-timer-"));
    }

    /**
     * @return the broker this transport is connected to
     */
    public InMemoryBroker broker() {
        return broker;
    }

    /**
     * @return the service name of the application
     */
    public String serviceName() {
        return serviceName;
    }

    @Override
    public CompletionStage<Void> publish(OutgoingEvent event) {
        if (closed) {
            return CompletableFuture.failedFuture(closedException());
        }
        broker.publish(event);
        return CompletableFuture.completedFuture(null);
    }

    /** A publish settles at once; the bound only guards a caller against a transport that does not. */
    @Override
    public Duration publishBound() {
        return Duration.ofSeconds(10);
    }

    @Override
    public ListenerHandle listen(ListenerSpec spec, DeliveryHandler handler) {
        checkOpen();
        Runnable stop = broker.queue(spec).subscribe(spec, handler, executor);
        listening.put(stop, spec.listenerName());
        return stoppable(stop);
    }

    @Override
    public CompletionStage<RpcReply> call(RpcRequest request) {
        if (closed) {
            return CompletableFuture.failedFuture(closedException());
        }
        CallQueue queue = broker.callQueue(request.api());
        CompletableFuture<RpcReply> reply = new CompletableFuture<>();
        IncomingCall call = new IncomingCall(request.api(), request.procedure(), UUID.randomUUID().toString(),
                request.sourceService(), request.body(), request.headers());
        CallQueue.WaitingCall waiting = new CallQueue.WaitingCall(call, reply,
                System.nanoTime() + request.timeout().toNanos());
        timer.schedule(() -> {
            if (reply.completeExceptionally(timedOut(request))) {
                queue.forget(waiting);
            }
        }, request.timeout().toNanos(), TimeUnit.NANOSECONDS);
        queue.add(waiting);
        return reply;
    }

    private static RpcTimeoutException timedOut(RpcRequest request) {
        String message = MESSAGES.callTimedOut(request.api() + "." + request.procedure(), request.timeout().toMillis(),
                request.api());
        return new RpcTimeoutException(ErrorCodes.codeOf(message), message, request.api(), request.procedure(),
                request.timeout());
    }

    @Override
    public ListenerHandle serve(RpcServerSpec spec, CallHandler handler) {
        checkOpen();
        Runnable stop = broker.callQueue(spec.api()).serve(spec, handler, executor);
        serving.put(stop, spec.api());
        return stoppable(stop);
    }

    /** Nothing to announce: the operators' tools look into a broker, and this one lives in the application. */
    @Override
    public Announcement announce(ServiceDescriber describer) {
        return Announcement.NONE;
    }

    @Override
    public ListenerHandle shareSchemas(Map<String, byte[]> owned, Set<String> wanted, SchemaHandler handler) {
        checkOpen();
        return stoppable(broker.schemas().share(this, owned, wanted, handler, executor));
    }

    private ListenerHandle stoppable(Runnable stop) {
        stops.add(stop);
        return () -> {
            if (stops.remove(stop)) {
                listening.remove(stop);
                serving.remove(stop);
                stop.run();
            }
        };
    }

    /** Connected until closed; each listener and server consumes from its start until it is stopped. */
    @Override
    public TransportHealth health() {
        Map<String, Boolean> listeners = new HashMap<>();
        listening.values().forEach(name -> listeners.put(name, true));
        Map<String, Boolean> servers = new HashMap<>();
        serving.values().forEach(api -> servers.put(api, true));
        return TransportHealth.of(!closed, closed ? MESSAGES.closed(serviceName) : null, listeners, servers);
    }

    @Override
    public void close() {
        if (closed) {
            return;
        }
        closed = true;
        stops.forEach(Runnable::run);
        stops.clear();
        listening.clear();
        serving.clear();
        broker.disconnected(this);
        timer.shutdownNow();
        executor.shutdown();
        try {
            executor.awaitTermination(DRAIN.toMillis(), TimeUnit.MILLISECONDS);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    private void checkOpen() {
        if (closed) {
            throw closedException();
        }
    }

    private LightbusException closedException() {
        String message = MESSAGES.closed(serviceName);
        return new LightbusException(ErrorCodes.codeOf(message), message, null);
    }

    private static ThreadFactory threads(String prefix) {
        AtomicInteger count = new AtomicInteger();
        return task -> {
            Thread thread = new Thread(task, prefix + count.incrementAndGet());
            thread.setDaemon(true);
            return thread;
        };
    }
}
