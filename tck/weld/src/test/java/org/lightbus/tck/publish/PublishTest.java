package org.lightbus.tck.publish;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Duration;
import java.util.concurrent.CompletableFuture;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.lightbus.api.LightbusException;
import org.lightbus.api.PublishException;
import org.lightbus.devbroker.junit.BrokerProxy;
import org.lightbus.tck.contract.AuthApi;
import org.lightbus.tck.support.Broker;
import org.lightbus.testing.BusApplication;

import com.rabbitmq.client.GetResponse;

/**
 * {@code fire()} returns once the broker has the event; {@code fireAsync()} completes on the confirm; what cannot be
 * published fails with a clear exception, and a lost broker fails the fire instead of hanging it.
 */
class PublishTest {

    private final Broker broker = new Broker();
    private BusApplication signup;

    @AfterEach
    void stop() throws Exception {
        if (signup != null) {
            signup.close();
        }
        broker.close();
    }

    @Test
    void fireReturnsOnceTheBrokerHasTheEvent() {
        String tap = broker.tap("auth", "user_signed_up");
        signup = BusApplication.named("signup").in(broker.namespace()).config("lightbus.owned-apis", "auth")
                .with(Signup.class).start();

        signup.bean(Signup.class).signUp("ada");

        GetResponse message = broker.get(tap);
        assertThat(message).as("the event is in the queue as soon as fire() returned").isNotNull();
        assertThat(new String(message.getBody())).isEqualTo(
                "{\"username\":\"ada\",\"email\":\"ada@example.com\",\"avatar\":\"https://example.com/ada\"}");
        assertThat(message.getProps().getContentType()).isEqualTo("application/json");
        assertThat(message.getProps().getDeliveryMode()).as("persistent").isEqualTo(2);
        assertThat(message.getProps().getAppId()).isEqualTo("signup");
        assertThat(message.getProps().getMessageId()).isNotBlank();
        assertThat(Broker.headers(message).get("x-lightbus-api")).hasToString("auth");
        assertThat(Broker.headers(message).get("x-lightbus-event")).hasToString("user_signed_up");
    }

    @Test
    void fireAsyncCompletesOnTheConfirm() {
        String tap = broker.tap("auth", "user_signed_up");
        signup = BusApplication.named("signup").in(broker.namespace()).config("lightbus.owned-apis", "auth")
                .with(Signup.class).start();

        CompletableFuture<AuthApi.UserSignedUp> stage = signup.bean(Signup.class).signUpAsync("bob")
                .toCompletableFuture();

        assertThat(stage).succeedsWithin(Duration.ofSeconds(10)).extracting(AuthApi.UserSignedUp::username)
                .isEqualTo("bob");
        assertThat(broker.get(tap)).isNotNull();
    }

    @Test
    void firingSomethingThatIsNotABusEventFailsClearly() {
        signup = BusApplication.named("signup").in(broker.namespace()).config("lightbus.owned-apis", "auth")
                .with(Signup.class).start();

        assertThatThrownBy(() -> signup.bean(Signup.class).fireAnything("just a string"))
                .isInstanceOf(LightbusException.class).hasMessageStartingWith("LBUS02002")
                .hasMessageContaining("java.lang.String").hasMessageContaining("@BusEvent")
                .extracting(e -> ((LightbusException) e).code()).isEqualTo("LBUS02002");
    }

    @Test
    void firingWithTheBrokerGoneFailsAfterTheOutageHoldInsteadOfHanging() throws Exception {
        broker.exchange("auth");
        // in front of the broker the applications use: -Dlightbus.rabbitmq.port points them elsewhere than 5672
        try (BrokerProxy proxy = new BrokerProxy("127.0.0.1", Integer.getInteger("lightbus.rabbitmq.port", 5672))) {
            signup = BusApplication.named("signup").in(broker.namespace()).config("lightbus.owned-apis", "auth")
                    .with(Signup.class).config("lightbus.rabbitmq.port", String.valueOf(proxy.port()))
                    .config("lightbus.publish.confirm-timeout", "2s").config("lightbus.publish.outage-hold", "1s")
                    .start();
            signup.bean(Signup.class).signUp("before");

            proxy.down(); // the broker is gone: connections cut, new ones refused

            CompletableFuture<Void> fire = CompletableFuture.runAsync(() -> signup.bean(Signup.class).signUp("after"));
            assertThat(fire).failsWithin(Duration.ofSeconds(10))
                    .withThrowableOfType(java.util.concurrent.ExecutionException.class).havingCause()
                    .isInstanceOf(PublishException.class)
                    .satisfies(e -> assertThat(((PublishException) e).eventName()).isEqualTo("user_signed_up"))
                    .satisfies(e -> assertThat(((PublishException) e).code()).isEqualTo("LBUS03108"));
        }
    }
}
