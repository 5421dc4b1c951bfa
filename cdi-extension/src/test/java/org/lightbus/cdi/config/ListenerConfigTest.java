package org.lightbus.cdi.config;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;

import jakarta.inject.Inject;

import org.junit.jupiter.api.Test;
import org.lightbus.cdi.testkit.LightbusComponentTest;
import org.lightbus.cdi.testkit.RecordingTransport;
import org.lightbus.spi.ListenerSpec;
import org.lightbus.spi.RetryPolicy;

@LightbusComponentTest(config = { "lightbus.service-name=shipping", "lightbus.listener.max-attempts=3",
        "lightbus.listener.prefetch=8", "lightbus.listener.invoicing.max-attempts=10",
        "lightbus.listener.invoicing.initial-backoff=PT1S", "lightbus.listener.invoicing.backoff-multiplier=3",
        "lightbus.listener.invoicing.max-backoff=2m", "lightbus.listener.invoicing.prefetch=1",
        "lightbus.listener.invoicing.max-message-size=64KiB" })
class ListenerConfigTest {

    @Inject
    Shipping shipping;

    @Test
    void globalListenerSettingsReachEveryListener() {
        assertThat(spec("Shipping.track")).satisfies(spec -> {
            assertThat(spec.serviceName()).isEqualTo("shipping");
            assertThat(spec.retry()).isEqualTo(new RetryPolicy(3, Duration.ofMillis(200), 2.0, Duration.ofSeconds(30)));
            assertThat(spec.prefetch()).isEqualTo(8);
            assertThat(spec.maxMessageSize()).isEqualTo(1024 * 1024);
        });
    }

    @Test
    void perListenerSettingsOverrideTheGlobalOnes() {
        assertThat(spec("invoicing")).satisfies(spec -> {
            assertThat(spec.retry()).isEqualTo(new RetryPolicy(10, Duration.ofSeconds(1), 3.0, Duration.ofMinutes(2)));
            assertThat(spec.prefetch()).isEqualTo(1);
            assertThat(spec.maxMessageSize()).isEqualTo(64 * 1024);
        });
    }

    private static ListenerSpec spec(String listenerName) {
        return RecordingTransport.current().listeners.stream().filter(s -> s.listenerName().equals(listenerName))
                .findFirst().orElseThrow(() -> new AssertionError("no listener " + listenerName));
    }
}
