package org.lightbus.cdi.runtime;

import static org.lightbus.cdi.runtime.RuntimeMessages.MESSAGES;

import java.io.IOException;
import java.time.Duration;
import java.util.Objects;
import java.util.Set;
import java.util.TreeSet;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionException;
import java.util.concurrent.CompletionStage;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.RejectedExecutionException;
import java.util.concurrent.ThreadPoolExecutor;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import java.util.concurrent.atomic.AtomicInteger;

import jakarta.annotation.PreDestroy;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.inject.Instance;
import jakarta.inject.Inject;

import org.eclipse.microprofile.config.Config;
import org.eclipse.microprofile.config.ConfigProvider;
import org.lightbus.api.EventPublisher;
import org.lightbus.api.LightbusConfig;
import org.lightbus.api.LightbusException;
import org.lightbus.api.PublishException;
import org.lightbus.cdi.codec.JsonCodec;
import org.lightbus.cdi.model.ApiTypes;
import org.lightbus.cdi.model.ApplicationNames;
import org.lightbus.cdi.model.EventTypes;
import org.lightbus.cdi.model.ListenerMethods;
import org.lightbus.cdi.schema.SchemaGenerator;
import org.lightbus.cdi.telemetry.Telemetry;
import org.lightbus.spi.ErrorCodes;
import org.lightbus.spi.OutgoingEvent;
import org.lightbus.spi.Transport;
import org.lightbus.spi.TransportFactories;
import org.lightbus.spi.TransportFactory;

/**
 * This application's connection to the bus: its settings, its transport, and event publishing (it is the
 * {@link EventPublisher} bean). Connects on first use ({@link BusLifecycle} makes that the container start) and
 * disconnects when the container stops.
 *
 * <p>
 * Stages handed to application code complete on Lightbus's callback threads, never on the connector's: a callback that
 * blocks cannot stall the confirms or replies of other publishes and calls.
 */
@ApplicationScoped
public class BusConnection implements EventPublisher {

    /**
     * How many threads complete the stages handed to application code at most; idle ones end after a minute. Enough for
     * callbacks that block on I/O, few enough that a flood of them cannot exhaust the process.
     */
    private static final int CALLBACK_THREADS = 32;

    /** How much longer than the transport's bound {@code fire()} waits, for the connector to report a failure. */
    private static final Duration CONFIRM_GRACE = Duration.ofSeconds(5);

    private final EventTypes eventTypes = new EventTypes();
    private final ApiTypes apiTypes = new ApiTypes();
    private final JsonCodec codec = new JsonCodec();
    private final BusActivity activity = new BusActivity();

    @Inject
    Instance<Config> configBean;

    @Inject
    BusComponents components;

    /** The application's beans, where its {@code OpenTelemetry} bean may be. */
    @Inject
    Instance<Object> beans;

    private volatile Connected connected;
    private volatile IncomingChannels incomingChannels;

    /** What exists once connected. */
    private record Connected(Transport transport, RuntimeSettings settings, String serviceName,
            ExecutorService callbacks, RpcClient rpcClient, Contracts contracts, EventEncoder encoder) {
    }

    /**
     * @return the transport, connecting first if needed
     */
    public Transport transport() {
        return connected().transport();
    }

    /**
     * @return the settings; connects first if needed
     */
    public RuntimeSettings settings() {
        return connected().settings();
    }

    /**
     * @return this application's service name; connects first if needed
     */
    public String serviceName() {
        return connected().serviceName();
    }

    /**
     * @return the client for remote procedure calls; connects first if needed
     */
    RpcClient rpcClient() {
        return connected().rpcClient();
    }

    /**
     * @return the application's contracts; connects first if needed
     */
    Contracts contracts() {
        return connected().contracts();
    }

