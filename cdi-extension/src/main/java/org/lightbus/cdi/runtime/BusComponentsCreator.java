package org.lightbus.cdi.runtime;

import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import jakarta.enterprise.inject.Instance;
import jakarta.enterprise.inject.build.compatible.spi.Parameters;
import jakarta.enterprise.inject.build.compatible.spi.SyntheticBeanCreator;

/**
 * Creates the {@link BusComponents} bean from the extension's parameters: {@value #LISTENER_BEANS}, an array of class
 * names, {@value #SERVED_APIS} and {@value #SERVER_BEANS}, arrays of interface and bean class names of equal length,
 * {@value #CLIENT_APIS}, an array of interface names, {@value #FIRED_EVENTS}, an array of event class names, and
 * {@value #CHANNEL_CONSUMERS}, the encoded {@link ChannelConsumer}s.
 */
public class BusComponentsCreator implements SyntheticBeanCreator<BusComponents> {

    /** Parameter: the classes of the beans that declare listener methods. */
    public static final String LISTENER_BEANS = "listener-beans";
    /** Parameter: the served {@code @BusApi} interfaces. */
    public static final String SERVED_APIS = "served-apis";
    /** Parameter: the bean serving each interface of {@link #SERVED_APIS}, at the same position. */
    public static final String SERVER_BEANS = "server-beans";
    /** Parameter: the {@code @BusApi} interfaces injected as clients. */
    public static final String CLIENT_APIS = "client-apis";
    /** Parameter: the {@code @BusEvent} types injected as {@code @Bus Event<T>}. */
    public static final String FIRED_EVENTS = "fired-events";
    /** Parameter: what consumes each incoming Reactive Messaging channel, {@link ChannelConsumer#encoded()}. */
    public static final String CHANNEL_CONSUMERS = "channel-consumers";

    @Override
    public BusComponents create(Instance<Object> lookup, Parameters params) {
        String[] apis = params.get(SERVED_APIS, String[].class);
        String[] beans = params.get(SERVER_BEANS, String[].class);
        Map<String, String> servers = new LinkedHashMap<>();
        for (int i = 0; i < apis.length; i++) {
            servers.put(apis[i], beans[i]);
        }
        List<ChannelConsumer> consumers = Arrays.stream(params.get(CHANNEL_CONSUMERS, String[].class))
                .map(ChannelConsumer::decode).toList();
        return new BusComponents(List.of(params.get(LISTENER_BEANS, String[].class)), servers,
                List.of(params.get(CLIENT_APIS, String[].class)), List.of(params.get(FIRED_EVENTS, String[].class)),
                consumers);
    }
}
