package org.lightbus.messaging.invalid;

import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.Map;

import org.junit.jupiter.api.Test;
import org.lightbus.testing.ReactiveApplication;

/** A channel on the bus whose consumer takes what the bus cannot deliver fails the start, naming the method. */
class InvalidChannelTest {

    @Test
    void aConsumerOfAnotherTypeFailsTheStart() {
        assertThatThrownBy(() -> ReactiveApplication.start(
                Map.of("lightbus.service-name", "rm-invalid", "lightbus.namespace", "lightbus-rm-invalid",
                        "lightbus.transport", "rabbitmq", "mp.messaging.incoming.counts.connector", "lightbus"),
                Counter.class))
                        .hasStackTraceContaining("LBUS02020: Channel counts is on connector lightbus, but "
                                + Counter.class.getName() + ".count() takes java.lang.Integer");
    }

}
