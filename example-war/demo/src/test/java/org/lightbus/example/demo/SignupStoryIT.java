package org.lightbus.example.demo;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.UUID;

import org.awaitility.core.ConditionFactory;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import com.rabbitmq.client.GetResponse;

/**
 * The sign-up story end to end: the three WARs on Open Liberty, each its own service, in a namespace of this run; the
 * test talks to them over HTTP only, and looks at the broker with a plain AMQP client. Server {@code
 * lightbus-example-it} on port 9091, so that a running demo (9090) does not disturb it.
 */
class SignupStoryIT {

    private static final String NAMESPACE = "example-it-" + UUID.randomUUID().toString().substring(0, 8);

    private static DemoServer demo;
    private static ExampleClient example;
    private static BusQueues queues;

    @BeforeAll
    static void startExample() throws Exception {
        DemoSettings settings = DemoSettings.fromSystemProperties().withServer("lightbus-example-it", 9091)
                .withNamespace(NAMESPACE);
        demo = DemoServer.start(settings);
        example = new ExampleClient(demo.base());
        queues = new BusQueues(settings.brokerPort(), NAMESPACE);
    }

    @AfterAll
    static void stopExample() throws Exception {
        if (demo == null) {
            return;
        }
        demo.stopServer(); // first: deleting the queues of running listeners makes them report lost consumers
        try (BusQueues cleanUp = queues) {
            if (cleanUp != null) {
                cleanUp.deleteNamespace();
            }
        } finally {
            demo.close();
        }
    }

    @Test
    void aSignUpReachesImagesAndMailerAndTheMailerCallsSignup() {
        assertThat(example.signUp("grace", "a long passphrase").statusCode()).isEqualTo(201);

        eventually().untilAsserted(() -> {
            assertThat(example.kinds("images", "grace")).containsExactly("HANDLED");
            assertThat(example.kinds("mailer", "grace")).containsExactly("CALLED", "HANDLED");
        });
        // signup served the mailer's call; its answer (the password is not the username) reached the mailer
        assertThat(example.activity("signup", "grace")).extracting(ExampleClient.Entry::text).containsExactlyInAnyOrder(
                "stored the account of grace and published auth.user_signed_up",
                "auth.check_password for grace: false");
        assertThat(example.activity("mailer", "grace").get(1).text())
                .isEqualTo("sent the welcome mail to grace@example.com");
        assertThat(example.activity("images", "grace").get(0).text())
                .startsWith("resized the avatar https://avatars.example.com/grace");
    }

    @Test
    void theMailerTipsAUserWhosePasswordIsTheUsername() {
        assertThat(example.signUp("ada", "ada").statusCode()).isEqualTo(201);

        eventually()
                .untilAsserted(() -> assertThat(example.kinds("mailer", "ada")).containsExactly("CALLED", "HANDLED"));
        assertThat(example.activity("signup", "ada")).extracting(ExampleClient.Entry::text)
                .contains("auth.check_password for ada: true");
        assertThat(example.activity("mailer", "ada").get(1).text()).isEqualTo(
                "sent the welcome mail to ada@example.com, with a tip: choose a password other than your username");
    }

    @Test
    void aTakenUsernameIsRefusedAndPublishesNothing() {
        assertThat(example.signUp("admin", "secret").statusCode()).isEqualTo(409);
        assertThat(example.signUp("linus", "first").statusCode()).isEqualTo(201);
        var again = example.signUp("linus", "second");
        assertThat(again.statusCode()).isEqualTo(409);
        assertThat(again.body()).isEqualTo("The username linus is taken.");

        // a later sign-up's event arrives after any event of the refused ones would have (one queue, in order)
        assertThat(example.signUp("linus-later", "third").statusCode()).isEqualTo(201);
        eventually().untilAsserted(() -> assertThat(example.kinds("images", "linus-later")).containsExactly("HANDLED"));
        assertThat(example.kinds("images", "linus")).containsExactly("HANDLED");
        assertThat(example.kinds("images", "admin")).isEmpty();
        assertThat(example.kinds("signup", "linus")).contains("SIGNED_UP", "REFUSED");
        assertThat(example.kinds("signup", "admin")).containsExactly("REFUSED");
    }

    @Test
    void aPoisonSignUpIsTriedThreeTimesThenDeadLettered() throws Exception {
        assertThat(example.signUp("poison-pill", "secret").statusCode()).isEqualTo(201);

        eventually().untilAsserted(() -> assertThat(example.kinds("mailer", "poison-pill")).contains("DEAD_LETTERED"));
        eventually().untilAsserted(() -> assertThat(queues.messages(queues.mailerDeadLetters())).isEqualTo(1));
        assertThat(example.activity("mailer", "poison-pill")).extracting(ExampleClient.Entry::text).containsExactly(
                "attempt 1 of 3 failed: the mail server refuses poison-pill@example.com; the bus tries again after a backoff",
                "attempt 2 of 3 failed: the mail server refuses poison-pill@example.com; the bus tries again after a backoff",
                "attempt 3 of 3 failed: the mail server refuses poison-pill@example.com",
                "gave up on the welcome mail to poison-pill@example.com: the bus moves the event to "
                        + queues.mailerDeadLetters());

        GetResponse deadLetter = queues.take(queues.mailerDeadLetters());
        assertThat(new String(deadLetter.getBody(), StandardCharsets.UTF_8)).contains("\"username\":\"poison-pill\"");
        assertThat(BusQueues.headers(deadLetter)).containsEntry("x-lightbus-reason", "listener-failed")
                .containsEntry("x-lightbus-attempts", "3").containsEntry("x-lightbus-listener", "mailer.welcome-email")
                .containsEntry("x-lightbus-error-message", "the mail server refuses poison-pill@example.com");
        // the other listener is not affected
        eventually().untilAsserted(() -> assertThat(example.kinds("images", "poison-pill")).containsExactly("HANDLED"));
    }

    /** Generous: CI machines have two busy cores. */
    private static ConditionFactory eventually() {
        return await().atMost(Duration.ofSeconds(60)).pollInterval(Duration.ofMillis(200));
    }
}
