package org.lightbus.testing.realbroker;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.awaitility.Awaitility.await;

import java.net.URI;
import java.time.Duration;

import jakarta.inject.Inject;

import org.jboss.weld.junit5.auto.AddBeanClasses;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Test;
import org.lightbus.spi.DeadLetterReason;
import org.lightbus.testing.LightbusTest;
import org.lightbus.testing.TestBus;
import org.lightbus.testing.contract.AuthApi;
import org.lightbus.testing.contract.AuthApi.UserSignedUp;
import org.lightbus.testing.loopback.Audit;

import com.rabbitmq.client.Channel;
import com.rabbitmq.client.Connection;
import com.rabbitmq.client.ConnectionFactory;

/**
 * The same kit against RabbitMQ on 127.0.0.1:5672: one switch, {@code lightbus.testing.broker=rabbitmq}. The
 * application's events go through the broker, and the kit still records and answers.
 */
@LightbusTest(config = { "lightbus.service-name=auth", "lightbus.owned-apis=auth", "lightbus.testing.broker=rabbitmq",
        "lightbus.namespace=" + RealBrokerTest.NAMESPACE, "lightbus.api.auth.rpc-timeout=2s" })
@AddBeanClasses(Audit.class)
class RealBrokerTest {

    static final String NAMESPACE = "lightbus-testing-kit";

    @Inject
    Audit audit;

    @Inject
    TestBus bus;

    @Test
    void eventsGoThroughRabbitMQAndAreRecorded() {
        audit.signUp("ada");

        bus.assertFired(new UserSignedUp("ada", "ada@example.com", URI.create("https://a/ada")));
        await().atMost(Duration.ofSeconds(60)).untilAsserted(() -> assertThat(audit.audited()).contains("ada"));
        assertThatThrownBy(bus::awaitIdle).isInstanceOf(IllegalStateException.class)
                .hasMessage("LBUS05013: broker() needs the in-memory broker, but service auth uses rabbitmq: unset "
                        + "lightbus.testing.broker");
    }

    @Test
    void mocksAndSimulationsWorkAlike() {
        bus.mock(AuthApi.class, api -> api.checkPassword("ada", "secret")).returns(true);

        assertThat(bus.simulate(new UserSignedUp("mallory", "m@example.com", URI.create("https://a/m")))
                .outcome("Audit.audit").deadLetterReason()).contains(DeadLetterReason.LISTENER_FAILED);
    }

    /** Removes the queues of the listener this test declared. */
    @AfterAll
    static void deleteQueues() throws Exception {
        ConnectionFactory factory = new ConnectionFactory();
        factory.setHost("127.0.0.1");
        try (Connection connection = factory.newConnection("lightbus-testing-cleanup");
                Channel channel = connection.createChannel()) {
            String queue = NAMESPACE + ".auth.Audit.audit";
            channel.queueDelete(queue);
            channel.queueDelete(queue + ".retry");
            channel.queueDelete(queue + ".dlq");
            channel.exchangeDelete(NAMESPACE + ".auth");
            channel.exchangeDelete(NAMESPACE + ".$schemas");
        }
    }
}
