package org.lightbus.cdi.listen;

import static java.nio.charset.StandardCharsets.UTF_8;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.InstanceOfAssertFactories.THROWABLE;

import java.time.Instant;

import jakarta.inject.Inject;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.lightbus.cdi.testkit.InMemoryTransport;
import org.lightbus.cdi.testkit.LightbusComponentTest;
import org.lightbus.spi.IncomingEvent;
import org.lightbus.spi.UndecodableEventException;

@LightbusComponentTest
class UndecodableMessageTest {

    @Inject
    SignUps signUps;

    InMemoryTransport transport;

    @BeforeEach
    void transport() {
        transport = InMemoryTransport.current();
    }

    @Test
    void aBodyThatIsNotJsonIsUndecodableNamingTheEvent() {
        transport.deliver(message("m-1", "hello"));

        assertThat(transport.failures).singleElement(THROWABLE).isInstanceOf(UndecodableEventException.class)
                .hasMessageStartingWith("LBUS02007").hasMessageContaining("auth.user_signed_up")
                .hasMessageContaining(AuthApi.UserSignedUp.class.getName());
        assertThat(signUps.received()).isEmpty();
    }

    @Test
    void aBodyOfTheWrongShapeIsUndecodable() {
        transport.deliver(message("m-1", "[\"ada\"]"));

        assertThat(transport.failures).singleElement(THROWABLE).isInstanceOf(UndecodableEventException.class)
                .hasMessageStartingWith("LBUS02015").hasMessageContaining("$: array found, object expected");
        assertThat(signUps.received()).isEmpty();
    }

    @Test
    void aNullBodyIsUndecodable() {
        transport.deliver(message("m-1", "null"));

        assertThat(transport.failures).singleElement(THROWABLE).isInstanceOf(UndecodableEventException.class)
                .hasMessageStartingWith("LBUS02015").hasMessageContaining("null found, object expected");
        assertThat(signUps.received()).isEmpty();
    }

    @Test
    void aMessageWithoutMessageIdIsUndecodableNamingTheProperty() {
        transport.deliver(message(null, "{\"username\":\"ada\"}"));

        assertThat(transport.failures).singleElement(THROWABLE).isInstanceOf(UndecodableEventException.class)
                .hasMessageStartingWith("LBUS02008").hasMessageContaining("message_id");
        assertThat(signUps.received()).isEmpty();
    }

    @Test
    void aValidMessageIsDelivered() {
        transport.deliver(message("m-1", "{\"username\":\"ada\"}"));

        assertThat(transport.failures).isEmpty();
        assertThat(signUps.received()).containsExactly(new AuthApi.UserSignedUp("ada"));
    }

    private static IncomingEvent message(String messageId, String body) {
        return new IncomingEvent("auth", "user_signed_up", messageId, "auth-service", Instant.now(), 1,
                body.getBytes(UTF_8));
    }
}
