package org.lightbus.cdi.configcheck;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.logging.Handler;
import java.util.logging.Level;
import java.util.logging.LogRecord;
import java.util.logging.Logger;

import org.jboss.weld.environment.se.Weld;
import org.jboss.weld.environment.se.WeldContainer;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.lightbus.api.LightbusException;
import org.lightbus.cdi.testkit.RecordingTransport;
import org.lightbus.cdi.testkit.TestConfig;

/**
 * When an application starts, every key that applies to it is parsed, and every invalid value fails the start in one
 * error; a {@code lightbus.*} key that nothing reads gets a warning with the closest key that is read.
 */
class ConfigurationCheckTest {

    private final List<LogRecord> warnings = new CopyOnWriteArrayList<>();
    private final Handler capture = new Handler() {
        @Override
        public void publish(LogRecord record) {
            if (record.getLevel().intValue() >= Level.WARNING.intValue()) {
                warnings.add(record);
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
        TestConfig.PROPERTIES.clear();
        RecordingTransport.CREATED.clear();
        Logger.getLogger("org.lightbus").addHandler(capture);
    }

    @AfterEach
    void reset() {
        Logger.getLogger("org.lightbus").removeHandler(capture);
        TestConfig.PROPERTIES.clear();
        RecordingTransport.CREATED.clear();
    }

    @Test
    void everyInvalidValueThatAppliesToTheApplicationFailsTheStartInOneError() {
        TestConfig.PROPERTIES.putAll(Map.of("lightbus.listener.max-attempts", "0",
                "lightbus.listener.Warehouse.pack.initial-backoff", "soon", "lightbus.api.orders.rpc-timeout", "5x",
                "lightbus.api.orders.ship.rpc-timeout", "0s", "lightbus.publish.confirm-timeout", "never",
                "lightbus.in-memory.latency", "slow", "lightbus.listener.Other.listener.max-attempts", "0"));

        assertThatThrownBy(this::start).isInstanceOfSatisfying(LightbusException.class, e -> {
            assertThat(e.code()).isEqualTo("LBUS02012");
            assertThat(e.getMessage()).startsWith("LBUS02012: 6 configuration value(s) are invalid")
                    .contains("LBUS02005: The value '0' of lightbus.listener.max-attempts is invalid: expected a "
                            + "whole number of at least 1")
                    .contains("LBUS02005: The value 'soon' of lightbus.listener.Warehouse.pack.initial-backoff is "
                            + "invalid: expected a duration")
                    .contains("LBUS02005: The value '5x' of lightbus.api.orders.rpc-timeout is invalid")
                    .contains("LBUS02005: The value '0s' of lightbus.api.orders.ship.rpc-timeout is invalid: expected "
                            + "a duration longer than zero")
                    .contains("LBUS02005: The value 'never' of lightbus.publish.confirm-timeout is invalid")
                    .contains("LBUS00001: The value 'slow' of lightbus.in-memory.latency is not a number")
                    .doesNotContain("lightbus.listener.Other.listener.max-attempts is invalid");
        });
        assertThat(RecordingTransport.CREATED).as("no connection with an invalid configuration").isEmpty();
    }

    @Test
    void anUnknownKeyGetsOneWarningNamingTheClosestKnownKey() {
        TestConfig.PROPERTIES
                .putAll(Map.of("lightbus.listener.max-atempts", "3", "lightbus.listener.Warehouse.pack.prefech", "2",
                        "lightbus.api.orders.shipp.rpc-timeout", "2s", "lightbus.in-memory.latncy", "5",
                        "lightbus.nothing-like-any-key", "1", "rabbitmq-hots", "x", "lightbus.listener.max-attempts",
                        "3", "lightbus.api.orders.ship.rpc-timeout", "2s", "lightbus.in-memory.latency", "5"));

        try (WeldContainer container = start()) {
            assertThat(RecordingTransport.current().listeners).isNotEmpty();
        }

        assertThat(warnings).extracting(LogRecord::getMessage).filteredOn(message -> message.startsWith("LBUS0250"))
                .filteredOn(message -> !message.startsWith("LBUS02507")).containsExactlyInAnyOrder(
                        "LBUS02504: The configuration key lightbus.api.orders.shipp.rpc-timeout is not one that Lightbus reads, "
                                + "so it has no effect: did you mean lightbus.api.orders.ship.rpc-timeout?",
                        "LBUS02504: The configuration key lightbus.in-memory.latncy is not one that Lightbus reads, so it has "
                                + "no effect: did you mean lightbus.in-memory.latency?",
                        "LBUS02504: The configuration key lightbus.listener.Warehouse.pack.prefech is not one that Lightbus "
                                + "reads, so it has no effect: did you mean lightbus.listener.Warehouse.pack.prefetch?",
                        "LBUS02504: The configuration key lightbus.listener.max-atempts is not one that Lightbus reads, so it "
                                + "has no effect: did you mean lightbus.listener.max-attempts?",
                        "LBUS02505: The configuration key lightbus.nothing-like-any-key is not one that Lightbus reads, so it "
                                + "has no effect (docs/configuration.md lists the keys)");
    }

    private WeldContainer start() {
        return new Weld("configcheck-" + UUID.randomUUID()).disableDiscovery()
                .addBeanClasses(Warehouse.class, TestConfig.class).initialize();
    }
}
