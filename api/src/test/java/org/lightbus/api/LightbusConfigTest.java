package org.lightbus.api;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;

import org.junit.jupiter.api.Test;

class LightbusConfigTest {

    @Test
    void aListenerKeyInsertsTheListenerNameAfterTheListenerPrefix() {
        assertThat(LightbusConfig.forListener("Images.resizeAvatar", LightbusConfig.LISTENER_MAX_ATTEMPTS))
                .isEqualTo("lightbus.listener.Images.resizeAvatar.max-attempts");
        assertThat(LightbusConfig.forListener("welcome-email", LightbusConfig.LISTENER_INITIAL_BACKOFF))
                .isEqualTo("lightbus.listener.welcome-email.initial-backoff");
        assertThat(LightbusConfig.forListener("audit", LightbusConfig.LISTENER_PREFETCH))
                .isEqualTo("lightbus.listener.audit.prefetch");
    }

    @Test
    void rejectsAKeyThatIsNotAListenerSettingNamingIt() {
        assertThatIllegalArgumentException()
                .isThrownBy(() -> LightbusConfig.forListener("audit", LightbusConfig.SERVICE_NAME))
                .withMessageContaining(LightbusConfig.SERVICE_NAME);
    }
}
