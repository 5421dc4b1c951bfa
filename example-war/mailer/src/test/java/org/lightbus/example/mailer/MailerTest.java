package org.lightbus.example.mailer;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URI;
import java.time.Duration;

import jakarta.inject.Inject;

import org.jboss.weld.junit5.auto.AddExtensions;
import org.junit.jupiter.api.Test;
import org.lightbus.example.activity.Activity;
import org.lightbus.example.contract.AuthApi;
import org.lightbus.example.contract.AuthApi.UserSignedUp;
import org.lightbus.memory.ListenerOutcome;
import org.lightbus.spi.DeadLetterReason;
import org.lightbus.testing.LightbusTest;
import org.lightbus.testing.TestBus;

import io.smallrye.config.inject.ConfigExtension;

/**
 * The mailer application on its own: signup's event simulated, signup's answers mocked. Strict calls: a call to signup
 * that the test did not mock fails the test.
 */
@LightbusTest(strictCalls = true)
@AddExtensions(ConfigExtension.class) // Mailer injects the MicroProfile Config
class MailerTest {

    @Inject
    Mailer mailer;

    @Inject
    Activity activity;

    @Inject
    TestBus bus;

    @Test
    void aNewUserIsWelcomedWithATipWhenThePasswordIsTheUsername() {
        bus.mock(AuthApi.class, auth -> auth.checkPassword("ada", "ada")).returns(true);

        bus.simulate(signedUp("ada")).assertSucceeded();

        bus.assertCalled(AuthApi.class).checkPassword("ada", "ada");
        assertThat(activity.entries()).last().satisfies(entry -> assertThat(entry.text()).isEqualTo(
                "sent the welcome mail to ada@example.com, with a tip: choose a password other than your username"));
    }

    @Test
    void aMailThatCannotBeSentIsTriedThreeTimesThenDeadLettered() {
        ListenerOutcome outcome = bus.simulate(signedUp("poison-ivy")).outcome("welcome-email");

        // the mailer's configuration: 3 attempts, 1 s then 2 s apart (the kit does not wait them out)
        assertThat(outcome.attempts()).isEqualTo(3);
        assertThat(outcome.skippedBackoffs()).containsExactly(Duration.ofSeconds(1), Duration.ofSeconds(2));
        assertThat(outcome.deadLetterReason()).contains(DeadLetterReason.LISTENER_FAILED);
        assertThat(activity.entries()).extracting(Activity.Entry::kind).containsExactly(Activity.Kind.FAILED,
                Activity.Kind.FAILED, Activity.Kind.FAILED, Activity.Kind.DEAD_LETTERED);
        bus.assertNotCalled(AuthApi.class).checkPassword("poison-ivy", "poison-ivy");
    }

    private static UserSignedUp signedUp(String username) {
        return new UserSignedUp(username, username + "@example.com",
                URI.create("https://avatars.example.com/" + username));
    }
}
