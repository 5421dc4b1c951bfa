package org.lightbus.cdi.listen;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

import jakarta.inject.Inject;

import org.junit.jupiter.api.Test;
import org.lightbus.cdi.testkit.LightbusComponentTest;
import org.lightbus.cdi.testkit.RecordingTransport;
import org.lightbus.spi.ListenerSpec;

@LightbusComponentTest
class ListenerNameTest {

    @Inject
    Mailer mailer;

    @Test
    void everyListenerIsRegisteredWithItsNameServiceApiAndEvent() {
        assertThat(RecordingTransport.current().listeners)
                .extracting(ListenerSpec::listenerName, ListenerSpec::serviceName, ListenerSpec::api,
                        ListenerSpec::eventName)
                .containsExactlyInAnyOrder(tuple("welcome-email", "test", "auth", "user_signed_up"),
                        tuple("audit.sign-ups", "test", "auth", "user_signed_up"),
                        tuple("Mailer.newsletter", "test", "auth", "user_signed_up"));
    }
}
