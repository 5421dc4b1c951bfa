package org.lightbus.messaging;

import java.util.concurrent.Flow;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;

import org.eclipse.microprofile.config.Config;
import org.eclipse.microprofile.reactive.messaging.Message;
import org.eclipse.microprofile.reactive.messaging.spi.Connector;
import org.lightbus.api.EventPublisher;

import io.smallrye.reactive.messaging.connector.OutboundConnector;

/**
 * The Reactive Messaging connector {@value #NAME}: outgoing channels publish bus events.
 */
@ApplicationScoped
@Connector(LightbusConnector.NAME)
public class LightbusConnector implements OutboundConnector {

    /** The connector's name, for {@code mp.messaging.outgoing.<channel>.connector}. */
    public static final String NAME = "lightbus";

    @Inject
    EventPublisher publisher;

    @Override
    public Flow.Subscriber<? extends Message<?>> getSubscriber(Config config) {
        return new PublishingSubscriber(publisher, ChannelSettings.outgoing(config));
    }
}
