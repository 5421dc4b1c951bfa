package org.lightbus.connector.rabbitmq;

import static org.lightbus.connector.rabbitmq.ConnectorLog.LOG;
import static org.lightbus.connector.rabbitmq.ConnectorMessages.MESSAGES;

import java.io.IOException;
import java.time.Duration;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionStage;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicBoolean;

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

import com.rabbitmq.client.Connection;
import com.rabbitmq.client.ShutdownSignalException;

/**
 * The {@link Transport} on one RabbitMQ connection: one confirm-mode channel for all publishes, one channel per
 * listener, one channel for the calls this application makes ({@link RpcClient}) and two per API it serves
 * ({@link RpcServer}). Created by {@link RabbitMQTransportFactory}.
 *
 * <p>
 * Publishing is pipelined and never waits for the broker, only for a free slot when
 * {@code lightbus.publish.max-in-flight} publishes are unsettled. While the connection is down or the broker blocks
 * publishing, event publishes are held for up to {@code lightbus.publish.outage-hold} and sent when it is back, with
 * the same message id, as are the publishes a lost connection had not had confirmed ({@link ConfirmingPublisher}). A
 * publish that fails (negative confirm, no confirm within {@code lightbus.publish.confirm-timeout}, held too long) is
 * not retried: the event may or may not have reached the broker, and the caller decides. After a connection loss the
 * client reconnects every {@code lightbus.rabbitmq.network-recovery-interval}, redeclares the topology and resumes the
 * listeners and servers; calls fail fast while the connection is down.
 */
public final class RabbitMQTransport implements Transport {

    private final String serviceName;
    private final ConnectorSettings settings;
    private final TransportThreads threads;
    private final Connection connection;
    private final TopologyNames names;
    private final TopologyDeclarer declarer;
    private final ConfirmingPublisher publisher;
    private final PublishingAlarm alarm;
    private final FailureRouter router;
    private final PendingCalls calls;
    private final RpcClient client;
    private final BrokerProfile broker;
    private final Set<RabbitMQListener> listeners = ConcurrentHashMap.newKeySet();
    private final Set<RpcServer> servers = ConcurrentHashMap.newKeySet();
    private final AtomicBoolean closed = new AtomicBoolean();

    private RabbitMQTransport(String serviceName, ConnectorSettings settings, TransportThreads threads,
            Connection connection) throws IOException {
        this.serviceName = serviceName;
        this.settings = settings;
        this.threads = threads;
        this.connection = connection;
        this.names = new TopologyNames(settings.namespace());
        this.broker = BrokerProfile.of(connection.getServerProperties());
        this.declarer = new TopologyDeclarer(settings.queueType(), broker);
        this.alarm = PublishingAlarm.watch(connection, BrokerConnections.connectionName(serviceName));
        this.publisher = new ConfirmingPublisher(
                connection, declarer, alarm, new ConfirmingPublisher.Limits(settings.confirmTimeout(),
                        settings.outageHold(), settings.maxInFlight()),
                threads.scheduler(), threads.io(), threads.completer());
        this.router = new FailureRouter(publisher, declarer, threads.listeners());
        this.calls = new PendingCalls(threads.scheduler());
        String replyTo = broker.directReplyTo() ? RpcCodec.DIRECT_REPLY_TO : names.replyQueue(serviceName);
        this.client = new RpcClient(connection, names, declarer, calls, replyTo);
        if (!broker.rabbitMq()) {
            LOG.compatibilityMode(broker.name(), BrokerConnections.connectionName(serviceName), replyTo);
        }
    }

    static RabbitMQTransport connect(ConnectorSettings settings, String serviceName) {
        TransportThreads threads = TransportThreads.create(serviceName);
        Connection connection = null;
        try {
            connection = BrokerConnections.open(settings, serviceName, threads.listeners());
            return new RabbitMQTransport(serviceName, settings, threads, connection);
        } catch (IOException | RuntimeException e) {
            if (connection != null) {
                connection.abort();
            }
            threads.close();
            if (e instanceof IOException) {
                throw ConnectorExceptions.lightbus(MESSAGES.brokerUnreachable(settings.where(), settings.virtualHost(),
                        BrokerConnections.reason(e)), e);
            }
            throw (RuntimeException) e;
        }
    }

    @Override
    public CompletionStage<Void> publish(OutgoingEvent event) {
        Objects.requireNonNull(event, "event");
        MessageRef ref = MessageRef.of(event);
        if (closed.get()) {
            return CompletableFuture.failedFuture(ConnectorExceptions
                    .publish(MESSAGES.publishOnClosedTransport(ref.event(), ref.messageId()), ref, null));
        }
        return publisher.publishEvent(names.exchange(event.api()), event.eventName(), MessageCodec.encode(event),
                event.body(), ref);
    }

    @Override
    public Duration publishBound() {
        return settings.publishBound();
    }

