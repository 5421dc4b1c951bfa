package org.lightbus.connector.rabbitmq.it;

import static org.assertj.core.api.Assertions.assertThat;
import static org.lightbus.connector.rabbitmq.it.BrokerFixture.event;

import java.time.Duration;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.lightbus.api.PublishException;
import org.lightbus.devbroker.junit.BrokerProxy;
import org.lightbus.spi.OutgoingEvent;
import org.lightbus.spi.Transport;

/**
 * Publisher confirms that never come: a proxy between transport and broker holds back what the broker sends.
 */
class ConfirmTimeoutIT {

    private final BrokerFixture broker = new BrokerFixture();
    private BrokerProxy proxy;

    @AfterEach
    void cleanUp() {
        broker.close();
    }

    private Transport transportThroughProxy(String confirmTimeout, String outageHold) {
        proxy = broker.proxy();
        return broker.transport("accounts", proxy,
                Map.of("lightbus.publish.confirm-timeout", confirmTimeout, "lightbus.publish.outage-hold", outageHold));
    }

    @Test
    void aPublishWithoutConfirmFailsAfterTheConfirmTimeoutAndLaterPublishesSucceed() throws Exception {
        String probe = broker.probeQueue();
        Transport transport = transportThroughProxy("500ms", "30s");
        transport.publish(event("{}")).toCompletableFuture().get(10, TimeUnit.SECONDS);

        proxy.freeze();
        OutgoingEvent unconfirmed = event("{\"n\":2}");
        CompletableFuture<Void> publish = transport.publish(unconfirmed).toCompletableFuture();

        assertThat(publish).failsWithin(Duration.ofSeconds(5)).withThrowableThat().havingCause()
                .isInstanceOfSatisfying(PublishException.class, e -> {
                    assertThat(e.code()).isEqualTo("LBUS03102");
                    assertThat(e.messageId()).isEqualTo(unconfirmed.messageId());
                    assertThat(e.getMessage()).contains("within 500 ms", "lightbus.publish.confirm-timeout",
                            "may or may not have arrived");
                });
        proxy.thaw(); // the late confirm is ignored
        assertThat(transport.publish(event("{\"n\":3}"))).succeedsWithin(Duration.ofSeconds(10));
        assertThat(broker.messageCount(probe)).as("the unconfirmed event did arrive").isEqualTo(3);
    }

    @Test
    void withoutOutageHoldAPublishWaitingForItsConfirmFailsAtOnceWhenTheConnectionIsLost() throws Exception {
        Transport transport = transportThroughProxy("60s", "0s");
        transport.publish(event("{}")).toCompletableFuture().get(10, TimeUnit.SECONDS);

        proxy.freeze();
        CompletableFuture<Void> publish = transport.publish(event("{\"n\":2}")).toCompletableFuture();
        proxy.cut();

        assertThat(publish).failsWithin(Duration.ofSeconds(10)).withThrowableThat().havingCause()
                .isInstanceOfSatisfying(PublishException.class, e -> {
                    assertThat(e.code()).isEqualTo("LBUS03103");
                    assertThat(e.getMessage()).contains("may or may not have arrived");
                });
        assertThat(transport.publish(event("{\"n\":3}"))).as("fails fast while reconnecting")
                .failsWithin(Duration.ofSeconds(1)).withThrowableThat().havingCause()
                .isInstanceOf(PublishException.class);
    }
}
