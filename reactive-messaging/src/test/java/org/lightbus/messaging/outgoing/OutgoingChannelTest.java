package org.lightbus.messaging.outgoing;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.awaitility.Awaitility.await;

import java.net.URI;
import java.time.Duration;
import java.util.Map;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.lightbus.api.LightbusException;
import org.lightbus.messaging.BrokerTopology;
import org.lightbus.testing.ReactiveApplication;

/**
 * An {@code Emitter} on a channel whose connector is {@code lightbus} publishes bus events through RabbitMQ: the send
 * completes on the broker's confirm, and fails with the bus's error when the event is refused.
 */
class OutgoingChannelTest {

    private static final String NAMESPACE = "lightbus-rm-outgoing";

    private static ReactiveApplication application;

    @BeforeAll
    static void start() {
        application = ReactiveApplication.start(Map.of("lightbus.service-name", "rm-outgoing", "lightbus.namespace",
                NAMESPACE, "lightbus.transport", "rabbitmq", "lightbus.owned-apis", "auth",
                "mp.messaging.outgoing.signups.connector", "lightbus"), Announcer.class, Inbox.class);
    }

    @Test
    void anEmittedEventIsConfirmedAndReachesTheBusListeners() throws Exception {
        Announcer announcer = application.bean(Announcer.class);

        announcer.announce(signedUp("ada")).toCompletableFuture().get(30, TimeUnit.SECONDS);

        await().atMost(Duration.ofSeconds(60))
                .untilAsserted(() -> assertThat(application.bean(Inbox.class).received()).contains("ada"));
    }

    @Test
    void anEventThatBreaksItsSchemaIsRefusedAndItsSendFails() {
        Announcer announcer = application.bean(Announcer.class);

        assertThatThrownBy(() -> announcer.announce(new AuthApi.UserSignedUp(null, "x@example.com", null))
                .toCompletableFuture().get(30, TimeUnit.SECONDS)).isInstanceOf(ExecutionException.class).cause()
                        .isInstanceOf(LightbusException.class)
                        .hasMessageStartingWith("LBUS02014: Event auth.user_signed_up")
                        .hasMessageContaining("$.username");
    }

    @Test
    void aPayloadThatIsNoBusEventFailsItsSendAndNotTheChannel() throws Exception {
        Announcer announcer = application.bean(Announcer.class);

        assertThatThrownBy(() -> announcer.announce("just text").toCompletableFuture().get(30, TimeUnit.SECONDS))
                .isInstanceOf(ExecutionException.class).cause().isInstanceOf(LightbusException.class)
                .hasMessageStartingWith("LBUS02002: Cannot fire java.lang.String on the bus");
        announcer.announce(signedUp("grace")).toCompletableFuture().get(30, TimeUnit.SECONDS);
    }

    private static AuthApi.UserSignedUp signedUp(String username) {
        return new AuthApi.UserSignedUp(username, username + "@example.com",
                URI.create("https://avatars.example.com/" + username));
    }

    @AfterAll
    static void stopAndDeleteTopology() throws Exception {
        application.close();
        BrokerTopology.delete(NAMESPACE, new String[] { "rm-outgoing.Inbox.received" }, "auth", "$schemas");
    }
}
