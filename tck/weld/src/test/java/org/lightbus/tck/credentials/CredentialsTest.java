package org.lightbus.tck.credentials;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowable;
import static org.awaitility.Awaitility.await;

import java.time.Duration;
import java.util.UUID;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.lightbus.api.LightbusException;
import org.lightbus.devbroker.junit.OutputCapture;
import org.lightbus.devbroker.junit.TestBroker;
import org.lightbus.tck.support.Broker;
import org.lightbus.testing.BusApplication;

/**
 * A password in an application's configuration never shows in what the application prints, logs or throws while it
 * starts, runs and stops, whether the broker refuses the login, the password sits in a wrong value, or all goes well.
 */
class CredentialsTest {

    private final String secret = "S3cr3t-" + UUID.randomUUID();
    private final Broker broker = new Broker();

    @AfterEach
    void stop() throws Exception {
        broker.close();
    }

    @Test
    void aRefusedLoginFailsTheStartWithoutThePassword() {
        try (OutputCapture capture = OutputCapture.start()) {
            Throwable refused = catchThrowable(() -> BusApplication.named("mailer").in(broker.namespace())
                    .with(Mailer.class).config("lightbus.rabbitmq.username", "nobody-" + UUID.randomUUID())
                    .config("lightbus.rabbitmq.password", secret)
                    // other brokers close the connection without saying why, which could be a broker still starting:
                    // in the default start mode the application would wait for it
                    .config("lightbus.rabbitmq.start-mode", "fail").start());
            capture.add(refused);

            // other brokers: "possibly" a refused login
            assertThat(refused).isInstanceOf(LightbusException.class)
                    .hasMessageStartingWith(TestBroker.kind() == TestBroker.Kind.RABBITMQ ? "LBUS03004" : "LBUS03003");
            assertThat(capture.text()).contains("LBUS0300").doesNotContain(secret);
        }
    }

    @Test
    void aPasswordInAnAddressFailsTheStartWithoutBeingQuoted() {
        try (OutputCapture capture = OutputCapture.start()) {
            Throwable invalid = catchThrowable(
                    () -> BusApplication.named("mailer").in(broker.namespace()).with(Mailer.class)
                            .config("lightbus.rabbitmq.addresses", "amqp://guest:" + secret + "@127.0.0.1").start());
            capture.add(invalid);

            assertThat(invalid).isInstanceOf(LightbusException.class).hasMessageStartingWith("LBUS02012")
                    .hasMessageContaining("lightbus.rabbitmq.addresses");
            assertThat(capture.text()).contains("LBUS02012").doesNotContain(secret);
        }
    }

    @Test
    void aRunningApplicationShowsNoPasswordOfItsConfiguration() {
        broker.listenerQueue("mailer", "welcome");
        try (OutputCapture capture = OutputCapture.start()) {
            try (BusApplication mailer = configured(BusApplication.named("mailer")).with(Mailer.class).start();
                    BusApplication signup = configured(BusApplication.named("signup"))
                            .config("lightbus.owned-apis", "auth").with(Signup.class).start()) {
                signup.bean(Signup.class).signUp("ada");
                await().atMost(Duration.ofSeconds(30))
                        .until(() -> mailer.bean(Mailer.class).welcomed().contains("ada"));
                capture.append(mailer.toString());
            }
            assertThat(capture.text()).contains("LBUS02501", "LBUS02504").doesNotContain(secret);
        }
    }

    /** Logs in as guest, with the secret in a misspelt key and in the alias that lightbus.rabbitmq.password shadows. */
    private BusApplication.Builder configured(BusApplication.Builder application) {
        return application.in(broker.namespace()).config("lightbus.rabbitmq.password", "guest")
                .config("rabbitmq-password", secret).config("lightbus.rabbitmq.pasword", secret);
    }
}
