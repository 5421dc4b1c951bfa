package org.lightbus.connector.rabbitmq;

import static org.lightbus.connector.rabbitmq.ConnectorLog.LOG;
import static org.lightbus.connector.rabbitmq.ConnectorMessages.MESSAGES;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionStage;
import java.util.concurrent.Executors;
import java.util.concurrent.RejectedExecutionException;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import java.util.function.Function;

import org.lightbus.api.LightbusConfig;
import org.lightbus.api.LightbusException;
import org.lightbus.spi.Announcement;
import org.lightbus.spi.CallHandler;
import org.lightbus.spi.DeliveryHandler;
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
 * The transport of an application that started while the broker could not be reached
 * ({@code lightbus.rabbitmq.start-mode=wait}): it tries to connect every network recovery interval, on a thread of its
 * own, and once connected hands everything to the {@link RabbitMQTransport}. Meanwhile the listeners and servers
 * registered wait and start once connected, event publishes are held for {@code lightbus.publish.outage-hold} (at most
 * {@code lightbus.publish.max-in-flight} of them) and calls fail at once.
 */
final class ConnectingTransport implements Transport {

    /** A listener or server to start once connected, unless closed first. */
    private final class Waiting implements Announcement {
        private final String name;
        private final Function<Transport, ListenerHandle> start;
        private ListenerHandle started; // guarded by ConnectingTransport.this
        private boolean closed; // guarded by ConnectingTransport.this

        private Waiting(String name, Function<Transport, ListenerHandle> start) {
            this.name = name;
            this.start = start;
        }

        /** Once connected, on the connecting thread. */
        private void start(Transport transport) {
            ListenerHandle handle;
            try {
                handle = start.apply(transport);
            } catch (RuntimeException e) { // reported; the other listeners and servers still start
                LOG.deferredStartFailed(name, BrokerConnections.reason(e));
                return;
            }
            synchronized (ConnectingTransport.this) {
                if (!closed) {
                    started = handle;
                    return;
                }
            }
            handle.close();
        }

        /** An announcement not started yet describes the instance as it is when it starts. */
        @Override
        public void changed() {
            ListenerHandle handle;
            synchronized (ConnectingTransport.this) {
                handle = started;
            }
            if (handle instanceof Announcement announcement) {
                announcement.changed();
            }
        }

        @Override
        public void close() {
            ListenerHandle handle;
            synchronized (ConnectingTransport.this) {
                closed = true;
                waiting.remove(this);
                handle = started;
            }
            if (handle != null) {
                handle.close();
            }
        }
    }

    /** An event publish waiting for the connection. */
    private record HeldEvent(OutgoingEvent event, CompletableFuture<Void> future, long heldNanos) {
    }

    private final ConnectorSettings settings;
    private final String serviceName;
    private final ScheduledExecutorService connector;
    private final long startedNanos = System.nanoTime();
    private final List<Waiting> waiting = new ArrayList<>(); // guarded by this
    private final List<HeldEvent> held = new ArrayList<>(); // guarded by this
    private volatile Transport connected;
    private boolean closed; // guarded by this
    private volatile String lastFailure;

    private ConnectingTransport(ConnectorSettings settings, String serviceName) {
        this.settings = settings;
        this.serviceName = serviceName;
        // two threads: an attempt to connect may take the connection timeout, held events expire meanwhile
        this.connector = Executors.newScheduledThreadPool(2,
                TransportThreads.named("lightbus-" + serviceName + "-connect"));
    }

