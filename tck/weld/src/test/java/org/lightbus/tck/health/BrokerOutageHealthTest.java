package org.lightbus.tck.health;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.time.Duration;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.lightbus.cdi.runtime.BusLifecycle;
import org.lightbus.cdi.runtime.HealthReport;
import org.lightbus.devbroker.junit.BrokerProxy;
import org.lightbus.tck.support.Broker;
import org.lightbus.testing.BusApplication;

/**
 * The health the bus reports through a broker outage: not ready while the connection is down, with the reason, and
 * ready again once it is back; live all along.
 */
class BrokerOutageHealthTest {

    private static final Duration WAIT = Duration.ofSeconds(60);

    private final Broker broker = new Broker();
    private BusApplication mailer;

    @AfterEach
    void stop() throws Exception {
        if (mailer != null) {
            mailer.close();
        }
        broker.close();
    }

    @Test
    void theBusIsNotReadyWhileTheBrokerIsAwayAndLiveAllAlong() throws Exception {
        broker.listenerQueue("mailer", "Mailer.welcome");
        try (BrokerProxy proxy = new BrokerProxy("127.0.0.1", Integer.getInteger("lightbus.rabbitmq.port", 5672))) {
            mailer = BusApplication.named("mailer").in(broker.namespace()).with(Mailer.class)
                    .config("lightbus.rabbitmq.port", String.valueOf(proxy.port()))
                    .config("lightbus.rabbitmq.network-recovery-interval", "200ms").start();
            BusLifecycle bus = mailer.bean(BusLifecycle.class);
            await().atMost(WAIT).until(() -> bus.health().ready());
            assertThat(bus.health().details()).containsEntry("listener Mailer.welcome", "consuming")
                    .containsEntry("connection", "up");

            proxy.down();

            await().atMost(WAIT).untilAsserted(() -> {
                HealthReport health = bus.health();
                assertThat(health.ready()).isFalse();
                assertThat(health.live()).isTrue();
                assertThat(health.details().get("connection")).startsWith("LBUS03213: The connection to RabbitMQ at");
                assertThat(health.details()).containsEntry("listener Mailer.welcome", "not consuming");
            });

            proxy.up();

            await().atMost(WAIT).until(() -> bus.health().ready());
            assertThat(bus.health().details()).containsEntry("listener Mailer.welcome", "consuming");
        }
    }
}
