package org.lightbus.cdi.runtime;

import java.util.ArrayList;
import java.util.List;

import jakarta.annotation.PreDestroy;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.context.BeforeDestroyed;
import jakarta.enterprise.context.Initialized;
import jakarta.enterprise.context.control.RequestContextController;
import jakarta.enterprise.event.Observes;
import jakarta.enterprise.event.Shutdown;
import jakarta.enterprise.event.Startup;
import jakarta.enterprise.inject.Instance;
import jakarta.inject.Inject;

import org.lightbus.cdi.model.ApiType;
import org.lightbus.cdi.model.EventType;
import org.lightbus.cdi.model.ListenerDefinition;
import org.lightbus.spi.ListenerHandle;
import org.lightbus.spi.ListenerSpec;
import org.lightbus.spi.RpcServerSpec;
import org.lightbus.spi.Transport;

/**
 * Connects to the bus when the container has started and registers every listener with the transport; stops them when
 * the container shuts down, before the connection closes.
 */
@ApplicationScoped
public class BusLifecycle {

    @Inject
    BusConnection bus;

    @Inject
    ListenerRegistry registry;

    @Inject
    RpcServerRegistry servers;

    @Inject
    Instance<RequestContextController> requestContexts;

    private final List<ListenerHandle> handles = new ArrayList<>();
    private boolean started;

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
        Transport transport = bus.transport();
        RuntimeSettings settings = bus.settings();
        List<String> names = new ArrayList<>();
        for (ListenerRegistry.Entry entry : registry.entries()) {
            ListenerDefinition definition = entry.definition();
            EventType type = bus.eventTypes().inspect(definition.eventClass()).eventType();
            ListenerSpec spec = new ListenerSpec(bus.serviceName(), definition.listenerName(), type.api(), type.name(),
                    settings.retryPolicy(definition.listenerName()), settings.prefetch(definition.listenerName()));
            ListenerDispatcher dispatcher = new ListenerDispatcher(definition, type, entry.invoker(), bus.codec(),
                    requestContexts);
            synchronized (handles) {
                handles.add(transport.listen(spec, dispatcher));
            }
            names.add(definition.listenerName() + " <- " + type.fullName());
        }
        for (RpcServerRegistry.Entry entry : servers.entries()) {
            ApiType api = bus.apiTypes().inspect(entry.api()).apiType();
            RpcServerSpec spec = new RpcServerSpec(bus.serviceName(), api.name(), settings.rpcConcurrency(api.name()),
                    settings.rpcPrefetch(api.name()), settings.drainTimeout());
            RpcDispatcher dispatcher = new RpcDispatcher(api, entry.invokers(), bus.codec(), requestContexts);
            synchronized (handles) {
                handles.add(transport.serve(spec, dispatcher));
            }
            names.add(entry.bean() + " serves " + api.name());
        }
        RuntimeLog.LOG.started(bus.serviceName(), names.size(), String.join(", ", names));
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

    @PreDestroy
    void stop() {
        synchronized (handles) {
            handles.forEach(ListenerHandle::close);
            handles.clear();
        }
    }
}
