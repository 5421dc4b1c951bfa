package org.lightbus.connector.rabbitmq.it;

import static org.assertj.core.api.Assertions.assertThat;
import static org.lightbus.connector.rabbitmq.it.BrokerFixture.event;

import java.time.Duration;
import java.util.Map;
import java.util.concurrent.CompletableFuture;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.lightbus.api.LightbusException;
import org.lightbus.api.PublishException;
import org.lightbus.connector.rabbitmq.ChannelFaults;
import org.lightbus.spi.OutgoingEvent;
import org.lightbus.spi.Transport;

import com.rabbitmq.client.GetResponse;

/**
 * While the broker blocks publishing (a memory or disk alarm), event publishes are held and sent once it unblocks;
 * calls fail at once.
 */
class BlockedPublishingIT {

    private final BrokerFixture broker = new BrokerFixture();

    @AfterEach
    void cleanUp() {
        broker.close();
    }

    @Test
    void eventsPublishedWhileBlockedAreSentWhenTheBrokerUnblocks() {
        String probe = broker.probeQueue();
        Transport transport = broker.transport(broker.service("accounts"));
        assertThat(transport.publish(event("{}"))).succeedsWithin(Duration.ofSeconds(10));
        broker.get(probe);

        ChannelFaults.blockPublishing(transport, "low on memory");
        OutgoingEvent held = event("{\"n\":1}");
        CompletableFuture<Void> publish = transport.publish(held).toCompletableFuture();
        assertThat(transport.call(broker.request("ping", "{}", Duration.ofSeconds(5)))).as("a call")
                .failsWithin(Duration.ofSeconds(5)).withThrowableThat().havingCause()
                .isInstanceOfSatisfying(LightbusException.class, e -> assertThat(e.code()).isEqualTo("LBUS03207"));
        assertThat(broker.messageCount(probe)).as("nothing written while blocked").isZero();
        ChannelFaults.unblockPublishing(transport);

        assertThat(publish).succeedsWithin(Duration.ofSeconds(10));
        GetResponse message = broker.get(probe);
        assertThat(message.getProps().getMessageId()).isEqualTo(held.messageId());
    }

    @Test
    void anEventBlockedLongerThanTheOutageHoldFailsNamingTheAlarm() {
        Transport transport = broker.transport(broker.service("accounts"),
                Map.of("lightbus.publish.outage-hold", "500ms"));
        assertThat(transport.publish(event("{}"))).succeedsWithin(Duration.ofSeconds(10));

        ChannelFaults.blockPublishing(transport, "low on memory");

        assertThat(transport.publish(event("{}"))).failsWithin(Duration.ofSeconds(20)).withThrowableThat().havingCause()
                .isInstanceOfSatisfying(PublishException.class, e -> {
                    assertThat(e.code()).isEqualTo("LBUS03108");
                    assertThat(e.getMessage()).contains("blocked publishing (low on memory)", "500 ms");
                });
    }
}