    /**
     * Connects at once if the broker answers; if it does not, returns a transport that connects in the background.
     *
     * @throws LightbusException
     *             if the broker refuses the login or the TLS handshake fails: waiting would not change that
     */
    static Transport start(ConnectorSettings settings, String serviceName) {
        try {
            return RabbitMQTransport.connect(settings, serviceName);
        } catch (LightbusException e) {
            if (BrokerConnections.refusedForGood(e)) {
                throw e;
            }
            ConnectingTransport transport = new ConnectingTransport(settings, serviceName);
            LOG.startedWithoutBroker(serviceName, e.getMessage(), settings.networkRecoveryInterval().toMillis(),
                    settings.outageHold().toMillis());
            transport.lastFailure = e.getMessage();
            long period = Math.max(10, Math.min(1000, settings.outageHold().toMillis() / 10));
            transport.connector.scheduleAtFixedRate(transport::expireHeld, period, period, TimeUnit.MILLISECONDS);
            transport.schedule();
            return transport;
        }
    }

    @Override
    public CompletionStage<Void> publish(OutgoingEvent event) {
        Objects.requireNonNull(event, "event");
        Transport transport = connected;
        if (transport != null) {
            return transport.publish(event);
        }
        synchronized (this) {
            if (connected == null) {
                MessageRef ref = MessageRef.of(event);
                if (closed) {
                    return failed(MESSAGES.publishOnClosedTransport(ref.event(), ref.messageId()), ref);
                }
                if (settings.outageHold().isZero()) {
                    return failed(MESSAGES.publishNotConnected(ref.event(), ref.messageId()), ref);
                }
                if (!awaitRoom()) {
                    return failed(MESSAGES.publishInFlightFull(ref.event(), ref.messageId(), settings.maxInFlight(),
                            LightbusConfig.PUBLISH_MAX_IN_FLIGHT, settings.confirmTimeout().toMillis()), ref);
                }
                if (closed) {
                    return failed(MESSAGES.publishOnClosedTransport(ref.event(), ref.messageId()), ref);
                }
                if (connected == null) {
                    HeldEvent entry = new HeldEvent(event, new CompletableFuture<>(), System.nanoTime());
                    held.add(entry);
                    return entry.future();
                }
            }
        }
        return connected.publish(event); // connected meanwhile
    }

    /**
     * Under the lock: waits, at most the confirm timeout, until fewer than the in-flight bound are held (held events
     * leave when they expire or once connected), or until connected or closed.
     *
     * @return false if there is still no room
     */
    private boolean awaitRoom() {
        long deadline = System.nanoTime() + settings.confirmTimeout().toNanos();
        try {
            while (held.size() >= settings.maxInFlight() && connected == null && !closed) {
                long left = deadline - System.nanoTime();
                if (left <= 0) {
                    return false;
                }
                TimeUnit.NANOSECONDS.timedWait(this, left);
            }
            return true;
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return false;
        }
    }

    @Override
    public Duration publishBound() {
        return settings.publishBound();
    }

    @Override
    public ListenerHandle listen(ListenerSpec spec, DeliveryHandler handler) {
        return startOrWait("listener " + spec.listenerName() + " of " + spec.api() + "." + spec.eventName(),
                transport -> transport.listen(spec, handler));
    }

    @Override
    public CompletionStage<RpcReply> call(RpcRequest request) {
        Objects.requireNonNull(request, "request");
        Transport transport = connected;
        if (transport != null) {
            return transport.call(request);
        }
        return CompletableFuture.failedFuture(ConnectorExceptions.lightbus(MESSAGES.callBeforeConnected(
                RpcCodec.callName(request.api(), request.procedure()), settings.where(), sinceMillis()), null));
    }

    @Override
    public ListenerHandle serve(RpcServerSpec spec, CallHandler handler) {
        return startOrWait("server of API " + spec.api(), transport -> transport.serve(spec, handler));
    }

    @Override
    public Announcement announce(ServiceDescriber describer) {
        // either the transport's announcement or one that waits for the connection
        return (Announcement) startOrWait("service description", transport -> transport.announce(describer));
    }

    @Override
    public ListenerHandle shareSchemas(Map<String, byte[]> owned, Set<String> wanted, SchemaHandler handler) {
        return startOrWait("schema sharing", transport -> transport.shareSchemas(owned, wanted, handler));
    }

    @Override
    public TransportHealth health() {
        Transport transport = connected;
        if (transport != null) {
            return transport.health();
        }
        return TransportHealth.of(false, MESSAGES.notConnectedYet(settings.where(), lastFailure), Map.of(), Map.of());
    }

