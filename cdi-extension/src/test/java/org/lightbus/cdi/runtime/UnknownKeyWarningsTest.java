package org.lightbus.cdi.runtime;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.logging.Handler;
import java.util.logging.LogRecord;
import java.util.logging.Logger;

import org.eclipse.microprofile.config.Config;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.lightbus.cdi.model.ApplicationNames;
import org.lightbus.cdi.testkit.RecordingTransportFactory;

import io.smallrye.config.EnvConfigSource;
import io.smallrye.config.PropertiesConfigSource;
import io.smallrye.config.SmallRyeConfigBuilder;

class UnknownKeyWarningsTest {

    private static final ApplicationNames NAMES = ApplicationNames.of(Set.of("Images.resize"), Map.of());

    private final List<String> logged = new CopyOnWriteArrayList<>();
    private final Handler capture = new Handler() {
        @Override
        public void publish(LogRecord record) {
            logged.add(record.getLevel() + " " + record.getMessage());
        }

        @Override
        public void flush() {
        }

        @Override
        public void close() {
        }
    };

    @BeforeEach
    void captureLog() {
        Logger.getLogger("org.lightbus").addHandler(capture);
    }

    @AfterEach
    void stopCapturing() {
        Logger.getLogger("org.lightbus").removeHandler(capture);
    }

    @Test
    void environmentVariablesAreCheckedUnderTheirOwnNames() {
        Config config = new SmallRyeConfigBuilder().withSources(new EnvConfigSource(
                Map.of("LIGHTBUS_SERVICE_NAME", "images", "LIGHTBUS_LISTENER_IMAGES_RESIZE_PREFETCH", "4",
                        "LIGHTBUS_LISTENER_MAX_ATEMPTS", "3", "LIGHTBUS_TEST_BROKER", "rabbitmq", "HOME", "/root"),
                300)).withSources(new PropertiesConfigSource(Map.of("lightbus.listener.prefetch", "8"), "test", 100))
                .build();

        ConfigurationCheck.run(config, new RecordingTransportFactory(), NAMES);

        assertThat(logged).containsExactly("WARN LBUS02504: The configuration key LIGHTBUS_LISTENER_MAX_ATEMPTS is "
                + "not one that Lightbus reads, so it has no effect: did you mean LIGHTBUS_LISTENER_MAX_ATTEMPTS?");
    }

    @Test
    void aValidConfigurationLogsNothing() {
        Config config = new SmallRyeConfigBuilder()
                .withSources(new PropertiesConfigSource(
                        Map.of("lightbus.service-name", "images", "lightbus.listener.Images.resize.max-backoff", "1m",
                                "lightbus.in-memory.latency", "3", "rabbitmq-host", "broker", "other.tool", "x"),
                        "test", 100))
                .build();

        ConfigurationCheck.run(config, new RecordingTransportFactory(), NAMES);

        assertThat(logged).isEmpty();
    }
}
