package org.lightbus.cdi.runtime;

import java.util.List;
import java.util.Map;

/**
 * What the extension found at deployment, by class name: the beans that declare bus listeners, the bean that serves
 * each API, and the APIs the application calls. Names, not classes, because on Quarkus this bean's class may be loaded
 * apart from the application's classes; {@link BusLifecycle} loads them when the application starts.
 *
 * @param listenerBeans
 *            the classes of the beans that declare listener methods
 * @param servers
 *            the class of the bean serving each {@code @BusApi} interface, by interface name
 * @param clients
 *            the {@code @BusApi} interfaces injected as {@code @Bus} clients
 * @param firedEvents
 *            the {@code @BusEvent} records injected as {@code @Bus Event<T>}
 * @param channelConsumers
 *            what consumes each incoming Reactive Messaging channel, whatever its connector
 */
public record BusComponents(List<String> listenerBeans, Map<String, String> servers, List<String> clients,
        List<String> firedEvents, List<ChannelConsumer> channelConsumers) {

    /** Copies the components. */
    public BusComponents {
        listenerBeans = List.copyOf(listenerBeans);
        servers = Map.copyOf(servers);
        clients = List.copyOf(clients);
        firedEvents = List.copyOf(firedEvents);
        channelConsumers = List.copyOf(channelConsumers);
    }
}
