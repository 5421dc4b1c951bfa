package org.lightbus.connector.rabbitmq.it;

import static org.assertj.core.api.Assertions.assertThat;
import static org.lightbus.connector.rabbitmq.it.BrokerFixture.event;
import static org.lightbus.connector.rabbitmq.it.BrokerFixture.retry;

import java.time.Duration;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.lightbus.spi.Transport;

/** Closing a transport whose listener's handler never returns ends within its bound: the event goes back. */
class HungListenerIT {

    private final BrokerFixture broker = new BrokerFixture();
    private final CountDownLatch release = new CountDownLatch(1);

    @AfterEach
    void cleanUp() {
        release.countDown();
        broker.close();
    }

    @Test
    void closingDoesNotWaitForAHungHandlerForever() throws Exception {
        String service = broker.service("images");
        Transport transport = broker.transport(service, Map.of("lightbus.publish.confirm-timeout", "1s"));
        CountDownLatch entered = new CountDownLatch(1);
        transport.listen(broker.listener(service, "resize", retry(3, 100)), e -> {
            entered.countDown();
            release.await();
        });
        assertThat(transport.publish(event("{}"))).succeedsWithin(Duration.ofSeconds(10));
        assertThat(entered.await(30, TimeUnit.SECONDS)).as("the handler runs").isTrue();

        assertThat(CompletableFuture.runAsync(transport::close)).as("close").succeedsWithin(Duration.ofSeconds(30));
    }
}
