package org.lightbus.messaging;

import java.util.concurrent.Flow;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;

import org.eclipse.microprofile.config.Config;
import org.eclipse.microprofile.reactive.messaging.Message;
import org.eclipse.microprofile.reactive.messaging.spi.Connector;
import org.lightbus.api.EventPublisher;
import org.lightbus.api.LightbusConfig;
import org.lightbus.cdi.runtime.BusLifecycle;

import io.smallrye.reactive.messaging.annotations.ConnectorAttribute;
import io.smallrye.reactive.messaging.annotations.ConnectorAttribute.Direction;
import io.smallrye.reactive.messaging.connector.InboundConnector;
import io.smallrye.reactive.messaging.connector.OutboundConnector;

/**
 * The Reactive Messaging connector {@value #NAME}: an incoming channel is a listener of the application's service, an
 * outgoing channel publishes bus events. See the package documentation.
 */
@ApplicationScoped
@Connector(LightbusConnector.NAME)
@ConnectorAttribute(name = LightbusConfig.CHANNEL_API, direction = Direction.INCOMING, type = "string", description = "The API whose event the channel receives; required unless the consumer takes the event's "
        + "@BusEvent record")
@ConnectorAttribute(name = LightbusConfig.CHANNEL_EVENT, direction = Direction.INCOMING, type = "string", description = "The event name within the API; required unless the consumer takes the event's @BusEvent record")
@ConnectorAttribute(name = LightbusConfig.CHANNEL_LISTENER, direction = Direction.INCOMING, type = "string", description = "The channel's listener name in the application's service (its queue, its "
        + "lightbus.listener.<listener>.* settings); default: the channel's name")
@ConnectorAttribute(name = LightbusConfig.CHANNEL_MAX_IN_FLIGHT, direction = Direction.OUTGOING, type = "int", defaultValue = "256", description = "How many messages of the channel may wait for the broker's confirm at once")
public class LightbusConnector implements InboundConnector, OutboundConnector {

    /** The connector's name, for {@code mp.messaging.[incoming|outgoing].<channel>.connector}. */
    public static final String NAME = LightbusConfig.CONNECTOR;

    @Inject
    EventPublisher publisher;

    @Inject
    BusLifecycle bus;

    @Override
    public Flow.Publisher<? extends Message<?>> getPublisher(Config config) {
        String name = ChannelSettings.channelName(config);
        IncomingChannelPublisher channel = new IncomingChannelPublisher(name);
        channel.listeningWith(bus.listen(name, channel));
        return channel;
    }

    @Override
    public Flow.Subscriber<? extends Message<?>> getSubscriber(Config config) {
        return new PublishingSubscriber(publisher, ChannelSettings.outgoing(config));
    }
}
