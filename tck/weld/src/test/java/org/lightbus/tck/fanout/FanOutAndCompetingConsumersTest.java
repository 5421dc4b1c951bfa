package org.lightbus.tck.fanout;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.time.Duration;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.stream.IntStream;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.lightbus.tck.support.Broker;
import org.lightbus.testing.BusApplication;

/**
 * Three applications: {@code signup} fires, {@code images} runs two instances of one listener, {@code mailer} one
 * instance of another. Every event reaches {@code images} exactly once across its instances and {@code mailer} once.
 */
class FanOutAndCompetingConsumersTest {

    private static final int EVENTS = 1_000;

    private final Broker broker = new Broker();
    private final List<BusApplication> applications = new ArrayList<>();

    @AfterEach
    void tearDown() throws Exception {
        applications.forEach(BusApplication::close);
        broker.close();
    }

    @Test
    void everyListenerGetsEveryEventOnceAndInstancesShareTheLoad() {
        String imagesQueue = broker.listenerQueue("images", "Images.resizeAvatar");
        String mailerQueue = broker.listenerQueue("mailer", "welcome-email");
        broker.exchange("auth");
        BusApplication images1 = start("images", Images.class);
        BusApplication images2 = start("images", Images.class);
        BusApplication mailer = start("mailer", Mailer.class);
        BusApplication signup = start("signup", Signup.class);

        List<CompletableFuture<?>> confirms = IntStream.range(0, EVENTS)
                .mapToObj(i -> signup.bean(Signup.class).signUpAsync("user-" + i).toCompletableFuture())
                .<CompletableFuture<?>> map(f -> f).toList();
        CompletableFuture.allOf(confirms.toArray(CompletableFuture[]::new)).join();

        Received first = images1.bean(Images.class).received();
        Received second = images2.bean(Images.class).received();
        Received mails = mailer.bean(Mailer.class).received();
        await().atMost(Duration.ofSeconds(60))
                .until(() -> first.total() + second.total() >= EVENTS && mails.total() >= EVENTS);
        await().atMost(Duration.ofSeconds(10))
                .until(() -> broker.ready(imagesQueue) == 0 && broker.ready(mailerQueue) == 0);

        Map<String, Integer> images = merge(first.snapshot(), second.snapshot());
        assertThat(images).hasSize(EVENTS).allSatisfy((user, count) -> assertThat(count).as(user).isEqualTo(1));
        assertThat(mails.snapshot()).hasSize(EVENTS)
                .allSatisfy((user, count) -> assertThat(count).as(user).isEqualTo(1));
        assertThat(first.total()).as("events handled by images instance 1").isPositive();
        assertThat(second.total()).as("events handled by images instance 2").isPositive();
    }

    private BusApplication start(String service, Class<?> bean) {
        BusApplication.Builder builder = BusApplication.named(service).in(broker.namespace()).with(bean);
        if (bean == Signup.class) {
            builder.config("lightbus.owned-apis", "auth");
        }
        BusApplication application = builder.start();
        applications.add(application);
        return application;
    }

    private static Map<String, Integer> merge(Map<String, Integer> a, Map<String, Integer> b) {
        Map<String, Integer> merged = new HashMap<>(a);
        b.forEach((k, v) -> merged.merge(k, v, Integer::sum));
        return merged;
    }
}