    @Override
    public ListenerHandle listen(ListenerSpec spec, DeliveryHandler handler) {
        Objects.requireNonNull(spec, "spec");
        Objects.requireNonNull(handler, "handler");
        if (closed.get()) {
            throw ConnectorExceptions.lightbus(MESSAGES.transportClosed(serviceName), null);
        }
        RabbitMQListener listener = RabbitMQListener.start(connection, declarer, names.listener(spec), spec, handler,
                router, threads.scheduler(), threads.listeners(), settings.confirmTimeout(), listeners::remove);
        listeners.add(listener);
        return listener;
    }

    @Override
    public CompletionStage<RpcReply> call(RpcRequest request) {
        Objects.requireNonNull(request, "request");
        if (closed.get()) {
            return CompletableFuture.failedFuture(ConnectorExceptions.lightbus(
                    MESSAGES.callOnClosedTransport(RpcCodec.callName(request.api(), request.procedure())), null));
        }
        String blocked = alarm.reason();
        if (blocked != null) { // writing would block the caller, and every other caller behind the channel's lock
            return CompletableFuture.failedFuture(ConnectorExceptions.lightbus(
                    MESSAGES.callBlocked(RpcCodec.callName(request.api(), request.procedure()), blocked), null));
        }
        return client.call(request);
    }

    @Override
    public ListenerHandle serve(RpcServerSpec spec, CallHandler handler) {
        Objects.requireNonNull(spec, "spec");
        Objects.requireNonNull(handler, "handler");
        if (closed.get()) {
            throw ConnectorExceptions.lightbus(MESSAGES.transportClosed(serviceName), null);
        }
        RpcServer server = RpcServer.start(connection, declarer, names.callQueue(spec.api()), spec, handler,
                threads.scheduler(), threads.listeners(), servers::remove);
        servers.add(server);
        return server;
    }

    @Override
    public ListenerHandle shareSchemas(Map<String, byte[]> owned, Set<String> wanted, SchemaHandler handler) {
        Objects.requireNonNull(owned, "owned");
        Objects.requireNonNull(wanted, "wanted");
        Objects.requireNonNull(handler, "handler");
        if (closed.get()) {
            throw ConnectorExceptions.lightbus(MESSAGES.transportClosed(serviceName), null);
        }
        return SchemaSharing.start(connection, names, serviceName, owned, wanted, handler, threads.scheduler(),
                threads.listeners());
    }

    @Override
    public Announcement announce(ServiceDescriber describer) {
        Objects.requireNonNull(describer, "describer");
        if (closed.get()) {
            throw ConnectorExceptions.lightbus(MESSAGES.transportClosed(serviceName), null);
        }
        return ServiceDirectory.start(connection, names, serviceName, broker.rabbitMq(), describer, threads.scheduler(),
                threads.listeners());
    }

    @Override
    public TransportHealth health() {
        String blocked = alarm.reason();
        String problem = !connection.isOpen() ? MESSAGES.connectionDownAt(settings.where())
                : blocked != null ? MESSAGES.publishingBlockedNow(blocked) : null;
        Map<String, Boolean> consuming = new HashMap<>();
        listeners.forEach(
                listener -> consuming.merge(listener.listenerName(), listener.consuming(), Boolean::logicalOr));
        Map<String, Boolean> serving = new HashMap<>();
        servers.forEach(server -> serving.merge(server.api(), server.consuming(), Boolean::logicalOr));
        return TransportHealth.of(connection.isOpen(), problem, consuming, serving);
    }

    /**
     * Stops the servers and listeners, lets the running calls finish within their drain timeout and a running handler
     * finish, fails the calls still waiting for a reply, waits for outstanding confirms up to the confirm timeout
     * (publishes still unconfirmed then fail) and closes the connection. Idempotent.
     */
    @Override
    public void close() {
        if (!closed.compareAndSet(false, true)) {
            return;
        }
        List<RpcServer> running = List.copyOf(servers);
        running.forEach(RpcServer::stop); // all stop taking calls before any drains
        running.forEach(RpcServer::close);
        List.copyOf(listeners).forEach(RabbitMQListener::close);
        client.close();
        int unconfirmed = publisher.awaitSettled(settings.confirmTimeout());
        if (unconfirmed > 0) {
            LOG.closingWithUnconfirmed(unconfirmed, settings.confirmTimeout().toMillis());
        }
        publisher.close();
        try {
            connection.close((int) Math.min(Integer.MAX_VALUE, settings.confirmTimeout().toMillis()));
        } catch (IOException | ShutdownSignalException e) {
            // already closed
        }
        threads.close();
    }

    /** The connection, for tests. */
    Connection connection() {
        return connection;
    }

    /** Whether the broker blocks publishing, for tests. */
    PublishingAlarm alarm() {
        return alarm;
    }

    @Override
    public String toString() {
        return "RabbitMQTransport[" + serviceName + ", " + settings + "]";
    }
}