    /**
     * @return true once connected
     */
    boolean isConnected() {
        return connected != null;
    }

    @Override
    public void close() {
        List<HeldEvent> failing;
        synchronized (this) {
            if (closed) {
                return;
            }
            closed = true;
            failing = List.copyOf(held);
            held.clear();
            notifyAll();
            waiting.clear();
        }
        connector.shutdownNow();
        failing.forEach(entry -> {
            MessageRef ref = MessageRef.of(entry.event());
            entry.future().completeExceptionally(ConnectorExceptions
                    .publish(MESSAGES.publishOnClosedTransport(ref.event(), ref.messageId()), ref, null));
        });
        Transport transport = connected;
        if (transport != null) {
            transport.close();
        }
    }

    private ListenerHandle startOrWait(String name, Function<Transport, ListenerHandle> start) {
        Transport transport = connected;
        if (transport != null) {
            return start.apply(transport);
        }
        synchronized (this) {
            if (closed) {
                throw ConnectorExceptions.lightbus(MESSAGES.transportClosed(serviceName), null);
            }
            if (connected == null) {
                Waiting entry = new Waiting(name, start);
                waiting.add(entry);
                return entry;
            }
        }
        return start.apply(connected);
    }

    private void schedule() {
        try {
            connector.schedule(this::attempt, settings.networkRecoveryInterval().toMillis(), TimeUnit.MILLISECONDS);
        } catch (RejectedExecutionException e) {
            // closed
        }
    }

    /** On the connecting thread. */
    private void attempt() {
        RabbitMQTransport transport;
        try {
            transport = RabbitMQTransport.connect(settings, serviceName);
        } catch (LightbusException e) {
            if (!e.getMessage().equals(lastFailure)) {
                lastFailure = e.getMessage();
                LOG.stillWithoutBroker(serviceName, e.getMessage());
            }
            schedule();
            return;
        }
        List<Waiting> starting;
        List<HeldEvent> sending;
        synchronized (this) {
            if (closed) {
                transport.close();
                return;
            }
            starting = List.copyOf(waiting);
            sending = List.copyOf(held);
            held.clear();
            connected = transport; // from now on, everything goes to it
            notifyAll();
        }
        LOG.connectedAfterStart(serviceName, sinceMillis(), starting.size(), sending.size());
        starting.forEach(entry -> entry.start(transport));
        for (HeldEvent entry : sending) {
            transport.publish(entry.event()).whenComplete((done, error) -> {
                if (error == null) {
                    entry.future().complete(null);
                } else {
                    entry.future().completeExceptionally(error);
                }
            });
        }
        connector.shutdown();
    }

    /** Fails the held publishes older than the outage hold. */
    private void expireHeld() {
        List<HeldEvent> expired = new ArrayList<>();
        long now = System.nanoTime();
        synchronized (this) {
            held.removeIf(entry -> now - entry.heldNanos() >= settings.outageHold().toNanos() && expired.add(entry));
            notifyAll();
        }
        for (HeldEvent entry : expired) {
            MessageRef ref = MessageRef.of(entry.event());
            entry.future()
                    .completeExceptionally(
                            ConnectorExceptions.publish(
                                    MESSAGES.publishHeldTooLong(ref.event(), ref.messageId(), MESSAGES.connectionDown(),
                                            settings.outageHold().toMillis(), LightbusConfig.PUBLISH_OUTAGE_HOLD),
                                    ref, null));
        }
    }

    private long sinceMillis() {
        return TimeUnit.NANOSECONDS.toMillis(System.nanoTime() - startedNanos);
    }

    private static CompletableFuture<Void> failed(String message, MessageRef ref) {
        return CompletableFuture.failedFuture(ConnectorExceptions.publish(message, ref, null));
    }

    @Override
    public String toString() {
        return "ConnectingTransport[" + serviceName + ", " + settings + "]";
    }
}
