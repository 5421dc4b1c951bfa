package org.lightbus.cdi.runtime;

import static org.lightbus.cdi.runtime.RuntimeMessages.MESSAGES;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.Consumer;

import jakarta.annotation.PreDestroy;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.context.BeforeDestroyed;
import jakarta.enterprise.context.Initialized;
import jakarta.enterprise.context.control.RequestContextController;
import jakarta.enterprise.event.Observes;
import jakarta.enterprise.event.Shutdown;
import jakarta.enterprise.event.Startup;
import jakarta.enterprise.inject.Instance;
import jakarta.enterprise.inject.spi.BeanManager;
import jakarta.inject.Inject;

import org.lightbus.api.LightbusConfig;
import org.lightbus.spi.Announcement;
import org.lightbus.spi.ListenerHandle;
import org.lightbus.spi.ListenerSpec;
import org.lightbus.spi.RpcServerSpec;
import org.lightbus.spi.Transport;

/**
 * Connects to the bus when the container has started, binds the listeners and servers found at deployment to their
 * beans and registers them with the transport; stops them when the container shuts down, before the connection closes.
 */
@ApplicationScoped
public class BusLifecycle {

    @Inject
    BusConnection bus;

    @Inject
    BusComponents components;

    @Inject
    BeanManager beanManager;

    @Inject
    @BusComponent
    Instance<Object> busComponents;

    @Inject
    Instance<RequestContextController> requestContexts;

    private final List<ListenerHandle> handles = new ArrayList<>();
    /** The listeners (and incoming channels) and the APIs served now, for {@link #health()} and the description. */
    private final Map<String, InstanceDescriber.ListenerEntry> listening = new ConcurrentHashMap<>();
    private final Set<String> serving = ConcurrentHashMap.newKeySet();
    private volatile boolean running;
    private boolean started;
    private ListenerHandle schemaSharing;
    private RequestScopes requestScopes;
    private Announcement announcement;

    void onStartup(@Observes Startup startup) {
        start();
    }

    /**
     * Some containers (embedded test containers among them) fire only the older application-scope initialization event;
     * starting twice is a no-op.
     */
    void onApplicationScopeInitialized(@Observes @Initialized(ApplicationScoped.class) Object event) {
        start();
    }

    private void start() {
        synchronized (handles) {
            if (started) {
                return;
            }
            started = true;
        }
        try {
            startAll();
        } catch (RuntimeException e) {
            stop(); // a partly started application must not keep consuming
            throw e;
        }
    }

    private void startAll() {
        Bindings bindings = Bindings.resolve(components, beanManager, busComponents, bus.eventTypes(), bus.apiTypes());
        bus.checkConfiguration(bindings.names());
        Transport transport = bus.transport();
        RuntimeSettings settings = bus.settings();
        Contracts contracts = bus.contracts();
        requestScopes = new RequestScopes(requestContexts);
        shareSchemas(transport, contracts, settings);
        bindings.clients().forEach(api -> bus.rpcClient().configure(api));
        List<String> names = new ArrayList<>();
        for (Bindings.Listener listener : bindings.listeners()) {
            String name = listener.definition().listenerName();
            ListenerSpec spec = new ListenerSpec(bus.serviceName(), name, listener.type().api(), listener.type().name(),
                    settings.retryPolicy(name), settings.prefetch(name), settings.maxMessageSize(name));
            ListenerDispatcher dispatcher = new ListenerDispatcher(listener.definition(), listener.type(),
                    listener.method(), bus.codec(), requestScopes, contracts);
            synchronized (handles) {
                handles.add(transport.listen(spec, bus.activity().observe(name, dispatcher)));
            }
            listening.put(name, new InstanceDescriber.ListenerEntry(spec.api(), spec.eventName()));
            names.add(name + " <- " + listener.type().fullName());
        }
        for (Bindings.Server server : bindings.servers()) {
            String api = server.api().name();
            RpcServerSpec spec = new RpcServerSpec(bus.serviceName(), api, settings.rpcConcurrency(api),
                    settings.rpcPrefetch(api), settings.drainTimeout(), settings.rpcMaxMessageSize(api));
            RpcDispatcher dispatcher = new RpcDispatcher(server.api(), server.methods(), bus.codec(), requestScopes,
                    contracts);
            synchronized (handles) {
                handles.add(transport.serve(spec, dispatcher));
            }
            serving.add(api);
            names.add(server.bean() + " serves " + api);
        }
        announce(transport, bindings);
        running = true;
        RuntimeLog.LOG.started(bus.serviceName(), names.size(), String.join(", ", names));
    }

