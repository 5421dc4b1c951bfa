package org.lightbus.messaging;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.Map;

import org.eclipse.microprofile.config.Config;
import org.junit.jupiter.api.Test;

import io.smallrye.config.PropertiesConfigSource;
import io.smallrye.config.SmallRyeConfigBuilder;

class ChannelSettingsTest {

    @Test
    void theInFlightBoundHasADefaultAndCanBeSet() {
        assertThat(ChannelSettings.outgoing(config(Map.of("channel-name", "signups"))))
                .isEqualTo(new ChannelSettings("signups", 256));
        assertThat(ChannelSettings.outgoing(config(Map.of("channel-name", "signups", "max-in-flight", "8"))))
                .isEqualTo(new ChannelSettings("signups", 8));
    }

    @Test
    void anInvalidBoundNamesTheKey() {
        assertThatThrownBy(() -> ChannelSettings
                .outgoing(config(Map.of("channel-name", "signups", "max-in-flight", "0")))).hasMessage(
                        "LBUS06000: The value '0' of mp.messaging.outgoing.signups.max-in-flight is not accepted: "
                                + "use an integer of at least 1");
        assertThatThrownBy(
                () -> ChannelSettings.outgoing(config(Map.of("channel-name", "signups", "max-in-flight", "many"))))
                        .hasMessageStartingWith("LBUS06000: The value 'many' of ");
    }

    private static Config config(Map<String, String> properties) {
        return new SmallRyeConfigBuilder().withSources(new PropertiesConfigSource(properties, "channel", 100)).build();
    }
}
