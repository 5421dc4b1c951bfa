package org.lightbus.connector.rabbitmq.it;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;
import static org.lightbus.connector.rabbitmq.it.BrokerFixture.event;
import static org.lightbus.connector.rabbitmq.it.BrokerFixture.retry;

import java.time.Duration;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.lightbus.devbroker.junit.RequiresRabbitMQ;
import org.lightbus.spi.ListenerSpec;
import org.lightbus.spi.Transport;

/**
 * A listener instance holds at most its prefetch of unacknowledged events: the rest stay in the queue, for other
 * instances.
 */
@RequiresRabbitMQ("message counts without the unacknowledged messages")
class PrefetchIT {

    private final BrokerFixture broker = new BrokerFixture();

    @AfterEach
    void cleanUp() {
        broker.close();
    }

    @Test
    void aBusyListenerHoldsNoMoreThanItsPrefetch() throws Exception {
        CountDownLatch release = new CountDownLatch(1);
        AtomicInteger handled = new AtomicInteger();
        ListenerSpec defaults = broker.listener("images", "resize", retry(3, 100));
        ListenerSpec spec = new ListenerSpec(defaults.serviceName(), defaults.listenerName(), defaults.api(),
                defaults.eventName(), defaults.retry(), 3);
        broker.transport("images").listen(spec, event -> {
            release.await(30, TimeUnit.SECONDS);
            handled.incrementAndGet();
        });
        Transport publisher = broker.transport("accounts");
        for (int i = 0; i < 10; i++) {
            publisher.publish(event("{\"n\":" + i + "}")).toCompletableFuture().get(10, TimeUnit.SECONDS);
        }

        String queue = broker.queue("images", "resize");
        await().atMost(Duration.ofSeconds(10)).until(() -> broker.messageCount(queue) == 7);
        assertThat(handled).hasValue(0);

        release.countDown();
        await().atMost(Duration.ofSeconds(10)).until(() -> handled.get() == 10);
        assertThat(broker.messageCount(queue)).isZero();
    }
}
