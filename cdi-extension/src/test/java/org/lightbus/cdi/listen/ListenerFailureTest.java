package org.lightbus.cdi.listen;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.time.Instant;

import jakarta.enterprise.event.Event;
import jakarta.inject.Inject;

import org.junit.jupiter.api.Test;
import org.lightbus.api.Bus;
import org.lightbus.cdi.testkit.LightbusComponentTest;
import org.lightbus.cdi.testkit.RecordingTransport;
import org.lightbus.spi.DeadLetterReason;
import org.lightbus.spi.IncomingEvent;

/**
 * A listener that throws fails the delivery: the transport sees the listener's own exception, retries as the listener's
 * policy says and then dead-letters the event with it.
 */
@LightbusComponentTest(config = { "lightbus.owned-apis=auth", "lightbus.listener.max-attempts=2" })
class ListenerFailureTest {

    @Inject
    FailingListener listener;

    @Inject
    @Bus
    Event<AuthApi.UserSignedUp> signedUp;

    @Test
    void theListenersExceptionReachesTheTransportSoThatItCanRetry() {
        RecordingTransport transport = RecordingTransport.current();

        assertThat(transport.deliver(signUp("ada", 1))).singleElement().satisfies(outcome -> {
            assertThat(outcome.attempts()).isEqualTo(2);
            assertThat(outcome.skippedBackoffs()).as("the retry policy's backoff")
                    .containsExactly(Duration.ofMillis(200));
            assertThat(outcome.deadLetterReason()).hasValue(DeadLetterReason.LISTENER_FAILED);
            assertThat(outcome.error()).containsSame(listener.thrown().get(1));
        });
        assertThat(listener.thrown()).hasSize(2).allSatisfy(thrown -> assertThat(thrown)
                .isInstanceOf(IllegalStateException.class).hasMessage("no mailbox for ada"));
    }

    @Test
    void aFiredEventTheListenerKeepsFailingGoesToItsDeadLettersWithTheError() {
        RecordingTransport transport = RecordingTransport.current();

        signedUp.fire(new AuthApi.UserSignedUp("bob"));
        transport.awaitDelivered();

        assertThat(listener.thrown()).hasSize(2);
        assertThat(transport.deadLetters()).singleElement().satisfies(deadLetter -> {
            assertThat(deadLetter.listener()).isEqualTo("test.FailingListener.onSignUp");
            assertThat(deadLetter.reason()).isEqualTo(DeadLetterReason.LISTENER_FAILED);
            assertThat(deadLetter.attempts()).isEqualTo(2);
            assertThat(deadLetter.errorType()).isEqualTo(IllegalStateException.class.getName());
            assertThat(deadLetter.errorMessage()).isEqualTo("no mailbox for bob");
        });
    }

    private static IncomingEvent signUp(String username, int attempt) {
        return new IncomingEvent("auth", "user_signed_up", "m-1", "auth-service", Instant.now(), attempt,
                ("{\"username\":\"" + username + "\"}").getBytes());
    }
}
