package org.lightbus.cdi.runtime;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Map;
import java.util.Set;

import org.eclipse.microprofile.config.Config;
import org.junit.jupiter.api.Test;
import org.lightbus.api.BusEvent;
import org.lightbus.cdi.model.EventTypes;
import org.lightbus.cdi.runtime.IncomingChannel.Payload;

import io.smallrye.config.PropertiesConfigSource;
import io.smallrye.config.SmallRyeConfigBuilder;

/**
 * Which incoming channels are on the bus, what they deliver, and the error for each way their configuration and their
 * consumers can disagree.
 */
class IncomingChannelsTest {

    @BusEvent(api = "auth", name = "user_signed_up")
    record UserSignedUp(String username) {
    }

    private static final String WELCOME = "org.example.Mailer.welcome()";

    @Test
    void aConsumerThatTakesTheRecordNamesTheEventAndTheChannelNamesTheListener() {
        IncomingChannels channels = resolve(Map.of("mp.messaging.incoming.welcome.connector", "lightbus"),
                List.of(new ChannelConsumer("welcome", UserSignedUp.class.getName(), WELCOME)));

        assertThat(channels.problems()).isEmpty();
        IncomingChannel channel = channels.get("welcome").orElseThrow();
        assertThat(channel.listenerName()).isEqualTo("welcome");
        assertThat(channel.fullEventName()).isEqualTo("auth.user_signed_up");
        assertThat(channel.payload()).isEqualTo(Payload.RECORD);
        assertThat(channel.eventType().type()).isEqualTo(UserSignedUp.class);
    }

    @Test
    void aChannelOfTextOrBytesNamesItsEventAndMayNameItsListener() {
        IncomingChannels channels = resolve(
                Map.of("mp.messaging.incoming.audit.connector", "lightbus", "mp.messaging.incoming.audit.api", "auth",
                        "mp.messaging.incoming.audit.event", "user_signed_up", "mp.messaging.incoming.raw.connector",
                        " lightbus ", "mp.messaging.incoming.raw.api", "auth", "mp.messaging.incoming.raw.event",
                        "user_signed_up", "mp.messaging.incoming.raw.listener", "Raw.signups",
                        "mp.messaging.incoming.other.connector", "smallrye-rabbitmq"),
                List.of(new ChannelConsumer("audit", String.class.getName(), WELCOME),
                        new ChannelConsumer("raw", "byte[]", WELCOME),
                        new ChannelConsumer("other", Integer.class.getName(), WELCOME)));

        assertThat(channels.problems()).isEmpty();
        assertThat(channels.all()).extracting(IncomingChannel::channel).containsExactly("audit", "raw");
        assertThat(channels.get("audit").orElseThrow().payload()).isEqualTo(Payload.JSON);
        assertThat(channels.get("raw").orElseThrow().payload()).isEqualTo(Payload.BYTES);
        assertThat(channels.get("raw").orElseThrow().listenerName()).isEqualTo("Raw.signups");
    }

    @Test
    void aChannelWhoseConsumerTakesTextMustNameItsEvent() {
        IncomingChannels channels = resolve(
                Map.of("mp.messaging.incoming.audit.connector", "lightbus", "mp.messaging.incoming.audit.api", "auth"),
                List.of(new ChannelConsumer("audit", String.class.getName(), WELCOME)));

        assertThat(channels.all()).isEmpty();
        assertThat(channels.problems()).containsExactly("LBUS02021: Channel audit is on connector lightbus but does "
                + "not say which event it receives: set mp.messaging.incoming.audit.api and "
                + "mp.messaging.incoming.audit.event, or let its consumer take the event's @BusEvent record");
    }

    @Test
    void aPayloadTheBusCannotDeliverIsReportedWithItsConsumer() {
        IncomingChannels channels = resolve(Map.of("mp.messaging.incoming.welcome.connector", "lightbus"),
                List.of(new ChannelConsumer("welcome", Integer.class.getName(), WELCOME)));

        assertThat(channels.problems()).singleElement().asString().startsWith(
                "LBUS02020: Channel welcome is on connector lightbus, but org.example.Mailer.welcome() takes "
                        + "java.lang.Integer.");
    }

    @Test
    void theConfigurationMustAgreeWithTheRecordTheConsumerTakes() {
        IncomingChannels channels = resolve(
                Map.of("mp.messaging.incoming.welcome.connector", "lightbus", "mp.messaging.incoming.welcome.event",
                        "user_signed_out"),
                List.of(new ChannelConsumer("welcome", UserSignedUp.class.getName(), WELCOME)));

        assertThat(channels.problems()).containsExactly("LBUS02022: Channel welcome has "
                + "mp.messaging.incoming.welcome.event=user_signed_out, but org.example.Mailer.welcome() takes "
                + UserSignedUp.class.getName() + ", which is event auth.user_signed_up: remove the key, or correct it");
    }

    @Test
    void consumersOfOneChannelMustTakeOneType() {
        IncomingChannels channels = resolve(Map.of("mp.messaging.incoming.welcome.connector", "lightbus"), List.of(
                new ChannelConsumer("welcome", UserSignedUp.class.getName(), WELCOME),
                new ChannelConsumer("welcome", String.class.getName(), "org.example.Audit (injected @Channel)")));

        assertThat(channels.problems()).singleElement().asString()
                .startsWith("LBUS02019: Channel welcome is on connector lightbus, and its consumers declare different "
                        + "payloads: org.example.Mailer.welcome() takes " + UserSignedUp.class.getName()
                        + ", org.example.Audit (injected @Channel) takes java.lang.String.");
    }

    @Test
    void aListenerNameIsTakenOnceInAService() {
        IncomingChannels channels = resolve(
                Map.of("mp.messaging.incoming.welcome.connector", "lightbus", "mp.messaging.incoming.welcome.listener",
                        "Mailer.welcome", "mp.messaging.incoming.bad.connector", "lightbus",
                        "mp.messaging.incoming.bad.listener", "Mailer.dlq"),
                List.of(new ChannelConsumer("welcome", UserSignedUp.class.getName(), WELCOME),
                        new ChannelConsumer("bad", UserSignedUp.class.getName(), WELCOME)));

        assertThat(channels.problems()).containsExactly(
                "LBUS02023: The value 'Mailer.dlq' of mp.messaging.incoming.bad.listener is not a valid listener "
                        + "name: use letters, digits, '.', '_' and '-', not ending in .retry or .dlq",
                "LBUS02024: Listener name 'Mailer.welcome' of channel welcome is also the name of a @Bus listener "
                        + "method. Listener names must be unique in a service: set "
                        + "mp.messaging.incoming.welcome.listener to another name");
    }

    private static IncomingChannels resolve(Map<String, String> properties, List<ChannelConsumer> consumers) {
        Config config = new SmallRyeConfigBuilder().withSources(new PropertiesConfigSource(properties, "test", 500))
                .build();
        return IncomingChannels.resolve(config, consumers, Set.of("Mailer.welcome"), new EventTypes());
    }
}
