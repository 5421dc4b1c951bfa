package org.lightbus.cdi.runtime;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import java.util.Optional;

import org.eclipse.microprofile.config.Config;
import org.junit.jupiter.api.Test;
import org.lightbus.api.LightbusException;
import org.lightbus.spi.Transport;
import org.lightbus.spi.TransportFactory;

class TransportChoiceTest {

    private static final TransportFactory RABBITMQ = factory("rabbitmq", 0);
    private static final TransportFactory MEMORY = factory("in-memory", 0);
    private static final TransportFactory KIT = factory("lightbus-testing", 100);

    @Test
    void theOnlyTransportIsChosen() {
        assertThat(TransportChoice.choose(List.of(RABBITMQ), Optional.empty())).isSameAs(RABBITMQ);
    }

    @Test
    void theHighestPriorityWinsUnlessTheConfigurationNamesOne() {
        assertThat(TransportChoice.choose(List.of(RABBITMQ, KIT, MEMORY), Optional.empty())).isSameAs(KIT);
        assertThat(TransportChoice.choose(List.of(RABBITMQ, KIT, MEMORY), Optional.of(" rabbitmq ")))
                .isSameAs(RABBITMQ);
    }

    @Test
    void aTieIsRefusedNamingTheTransportsAndTheKey() {
        assertThatThrownBy(() -> TransportChoice.choose(List.of(RABBITMQ, MEMORY), Optional.empty()))
                .isInstanceOf(LightbusException.class)
                .hasMessageStartingWith(
                        "LBUS02004: Several Lightbus transports of the same priority are on the class path (in-memory (")
                .hasMessageContaining("rabbitmq (").hasMessageEndingWith("choose one with lightbus.transport=<name>");
    }

    @Test
    void anUnknownNameIsRefusedListingThePresentOnes() {
        assertThatThrownBy(() -> TransportChoice.choose(List.of(RABBITMQ, MEMORY), Optional.of("kafka")))
                .hasMessageStartingWith("LBUS02018: lightbus.transport=kafka names no transport on the class path: "
                        + "the transports present are in-memory (");
    }

    @Test
    void noTransportIsRefused() {
        assertThatThrownBy(() -> TransportChoice.choose(List.of(), Optional.empty()))
                .hasMessageStartingWith("LBUS02003: ");
    }

    private static TransportFactory factory(String name, int priority) {
        return new TransportFactory() {
            @Override
            public String name() {
                return name;
            }

            @Override
            public int priority() {
                return priority;
            }

            @Override
            public Transport create(Config config, String serviceName) {
                throw new UnsupportedOperationException();
            }
        };
    }
}