    /**
     * @return the incoming Reactive Messaging channels on the bus, resolved once from the configuration
     */
    IncomingChannels incomingChannels() {
        IncomingChannels current = incomingChannels;
        if (current == null) {
            synchronized (this) {
                if (incomingChannels == null) {
                    Set<String> listenerNames = new TreeSet<>();
                    components.listenerBeans().forEach(bean -> ListenerMethods.scan(ApplicationClasses.load(bean))
                            .listeners().forEach(listener -> listenerNames.add(listener.listenerName())));
                    incomingChannels = IncomingChannels.resolve(config(), components.channelConsumers(), listenerNames,
                            eventTypes);
                }
                current = incomingChannels;
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
     * @return what this instance published and received, for its description
     */
    BusActivity activity() {
        return activity;
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

    @Override
    public CompletionStage<Void> publish(Object event) {
        Objects.requireNonNull(event, "event");
        Connected current = connected();
        OutgoingEvent outgoing;
        CompletableFuture<Void> confirmed;
        try {
            outgoing = outgoing(event);
            confirmed = current.transport().publish(outgoing).toCompletableFuture();
        } catch (LightbusException e) {
            outgoing = null;
            confirmed = CompletableFuture.failedFuture(e);
        }
        OutgoingEvent sent = outgoing;
        // completed on the application's callback threads, with the transport's exception itself (a dependent stage
        // such as whenCompleteAsync would wrap it in a CompletionException)
        CompletableFuture<Void> result = new CompletableFuture<>();
        confirmed.whenComplete((nothing, failure) -> {
            if (failure == null) {
                activity.published(sent.api(), sent.eventName());
            }
            try {
                current.callbacks().execute(() -> settle(result, failure));
            } catch (RejectedExecutionException e) { // the application is stopping
                settle(result, failure);
            }
        });
        return result;
    }

    private static void settle(CompletableFuture<Void> result, Throwable failure) {
        if (failure == null) {
            result.complete(null);
        } else {
            result.completeExceptionally(failure instanceof CompletionException wrapped && wrapped.getCause() != null
                    ? wrapped.getCause() : failure);
        }
    }

    /**
     * Publishes an event and waits for the broker's confirm, at most {@link RuntimeSettings#publishBound()} and a grace
     * period.
     *
     * @param event
     *            the event
     *
     * @throws LightbusException
     *             if the object is not a valid bus event or cannot be encoded
     * @throws PublishException
     *             if the broker did not take it
     */
    void publishAndWait(Object event) {
        OutgoingEvent outgoing = outgoing(Objects.requireNonNull(event, "event"));
        Duration wait = transport().publishBound().plus(CONFIRM_GRACE);
        try {
            transport().publish(outgoing).toCompletableFuture().get(wait.toMillis(), TimeUnit.MILLISECONDS);
            activity.published(outgoing.api(), outgoing.eventName());
        } catch (ExecutionException e) {
            throw e.getCause() instanceof RuntimeException cause ? cause : new IllegalStateException(e.getCause());
        } catch (TimeoutException e) {
            throw notConfirmed(outgoing, "no confirm within " + wait.toMillis() + " ms", e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw notConfirmed(outgoing, "interrupted while waiting for the confirm", e);
        }
    }

    private OutgoingEvent outgoing(Object event) {
        return connected().encoder().encode(event);
    }

    private static PublishException notConfirmed(OutgoingEvent event, String reason, Exception cause) {
        String message = MESSAGES.publishFailed(event.api() + "." + event.eventName(), reason);
        return new PublishException(ErrorCodes.codeOf(message), message, event.api(), event.eventName(),
                event.messageId(), cause);
    }

    private Connected connected() {
        Connected current = connected;
        if (current == null) {
            synchronized (this) {
                if (connected == null) {
                    connected = connect();
                }
                current = connected;
            }
        }
        return current;
    }

    /**
     * Checks every configuration key that applies to the application, before it connects.
     *
     * @param names
     *            the application's listeners, APIs and procedures
     *
     * @throws LightbusException
     *             listing every invalid value
     */
    void checkConfiguration(ApplicationNames names) {
        IncomingChannels channels = incomingChannels();
        if (!channels.problems().isEmpty()) {
            throw BusErrors.exception(String.join("\n", channels.problems()), null);
        }
        Set<String> listeners = new TreeSet<>();
        Set<String> apis = new TreeSet<>();
        channels.all().forEach(channel -> {
            listeners.add(channel.listenerName());
            apis.add(channel.api());
        });
        ConfigurationCheck.run(config(), factory(), names.withListeners(listeners, apis));
    }

    private Config config() {
        return configBean.isResolvable() ? configBean.get() : ConfigProvider.getConfig();
    }

    private Connected connect() {
        Config config = config();
        RuntimeSettings settings = new RuntimeSettings(config);
        String serviceName = settings.serviceName();
        TransportFactory factory = factory();
        Transport transport = instrument(factory.create(config, serviceName), factory, settings);
        // bounded: at most CALLBACK_THREADS run application callbacks at once, the others wait their turn
        ThreadPoolExecutor callbacks = new ThreadPoolExecutor(CALLBACK_THREADS, CALLBACK_THREADS, 60, TimeUnit.SECONDS,
                new LinkedBlockingQueue<>(), daemonThreads("lightbus-" + serviceName + "-callback-"));
        callbacks.allowCoreThreadTimeOut(true);
        SchemaGenerator generator = new SchemaGenerator();
        LocalContracts local = LocalContracts.of(components, settings.ownedApis(), incomingChannels().all(), eventTypes,
                apiTypes);
        Contracts contracts = new Contracts(local.owned(), local.schemas(generator), generator, settings::validation);
        return new Connected(transport, settings, serviceName, callbacks,
                new RpcClient(transport, settings, codec, serviceName, callbacks, contracts), contracts,
                new EventEncoder(eventTypes, codec, contracts, serviceName));
    }

    /** The transport traced and measured with OpenTelemetry, where it is present and not turned off. */
    private Transport instrument(Transport transport, TransportFactory factory, RuntimeSettings settings) {
        Telemetry.Application application = new Telemetry.Application(factory.name(), settings.namespace(),
                this::errorCode, ErrorCodes.codeOf(MESSAGES.unknownProcedure("", "", "")));
        Telemetry.Instrumented instrumented = Telemetry.instrument(transport, settings.telemetryEnabled(), beans,
                application);
        instrumented.source().ifPresent(
                source -> RuntimeLog.LOG.telemetryOn(settings.serviceName(), source, LightbusConfig.TELEMETRY_ENABLED));
        instrumented.noop().ifPresent(source -> RuntimeLog.LOG.telemetryNoop(settings.serviceName(), source));
        return instrumented.transport();
    }

    private String errorCode(byte[] errorReply) {
        try {
            return codec.decodeError(errorReply).code();
        } catch (IOException e) {
            return null;
        }
    }

    @PreDestroy
    void close() {
        Connected current = connected;
        if (current != null) {
            current.transport().close();
            current.callbacks().shutdown();
        }
    }

    private TransportFactory factory() {
        // the library's own loader first, for the same reason as ApplicationClasses
        return TransportChoice.choose(TransportFactories.available(BusConnection.class.getClassLoader()),
                config().getOptionalValue(LightbusConfig.TRANSPORT, String.class));
    }

    private static java.util.concurrent.ThreadFactory daemonThreads(String prefix) {
        AtomicInteger count = new AtomicInteger();
        return task -> {
            Thread thread = new Thread(task, prefix + count.incrementAndGet());
            thread.setDaemon(true);
            return thread;
        };
    }
}
