package org.lightbus.cdi.runtime;

import static org.lightbus.cdi.runtime.RuntimeMessages.MESSAGES;

import java.io.IOException;
import java.nio.charset.StandardCharsets;

import org.lightbus.cdi.codec.JsonCodec;
import org.lightbus.spi.DeliveryHandler;
import org.lightbus.spi.IncomingEvent;
import org.lightbus.spi.UndecodableEventException;

/**
 * Turns one delivered message into a payload of an incoming channel, as the channel's consumer declares it, and hands
 * it with its {@link org.lightbus.api.EventContext} to the channel. What the channel throws propagates to the
 * transport, which retries, dead-letters or requeues the event.
 */
final class ChannelDispatcher implements DeliveryHandler {

    private final IncomingChannel channel;
    private final JsonCodec codec;
    private final EventReader reader;
    private final ChannelSink sink;

    ChannelDispatcher(IncomingChannel channel, JsonCodec codec, Contracts contracts, ChannelSink sink) {
        this.channel = channel;
        this.codec = codec;
        this.reader = channel.eventType() == null ? null : new EventReader(channel.eventType(), codec, contracts);
        this.sink = sink;
    }

    @Override
    public void handle(IncomingEvent event) throws Exception {
        DeliveredEventContext context = EventReader.context(event, channel.api(), channel.eventName());
        Object payload = switch (channel.payload()) {
        case RECORD -> reader.decode(event.body());
        case JSON -> json(event.body());
        case BYTES -> event.body();
        };
        sink.accept(payload, context);
    }

    /** The body as text, once it is known to be JSON. */
    private String json(byte[] body) {
        try {
            if (codec.readTree(body).isMissingNode()) {
                throw new IOException("the body is empty");
            }
        } catch (IOException e) {
            throw new UndecodableEventException(
                    MESSAGES.undecodableBody(channel.fullEventName(), "JSON", EventReader.reason(e)), e);
        }
        return new String(body, StandardCharsets.UTF_8);
    }
}
