package org.lightbus.tck.retry;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.time.Duration;
import java.util.Map;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.lightbus.tck.support.Broker;
import org.lightbus.testing.BusApplication;

import com.rabbitmq.client.GetResponse;

/**
 * A listener that fails is called again after its backoff; one that keeps failing ends in its dead-letter queue with
 * the error, and the events after it keep flowing.
 */
class RetryAndDeadLetterTest {

    private final Broker broker = new Broker();
    private BusApplication worker;
    private BusApplication signup;

    @BeforeEach
    void start() {
        broker.exchange("auth");
        broker.listenerQueue("worker", "fails-once");
        broker.listenerQueue("worker", "picky");
        worker = BusApplication.named("worker").in(broker.namespace()).with(FailsOnce.class, FailsForBadUsers.class)
                .config("lightbus.listener.initial-backoff", "50ms").config("lightbus.listener.picky.max-attempts", "3")
                .start();
        signup = BusApplication.named("signup").in(broker.namespace()).config("lightbus.owned-apis", "auth")
                .with(Signup.class).start();
    }

    @AfterEach
    void stop() throws Exception {
        signup.close();
        worker.close();
        broker.close();
    }

    @Test
    void aListenerThatFailsOnceGetsTheEventAgainAndSucceeds() {
        signup.bean(Signup.class).signUp("ada");

        FailsOnce listener = worker.bean(FailsOnce.class);
        await().atMost(Duration.ofSeconds(10)).until(() -> listener.attempts().size() >= 2);
        assertThat(listener.attempts()).containsExactly(1, 2);
    }

    @Test
    void aListenerThatAlwaysFailsEndsInTheDeadLetterQueueAndLaterEventsFlow() {
        signup.bean(Signup.class).signUp("bad-bob");
        signup.bean(Signup.class).signUp("carol");

        String deadLetters = broker.listenerQueue("worker", "picky") + ".dlq";
        FailsForBadUsers listener = worker.bean(FailsForBadUsers.class);
        await().atMost(Duration.ofSeconds(10)).until(() -> broker.ready(deadLetters) == 1);
        assertThat(listener.calls()).filteredOn("bad-bob"::equals).hasSize(3);
        assertThat(listener.handled()).containsExactly("carol");

        GetResponse dead = broker.get(deadLetters);
        Map<String, Object> headers = Broker.headers(dead);
        assertThat(headers.get("x-lightbus-reason")).hasToString("listener-failed");
        assertThat(headers.get("x-lightbus-error-type")).hasToString(IllegalArgumentException.class.getName());
        assertThat(headers.get("x-lightbus-error-message")).hasToString("cannot handle bad-bob");
        assertThat(headers.get("x-lightbus-attempts")).isEqualTo(3);
        assertThat(headers.get("x-lightbus-listener")).hasToString("worker.picky");
        assertThat(headers.get("x-lightbus-original-exchange")).hasToString(broker.namespace() + ".auth");
        assertThat(headers.get("x-lightbus-original-routing-key")).hasToString("user_signed_up");
        assertThat(new String(dead.getBody())).contains("\"username\":\"bad-bob\"");

        signup.bean(Signup.class).signUp("dave");
        await().atMost(Duration.ofSeconds(10)).until(() -> listener.handled().contains("dave"));
    }
}
