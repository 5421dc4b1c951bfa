package org.lightbus.tck.config;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.logging.Handler;
import java.util.logging.Level;
import java.util.logging.LogRecord;
import java.util.logging.Logger;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.lightbus.api.LightbusException;
import org.lightbus.tck.support.Broker;
import org.lightbus.testing.BusApplication;

/**
 * With the RabbitMQ connector, the start checks the runtime's and the connector's keys together: every invalid value in
 * one error before anything connects, and a warning for a misspelt connector key.
 */
class ConfigurationCheckTest {

    private final Broker broker = new Broker();
    private final List<String> warnings = new CopyOnWriteArrayList<>();
    private final Handler capture = new Handler() {
        @Override
        public void publish(LogRecord record) {
            if (record.getLevel().intValue() >= Level.WARNING.intValue()) {
                warnings.add(record.getMessage());
            }
        }

        @Override
        public void flush() {
        }

        @Override
        public void close() {
        }
    };

    @BeforeEach
    void captureWarnings() {
        Logger.getLogger("org.lightbus").addHandler(capture);
    }

    @AfterEach
    void stop() throws Exception {
        Logger.getLogger("org.lightbus").removeHandler(capture);
        broker.close();
    }

    @Test
    void invalidRuntimeAndConnectorValuesFailTheStartInOneError() {
        assertThatThrownBy(() -> BusApplication.named("mailer").in(broker.namespace()).with(Mailer.class)
                .config("lightbus.listener.welcome.max-attempts", "none")
                .config("lightbus.rabbitmq.queue-type", "stream")
                .config("lightbus.rabbitmq.connection-timeout", "briefly").start())
                        .isInstanceOfSatisfying(LightbusException.class, e -> {
                            assertThat(e.code()).isEqualTo("LBUS02012");
                            assertThat(e.getMessage()).startsWith("LBUS02012: 3 configuration value(s) are invalid")
                                    .contains(
                                            "LBUS02005: The value 'none' of lightbus.listener.welcome.max-attempts is "
                                                    + "invalid: expected a whole number of at least 1")
                                    .contains(
                                            "LBUS03001: The value 'stream' of lightbus.rabbitmq.queue-type is not accepted: "
                                                    + "use one of quorum, classic")
                                    .contains("'briefly' of lightbus.rabbitmq.connection-timeout is not a duration");
                        });
    }

    @Test
    void aMisspeltConnectorKeyIsWarnedAboutWithTheConnectorKeyItResembles() {
        try (BusApplication mailer = BusApplication.named("mailer").in(broker.namespace()).with(Mailer.class)
                .config("lightbus.rabbitmq.virtual-hots", "/").config("lightbus.listener.welcome.prefetch", "4")
                .start()) {
            assertThat(mailer.serviceName()).isEqualTo("mailer");
        }

        assertThat(warnings).filteredOn(warning -> warning.startsWith("LBUS0250"))
                .filteredOn(warning -> !warning.startsWith("LBUS02507")) // no owner of auth runs here
                .containsExactly("LBUS02504: The configuration key lightbus.rabbitmq.virtual-hots is not "
                        + "one that Lightbus reads, so it has no effect: did you mean lightbus.rabbitmq.virtual-host?");
    }
}
