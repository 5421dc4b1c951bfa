package org.lightbus.cdi.runtime;

import java.util.ArrayList;
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
 * {@value #CHANNELS}, {@value #CHANNEL_PAYLOADS} and {@value #CHANNEL_CONSUMERS}, the parts of each
 * {@link ChannelConsumer} at the same position.
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
    /** Parameter: the incoming Reactive Messaging channels that something consumes. */
    public static final String CHANNELS = "channels";
    /** Parameter: the payload type the consumer of each channel of {@link #CHANNELS} declares. */
    public static final String CHANNEL_PAYLOADS = "channel-payloads";
    /** Parameter: the consumer of each channel of {@link #CHANNELS}, for messages. */
    public static final String CHANNEL_CONSUMERS = "channel-consumers";

    /**
     * @return the parameters {@link #CHANNELS}, {@link #CHANNEL_PAYLOADS} and {@link #CHANNEL_CONSUMERS} of the
     *         consumers, in this order
     */
    public static String[][] channelParameters(List<ChannelConsumer> consumers) {
        return new String[][] { consumers.stream().map(ChannelConsumer::channel).toArray(String[]::new),
                consumers.stream().map(ChannelConsumer::payloadType).toArray(String[]::new),
                consumers.stream().map(ChannelConsumer::where).toArray(String[]::new) };
    }

    @Override
    public BusComponents create(Instance<Object> lookup, Parameters params) {
        String[] apis = params.get(SERVED_APIS, String[].class);
        String[] beans = params.get(SERVER_BEANS, String[].class);
        Map<String, String> servers = new LinkedHashMap<>();
        for (int i = 0; i < apis.length; i++) {
            servers.put(apis[i], beans[i]);
        }
        String[] channels = params.get(CHANNELS, String[].class);
        String[] payloads = params.get(CHANNEL_PAYLOADS, String[].class);
        String[] where = params.get(CHANNEL_CONSUMERS, String[].class);
        List<ChannelConsumer> consumers = new ArrayList<>();
        for (int i = 0; i < channels.length; i++) {
            consumers.add(new ChannelConsumer(channels[i], payloads[i], where[i]));
        }
        return new BusComponents(List.of(params.get(LISTENER_BEANS, String[].class)), servers,
                List.of(params.get(CLIENT_APIS, String[].class)), List.of(params.get(FIRED_EVENTS, String[].class)),
                consumers);
    }
}
