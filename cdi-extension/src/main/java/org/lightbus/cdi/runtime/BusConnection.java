package org.lightbus.cdi.runtime;

import static org.lightbus.cdi.runtime.RuntimeMessages.MESSAGES;

import java.time.Instant;
import java.util.List;
import java.util.ServiceLoader;
import java.util.UUID;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionStage;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.ThreadFactory;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.stream.Collectors;

import jakarta.annotation.PreDestroy;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.inject.Instance;
import jakarta.inject.Inject;

import org.eclipse.microprofile.config.Config;
import org.eclipse.microprofile.config.ConfigProvider;
import org.lightbus.api.EventPublisher;
import org.lightbus.cdi.codec.JsonCodec;
import org.lightbus.cdi.model.ApiTypes;
import org.lightbus.cdi.model.EventType;
import org.lightbus.cdi.model.EventTypes;
import org.lightbus.spi.OutgoingEvent;
import org.lightbus.spi.Transport;
import org.lightbus.spi.TransportFactory;

/**
 * This application's connection to the bus: its settings, its transport, and event publishing (it is the
 * {@link EventPublisher} bean). Connects on first use ({@link BusLifecycle} makes that the container start) and
 * disconnects when the container stops.
 */
@ApplicationScoped
public class BusConnection implements EventPublisher {

    private final EventTypes eventTypes = new EventTypes();
    private final ApiTypes apiTypes = new ApiTypes();
    private final JsonCodec codec = new JsonCodec();

    @Inject
    Instance<Config> configBean;

    private volatile Transport transport;
    private volatile RpcClient rpcClient;
    private ExecutorService rpcCallbacks;
    private RuntimeSettings settings;
    private String serviceName;

    /**
     * @return the transport, connecting first if needed
     */
    public Transport transport() {
        Transport current = transport;
        if (current == null) {
            synchronized (this) {
                if (transport == null) {
                    settings = new RuntimeSettings(config());
                    serviceName = settings.serviceName();
                    transport = factory().create(config(), serviceName);
                }
                current = transport;
            }
        }
        return current;
    }

    /**
     * @return the settings; connects first if needed
     */
    public RuntimeSettings settings() {
        transport();
        return settings;
    }

    /**
     * @return this application's service name; connects first if needed
     */
    public String serviceName() {
        transport();
        return serviceName;
    }

    /**
     * @return the client for remote procedure calls; connects first if needed
     */
    RpcClient rpcClient() {
        RpcClient current = rpcClient;
        if (current == null) {
            synchronized (this) {
                if (rpcClient == null) {
                    rpcCallbacks = Executors
                            .newCachedThreadPool(daemonThreads("lightbus-" + serviceName() + "-rpc-callback-"));
                    rpcClient = new RpcClient(transport(), settings, codec, serviceName, rpcCallbacks);
                }
                current = rpcClient;
            }
        }
        return current;
    }

    /**
     * @return the API inspector shared by clients and servers
     */
    public ApiTypes apiTypes() {
        return apiTypes;
    }

    /**
     * @return the JSON codec
     */
    public JsonCodec codec() {
        return codec;
    }

    /**
     * @return the event type inspector shared by publishing and listening
     */
    public EventTypes eventTypes() {
        return eventTypes;
    }

    /**
     * Publishes a {@code @BusEvent}.
     *
     * @param event
     *            the event
     *
     * @return a stage completing on the broker's confirm; failed with a {@code LightbusException} if the object is not
     *         a valid bus event or cannot be encoded, or a {@code PublishException} if the broker did not take it
     */
    public CompletionStage<Void> publish(Object event) {
        EventTypes.Inspection inspection = eventTypes.inspect(event.getClass());
        if (!EventTypes.isAnnotated(event.getClass()) || !inspection.isValid()) {
            return CompletableFuture.failedFuture(BusErrors.exception(
                    MESSAGES.notABusEvent(event.getClass().getName(), String.join("; ", inspection.problems())), null));
        }
        EventType type = inspection.eventType();
        byte[] body;
        try {
            body = codec.encode(event);
        } catch (Exception e) {
            return CompletableFuture
                    .failedFuture(BusErrors.exception(MESSAGES.encodingFailed(type.fullName(), e.getMessage()), e));
        }
        Transport connected = transport();
        return connected.publish(new OutgoingEvent(type.api(), type.name(), UUID.randomUUID().toString(), serviceName,
                Instant.now(), body));
    }

    @PreDestroy
    void close() {
        Transport current = transport;
        if (current != null) {
            current.close();
        }
        synchronized (this) {
            if (rpcCallbacks != null) {
                rpcCallbacks.shutdown();
            }
        }
    }

    private static ThreadFactory daemonThreads(String prefix) {
        AtomicInteger count = new AtomicInteger();
        return task -> {
            Thread thread = new Thread(task, prefix + count.incrementAndGet());
            thread.setDaemon(true);
            return thread;
        };
    }

    private Config config() {
        return configBean.isResolvable() ? configBean.get() : ConfigProvider.getConfig();
    }

    private static TransportFactory factory() {
        List<TransportFactory> factories = ServiceLoader.load(TransportFactory.class, classLoader()).stream()
                .map(ServiceLoader.Provider::get).toList();
        if (factories.isEmpty()) {
            throw BusErrors.exception(MESSAGES.noTransport(), null);
        }
        if (factories.size() > 1) {
            throw BusErrors.exception(
                    MESSAGES.severalTransports(
                            factories.stream().map(f -> f.getClass().getName()).collect(Collectors.joining(", "))),
                    null);
        }
        return factories.get(0);
    }

    private static ClassLoader classLoader() {
        ClassLoader tccl = Thread.currentThread().getContextClassLoader();
        return tccl != null ? tccl : BusConnection.class.getClassLoader();
    }
}
