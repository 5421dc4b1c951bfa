package org.lightbus.testing.multiapp;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.time.Duration;
import java.util.UUID;

import org.junit.jupiter.api.Test;
import org.lightbus.api.BusSchemas;
import org.lightbus.testing.BusApplication;
import org.lightbus.testing.TestBus;
import org.lightbus.testing.calls.Login;
import org.lightbus.testing.fired.Signup;
import org.lightbus.testing.serve.AuthService;
import org.lightbus.testing.simulate.Thumbnails;

/**
 * Several applications in one JVM talk through the in-memory broker of their namespace, as through RabbitMQ: events,
 * calls and schemas, each application with a test kit of its own.
 */
class TwoApplicationsTest {

    @Test
    void applicationsOfOneNamespaceShareTheInMemoryBroker() {
        String namespace = "multiapp-" + UUID.randomUUID();
        try (BusApplication auth = BusApplication.named("auth").in(namespace).with(Signup.class, AuthService.class)
                .start();
                BusApplication images = BusApplication.named("images").in(namespace).with(Thumbnails.class, Login.class)
                        .start()) {

            auth.bean(Signup.class).signUp("ada", "ada@example.com");

            images.bean(TestBus.class).awaitIdle();
            assertThat(images.bean(Thumbnails.class).resized()).containsExactly("ada");
            assertThat(images.bean(Login.class).logIn("ada", "secret")).isTrue();
            images.bean(TestBus.class).assertCalled(org.lightbus.testing.contract.AuthApi.class).checkPassword("ada",
                    "secret");
            auth.bean(TestBus.class).assertFired(org.lightbus.testing.contract.AuthApi.UserSignedUp.class,
                    event -> event.username().equals("ada"));
            await().atMost(Duration.ofSeconds(60))
                    .untilAsserted(() -> assertThat(images.bean(BusSchemas.class).schema("auth")).isPresent());
        }
    }
}
