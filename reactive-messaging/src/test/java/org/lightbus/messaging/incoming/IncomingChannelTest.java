package org.lightbus.messaging.incoming;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicReference;
import java.util.stream.IntStream;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.lightbus.messaging.BrokerTopology;
import org.lightbus.testing.BusApplication;
import org.lightbus.testing.ReactiveApplication;

import com.rabbitmq.client.Channel;
import com.rabbitmq.client.Connection;
import com.rabbitmq.client.GetResponse;

/**
 * Incoming channels on the bus, against RabbitMQ: events fired with {@code @Bus Event<T>} by one application reach the
 * {@code @Incoming} methods of another, whose channels are listeners of its service; a nacked message is retried, then
 * dead-lettered with the bus's headers; instances of the channel's application compete; and the reverse way, an
 * {@code Emitter} reaches an {@code @Observes @Bus} listener.
 */
class IncomingChannelTest {

    private static final String NAMESPACE = "lightbus-rm-incoming";
    private static final Duration WAIT = Duration.ofSeconds(60);

    private static final Map<String, String> SHOP_CONFIG = Map.ofEntries(Map.entry("lightbus.service-name", "rm-shop"),
            Map.entry("lightbus.namespace", NAMESPACE), Map.entry("lightbus.transport", "rabbitmq"),
            Map.entry("lightbus.owned-apis", "shop"), Map.entry("lightbus.schema.load-timeout", "0s"),
            Map.entry("mp.messaging.incoming.welcome.connector", "lightbus"),
            Map.entry("lightbus.listener.welcome.max-attempts", "2"),
            Map.entry("lightbus.listener.welcome.initial-backoff", "100ms"),
            Map.entry("mp.messaging.incoming.audit.connector", "lightbus"),
            Map.entry("mp.messaging.incoming.audit.api", "auth"),
            Map.entry("mp.messaging.incoming.audit.event", "user_signed_up"),
            Map.entry("mp.messaging.outgoing.orders.connector", "lightbus"));

    private static ReactiveApplication shop;
    private static BusApplication signups;

    @BeforeAll
    static void start() {
        shop = ReactiveApplication.start(SHOP_CONFIG, Shop.class);
        signups = BusApplication.named("rm-signups").in(NAMESPACE).with(SignupApplication.class)
                .config("lightbus.transport", "rabbitmq").config("lightbus.owned-apis", "auth")
                .config("lightbus.schema.load-timeout", "0s").start();
    }

    @Test
    void anEventFiredByAnotherApplicationReachesTheIncomingMethodAsItsRecord() {
        signups.bean(SignupApplication.class).signUp("ada");

        await().atMost(WAIT).untilAsserted(() -> assertThat(shop.bean(Shop.class).welcomed()).contains("ada"));
    }

    @Test
    void aChannelThatTakesStringsGetsTheJsonWithTheEventContextAsMetadata() {
        signups.bean(SignupApplication.class).signUp("grace");

        AtomicReference<Shop.Audited> audited = new AtomicReference<>();
        await().atMost(WAIT).untilAsserted(() -> {
            audited.set(shop.bean(Shop.class).audited().stream().filter(a -> a.json().contains("\"grace\"")).findFirst()
                    .orElse(null));
            assertThat(audited.get()).isNotNull();
        });
        assertThat(audited.get().json()).isEqualTo("{\"username\":\"grace\",\"email\":\"grace@example.com\"}");
        assertThat(audited.get().context().api()).isEqualTo("auth");
        assertThat(audited.get().context().eventName()).isEqualTo("user_signed_up");
        assertThat(audited.get().context().sourceService()).isEqualTo("rm-signups");
        assertThat(audited.get().context().attempt()).isEqualTo(1);
        assertThat(audited.get().context().messageId()).isNotBlank();
    }

    @Test
    void aNackedMessageIsRetriedThenDeadLetteredWithTheBusHeaders() throws Exception {
        signups.bean(SignupApplication.class).signUp("poison-ivy");

        try (Connection connection = BrokerTopology.connect(); Channel channel = connection.createChannel()) {
            AtomicReference<GetResponse> deadLetter = new AtomicReference<>();
            await().atMost(WAIT).until(() -> {
                deadLetter.set(channel.basicGet(NAMESPACE + ".rm-shop.welcome.dlq", true));
                return deadLetter.get() != null;
            });
            Map<String, Object> headers = deadLetter.get().getProps().getHeaders();
            assertThat(String.valueOf(headers.get("x-lightbus-reason"))).isEqualTo("listener-failed");
            assertThat(headers.get("x-lightbus-attempts")).hasToString("2");
            assertThat(String.valueOf(headers.get("x-lightbus-listener"))).isEqualTo("rm-shop.welcome");
            assertThat(String.valueOf(headers.get("x-lightbus-error-type")))
                    .isEqualTo(IllegalStateException.class.getName());
            assertThat(String.valueOf(headers.get("x-lightbus-error-message"))).isEqualTo("cannot welcome poison-ivy");
        }
        assertThat(shop.bean(Shop.class).attempts("poison-ivy")).isEqualTo(2);
    }

    @Test
    void instancesOfTheChannelsApplicationCompeteForItsEvents() {
        try (ReactiveApplication second = ReactiveApplication.start(SHOP_CONFIG, Shop.class)) {
            List<String> names = IntStream.rangeClosed(1, 20).mapToObj(i -> "member-" + i).toList();
            names.forEach(signups.bean(SignupApplication.class)::signUp);

            await().atMost(WAIT).untilAsserted(() -> assertThat(received(shop, second)).containsAll(names));
            List<String> first = members(shop);
            List<String> other = members(second);
            assertThat(first).isNotEmpty().doesNotHaveDuplicates().doesNotContainAnyElementsOf(other);
            assertThat(other).isNotEmpty().doesNotHaveDuplicates();
        }
    }

    private static List<String> received(ReactiveApplication... instances) {
        List<String> all = new ArrayList<>();
        for (ReactiveApplication instance : instances) {
            all.addAll(members(instance));
        }
        return all;
    }

    private static List<String> members(ReactiveApplication instance) {
        return instance.bean(Shop.class).welcomed().stream().filter(name -> name.startsWith("member-")).toList();
    }

    @Test
    void anEmittedEventReachesABusListenerOfAnotherApplication() throws Exception {
        shop.bean(Shop.class).placeOrder("o-1", "ada").toCompletableFuture().get(30, TimeUnit.SECONDS);

        await().atMost(WAIT)
                .untilAsserted(() -> assertThat(signups.bean(SignupApplication.class).orders()).contains("o-1 by ada"));
    }

    @AfterAll
    static void stopAndDeleteTopology() throws Exception {
        if (signups != null) {
            signups.close();
        }
        if (shop != null) {
            shop.close();
        }
        BrokerTopology.delete(NAMESPACE,
                new String[] { "rm-shop.welcome", "rm-shop.audit", "rm-signups.SignupApplication.orderPlaced" }, "auth",
                "shop", "$schemas");
    }
}
