package org.lightbus.testing.loopback;

import static org.assertj.core.api.Assertions.assertThat;

import jakarta.inject.Inject;

import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestMethodOrder;
import org.lightbus.spi.DeadLetterReason;
import org.lightbus.testing.LightbusTest;
import org.lightbus.testing.TestBus;

/** Events the application fires reach its own listeners through the in-memory broker, on the broker's threads. */
@LightbusTest(config = { "lightbus.service-name=auth", "lightbus.owned-apis=auth", "lightbus.listener.max-attempts=2" })
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
class LoopbackTest {

    @Inject
    Audit audit;

    @Inject
    TestBus bus;

    @Test
    @Order(1)
    void anEventFiredReachesTheApplicationsOwnListenerOnceTheBrokerIsIdle() {
        audit.signUp("ada");
        audit.signUp("mallory");

        bus.awaitIdle();

        assertThat(audit.audited()).containsExactly("ada");
        assertThat(bus.broker().deadLetters("auth")).singleElement().satisfies(letter -> {
            assertThat(letter.listener()).isEqualTo("auth.Audit.audit");
            assertThat(letter.reason()).isEqualTo(DeadLetterReason.LISTENER_FAILED);
            assertThat(letter.attempts()).isEqualTo(2);
            assertThat(letter.errorMessage()).isEqualTo("audit log full");
        });
    }

    @Test
    @Order(2)
    void theBrokerIsEmptiedBetweenTests() {
        assertThat(bus.broker().deadLetters("auth")).isEmpty();
    }
}