    /**
     * Starts the listener of an incoming Reactive Messaging channel on the bus: its queue, bound to the channel's
     * event, with the retries and dead letters of a listener of that name. Starts the bus first if it has not started
     * yet. The listener stops when the handle is closed, or with the application.
     *
     * @param channel
     *            the channel's name; its configuration says {@code connector=lightbus}
     * @param sink
     *            takes the channel's events, one at a time
     *
     * @return a handle that stops the listener
     *
     * @throws org.lightbus.api.LightbusException
     *             if the channel is not on the bus, or the bus cannot start
     */
    public ListenerHandle listen(String channel, ChannelSink sink) {
        start();
        IncomingChannel incoming = bus.incomingChannels().get(channel).orElseThrow(() -> BusErrors.exception(
                MESSAGES.notABusChannel(channel, LightbusConfig.incomingChannel(channel, "connector")), null));
        RuntimeSettings settings = bus.settings();
        String name = incoming.listenerName();
        ListenerSpec spec = new ListenerSpec(bus.serviceName(), name, incoming.api(), incoming.eventName(),
                settings.retryPolicy(name), settings.prefetch(name), settings.maxMessageSize(name));
        ListenerHandle listener = bus.transport().listen(spec,
                bus.activity().observe(name, new ChannelDispatcher(incoming, bus.codec(), bus.contracts(), sink)));
        ListenerHandle handle = new ListenerHandle() {
            @Override
            public void close() {
                synchronized (handles) {
                    handles.remove(this);
                }
                listening.remove(name);
                sink.stop();
                listener.close();
                announced(Announcement::changed);
            }
        };
        synchronized (handles) {
            handles.add(handle);
        }
        listening.put(name, new InstanceDescriber.ListenerEntry(spec.api(), spec.eventName()));
        announced(Announcement::changed);
        RuntimeLog.LOG.channelStarted(bus.serviceName(), channel, name, incoming.fullEventName());
        return handle;
    }

    /**
     * Publishes the schemas of the owned APIs and loads those of the used ones, waiting for them at most the load
     * timeout, then compares the application's contracts with them.
     *
     * @throws org.lightbus.api.LightbusException
     *             if a strict API's contract is incompatible
     */
    private void shareSchemas(Transport transport, Contracts contracts, RuntimeSettings settings) {
        ListenerHandle sharing = transport.shareSchemas(contracts.ownedSchemas(), contracts.wanted(),
                contracts::received);
        synchronized (handles) {
            schemaSharing = sharing;
        }
        if (!contracts.wanted().isEmpty()) {
            contracts.awaitPublished(settings.schemaLoadTimeout());
        }
        contracts.checkAtStart();
    }

    /**
     * Makes this instance known to the operators' tools: its parts now, and its listeners as they change.
     */
    private void announce(Transport transport, Bindings bindings) {
        Set<String> calls = new TreeSet<>();
        bindings.clients().forEach(api -> calls.add(api.name()));
        InstanceDescriber.Parts parts = new InstanceDescriber.Parts(bus.contracts().ownedSchemas().keySet(),
                Set.copyOf(serving), calls, () -> new TreeMap<>(listening));
        Announcement started = transport.announce(
                new InstanceDescriber(bus.serviceName(), parts, transport::health, bus.activity(), bus.codec()));
        synchronized (handles) {
            announcement = started;
        }
    }

    private void announced(Consumer<Announcement> action) {
        Announcement current;
        synchronized (handles) {
            current = announcement;
        }
        if (current != null) {
            action.accept(current);
        }
    }

    void onShutdown(@Observes Shutdown shutdown) {
        stop();
    }

    /**
     * Stops while the beans that listeners and servers call still exist: containers fire this before they destroy the
     * application scope, in no defined order with the {@code @PreDestroy} of other beans.
     */
    void onApplicationScopeEnding(@Observes @BeforeDestroyed(ApplicationScoped.class) Object event) {
        stop();
    }

    /**
     * @return how the bus is now: live while it runs, ready while it is connected and every listener, incoming channel
     *         and server consumes; not ready before it has started and once it has stopped
     */
    public HealthReport health() {
        if (!running) {
            return HealthReport.notRunning();
        }
        return HealthReport.of(bus.serviceName(), bus.transport().health(), new TreeSet<>(listening.keySet()),
                new TreeSet<>(serving));
    }

    @PreDestroy
    void stop() {
        running = false;
        synchronized (handles) {
            if (schemaSharing != null) {
                schemaSharing.close();
                schemaSharing = null;
            }
            if (announcement != null) {
                announcement.close();
                announcement = null;
            }
            if (handles.isEmpty()) {
                return;
            }
            List<ListenerHandle> running = List.copyOf(handles); // a channel's handle removes itself
            running.forEach(ListenerHandle::close);
            if (requestScopes != null) { // null when the start failed before the listeners
                requestScopes.close();
            }
            RuntimeLog.LOG.stopped(bus.serviceName(), running.size());
            handles.clear();
            listening.clear();
            serving.clear();
        }
    }
}
