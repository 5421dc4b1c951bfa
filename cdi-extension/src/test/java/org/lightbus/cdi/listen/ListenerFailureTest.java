package org.lightbus.cdi.listen;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;

import jakarta.inject.Inject;

import org.junit.jupiter.api.Test;
import org.lightbus.cdi.testkit.InMemoryTransport;
import org.lightbus.cdi.testkit.LightbusComponentTest;
import org.lightbus.spi.IncomingEvent;

@LightbusComponentTest
class ListenerFailureTest {

    @Inject
    FailingListener listener;

    @Test
    void theListenersExceptionReachesTheTransportSoThatItCanRetry() {
        InMemoryTransport transport = InMemoryTransport.current();

        transport.deliver(signUp("ada", 1));
        transport.deliver(signUp("ada", 2));

        assertThat(listener.thrown()).hasSize(2);
        assertThat(transport.failures).containsExactlyElementsOf(listener.thrown());
        assertThat(transport.failures.get(0)).isInstanceOf(IllegalStateException.class)
                .hasMessage("no mailbox for ada");
    }

    private static IncomingEvent signUp(String username, int attempt) {
        return new IncomingEvent("auth", "user_signed_up", "m-1", "auth-service", Instant.now(), attempt,
                ("{\"username\":\"" + username + "\"}").getBytes());
    }
}
