package org.lightbus.testing.simulate;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.net.URI;
import java.time.Duration;

import jakarta.inject.Inject;

import org.jboss.weld.junit5.auto.AddBeanClasses;
import org.junit.jupiter.api.Test;
import org.lightbus.memory.ListenerOutcome;
import org.lightbus.spi.DeadLetterReason;
import org.lightbus.testing.LightbusTest;
import org.lightbus.testing.Simulation;
import org.lightbus.testing.TestBus;
import org.lightbus.testing.contract.AuthApi.UserSignedUp;

@LightbusTest(config = { "lightbus.service-name=images", "lightbus.listener.max-attempts=3" })
@AddBeanClasses(Thumbnails.class)
class SimulateTest {

    private static final URI AVATAR = URI.create("https://avatars.example.com/ada");

    @Inject
    Thumbnails thumbnails;

    @Inject
    TestBus bus;

    @Test
    void aSimulatedEventReachesEveryListenerOfTheApplicationWithItsContext() {
        Simulation simulation = bus.simulate(new UserSignedUp("ada", "ada@example.com", AVATAR));

        simulation.assertSucceeded();
        assertThat(simulation.outcomes()).extracting(ListenerOutcome::listener)
                .containsExactlyInAnyOrder("images.Thumbnails.resize", "images.welcome-email");
        assertThat(thumbnails.resized()).containsExactly("ada");
        assertThat(thumbnails.contexts()).singleElement().satisfies(context -> {
            assertThat(context.attempt()).isEqualTo(1);
            assertThat(context.sourceService()).isEqualTo("lightbus-testing");
            assertThat(context.messageId()).startsWith("simulated-");
        });
    }

    @Test
    void aFailingListenerIsRetriedWithoutWaitingAndThenDeadLettered() {
        Simulation simulation = bus.simulate(new UserSignedUp("mallory", "mallory@example.com", AVATAR));

        assertThat(simulation.succeeded()).isFalse();
        assertThat(simulation.outcome("Thumbnails.resize").succeeded()).isTrue();
        ListenerOutcome mail = simulation.outcome("welcome-email");
        assertThat(mail.attempts()).isEqualTo(3);
        assertThat(mail.deadLetterReason()).contains(DeadLetterReason.LISTENER_FAILED);
        assertThat(mail.error()).get().asString().contains("mail server refuses mallory@example.com");
        assertThat(mail.skippedBackoffs()).containsExactly(Duration.ofMillis(200), Duration.ofMillis(400));
        assertThat(thumbnails.mailAttempts()).containsExactly(1, 2, 3);
        assertThatThrownBy(simulation::assertSucceeded).hasMessage("""
                Expected every listener to handle auth.user_signed_up UserSignedUp[username=mallory, \
                email=mallory@example.com, avatar=https://avatars.example.com/ada], but not all did:
                  images.Thumbnails.resize: succeeded after 1 attempt
                  images.welcome-email: dead-lettered (listener-failed) after 3 attempts, last error \
                java.lang.IllegalStateException: mail server refuses mallory@example.com""");
    }

    @Test
    void anEventThatBreaksTheSchemaIsDeadLetteredAsInvalidWithoutReachingTheListeners() {
        Simulation simulation = bus.simulate(new UserSignedUp(null, "nobody@example.com", AVATAR));

        simulation.assertDeadLettered(DeadLetterReason.INVALID);
        assertThat(simulation.outcome("welcome-email").attempts()).isEqualTo(1);
        assertThat(simulation.outcome("welcome-email").error()).get().asString().contains("LBUS02015")
                .contains("$.username");
        assertThat(thumbnails.resized()).isEmpty();
        assertThat(thumbnails.mailAttempts()).isEmpty();
    }

    @Test
    void anEventNoListenerObservesIsRefused() {
        assertThatThrownBy(() -> bus.simulate(new Unrelated.Shipped("o-1"))).isInstanceOf(AssertionError.class)
                .hasMessage("LBUS05005: No listener of service images observes shop.shipped, so nothing can receive "
                        + "the simulated event; its listeners: Thumbnails.resize (auth.user_signed_up), welcome-email "
                        + "(auth.user_signed_up)");
    }
}
