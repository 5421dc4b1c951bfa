package org.lightbus.cdi.listen;

import static java.nio.charset.StandardCharsets.UTF_8;
import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.util.List;

import jakarta.inject.Inject;

import org.assertj.core.api.AbstractThrowableAssert;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.lightbus.cdi.testkit.LightbusComponentTest;
import org.lightbus.cdi.testkit.RecordingTransport;
import org.lightbus.memory.ListenerOutcome;
import org.lightbus.spi.DeadLetterReason;
import org.lightbus.spi.IncomingEvent;
import org.lightbus.spi.UndecodableEventException;

/**
 * A message that is not a valid event is dead-lettered at its first attempt, without reaching the listener, with an
 * error that says what is wrong.
 */
@LightbusComponentTest
class UndecodableMessageTest {

    @Inject
    SignUps signUps;

    RecordingTransport transport;

    @BeforeEach
    void transport() {
        transport = RecordingTransport.current();
    }

    @Test
    void aBodyThatIsNotJsonIsUndecodableNamingTheEvent() {
        assertDeadLettered(message("m-1", "hello"), DeadLetterReason.UNDECODABLE).hasMessageStartingWith("LBUS02007")
                .hasMessageContaining("auth.user_signed_up").hasMessageContaining(AuthApi.UserSignedUp.class.getName());
        assertThat(signUps.received()).isEmpty();
    }

    @Test
    void aBodyOfTheWrongShapeIsUndecodable() {
        assertDeadLettered(message("m-1", "[\"ada\"]"), DeadLetterReason.INVALID).hasMessageStartingWith("LBUS02015")
                .hasMessageContaining("$: array found, object expected");
        assertThat(signUps.received()).isEmpty();
    }

    @Test
    void aNullBodyIsUndecodable() {
        assertDeadLettered(message("m-1", "null"), DeadLetterReason.INVALID).hasMessageStartingWith("LBUS02015")
                .hasMessageContaining("null found, object expected");
        assertThat(signUps.received()).isEmpty();
    }

    @Test
    void aMessageWithoutMessageIdIsUndecodableNamingTheProperty() {
        assertDeadLettered(message(null, "{\"username\":\"ada\"}"), DeadLetterReason.UNDECODABLE)
                .hasMessageStartingWith("LBUS02008").hasMessageContaining("message_id");
        assertThat(signUps.received()).isEmpty();
    }

    @Test
    void aValidMessageIsDelivered() {
        assertThat(transport.deliver(message("m-1", "{\"username\":\"ada\"}"))).singleElement()
                .satisfies(outcome -> assertThat(outcome.succeeded()).as(outcome.toString()).isTrue());

        assertThat(signUps.received()).containsExactly(new AuthApi.UserSignedUp("ada"));
    }

    /**
     * @return an assertion on the error the message was dead-lettered with, already checked to be an
     *         {@link UndecodableEventException}
     */
    private AbstractThrowableAssert<?, ? extends Throwable> assertDeadLettered(IncomingEvent message,
            DeadLetterReason reason) {
        List<ListenerOutcome> outcomes = transport.deliver(message);
        assertThat(outcomes).as("the listeners that got the message").hasSize(1);
        ListenerOutcome outcome = outcomes.get(0);
        assertThat(outcome.deadLetterReason()).as(outcome.toString()).hasValue(reason);
        assertThat(outcome.attempts()).as("not retried").isOne();
        return assertThat(outcome.error().orElseThrow()).isInstanceOf(UndecodableEventException.class);
    }

    private static IncomingEvent message(String messageId, String body) {
        return new IncomingEvent("auth", "user_signed_up", messageId, "auth-service", Instant.now(), 1,
                body.getBytes(UTF_8));
    }
}
