package org.lightbus.tck.reconnect;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.atomic.AtomicInteger;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.lightbus.devbroker.junit.RequiresRabbitMQ;
import org.lightbus.tck.support.Broker;
import org.lightbus.testing.BusApplication;

/**
 * The broker closes every connection in the middle of a stream of events: both applications reconnect, the listener
 * resumes, and no event whose fire() returned is lost. Fires during the outage are held and sent after it: none fails.
 */
@RequiresRabbitMQ("rabbitmqctl close_connection")
class ConnectionLossTest {

    private static final int EVENTS = 3_000;

    private final Broker broker = new Broker();
    private final List<BusApplication> applications = new ArrayList<>();

    @AfterEach
    void stop() throws Exception {
        applications.forEach(BusApplication::close);
        broker.close();
    }

    @Test
    void noConfirmedEventIsLostWhenTheBrokerDropsTheConnections() {
        broker.exchange("auth");
        // service names of this test alone: the test closes their connections and no other
        String mailerService = "mailer-" + broker.namespace();
        String signupService = "signup-" + broker.namespace();
        broker.listenerQueue(mailerService, "welcome");
        BusApplication mailer = start(mailerService, Mailer.class);
        BusApplication signup = start(signupService, Signup.class);
        Signup publisher = signup.bean(Signup.class);

        List<String> confirmed = new ArrayList<>();
        AtomicInteger failed = new AtomicInteger();
        CompletableFuture<Void> cut = null;
        for (int i = 0; i < EVENTS || !cut.isDone(); i++) {
            if (i == EVENTS / 3) {
                cut = CompletableFuture.runAsync(
                        () -> Broker.closeConnections("lightbus-" + mailerService, "lightbus-" + signupService));
            }
            String username = "user-" + i;
            if (publisher.trySignUp(username)) {
                confirmed.add(username);
            } else {
                failed.incrementAndGet();
            }
        }
        cut.join();
        await().atMost(Duration.ofSeconds(30)).until(() -> publisher.trySignUp("after-recovery"));
        confirmed.add("after-recovery");

        assertThat(failed.get()).as("fires that failed while the connection was down: they are held and sent").isZero();
        Mailer listener = mailer.bean(Mailer.class);
        await().atMost(Duration.ofSeconds(60)).until(() -> listener.welcomed().containsAll(confirmed));
        assertThat(listener.welcomed()).containsAll(confirmed);
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
}
