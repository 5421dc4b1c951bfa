package org.lightbus.faults.tls;

import static java.nio.charset.StandardCharsets.UTF_8;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import java.time.Duration;
import java.time.Instant;
import java.util.HashMap;
import java.util.Map;
import java.util.UUID;

import org.eclipse.microprofile.config.Config;
import org.junit.jupiter.api.Test;
import org.lightbus.api.LightbusException;
import org.lightbus.connector.rabbitmq.RabbitMQTransportFactory;
import org.lightbus.faults.support.FaultSuite;
import org.lightbus.faults.support.RabbitNode;
import org.lightbus.spi.OutgoingEvent;
import org.lightbus.spi.Transport;

import io.smallrye.config.PropertiesConfigSource;
import io.smallrye.config.SmallRyeConfigBuilder;

/**
 * A TLS listener whose certificate a private CA signed for {@code localhost} only: the connection is accepted when the
 * CA is trusted and the host name matches, and refused, with a clear error, when the CA is not trusted or the host name
 * does not match.
 */
@FaultSuite
class TlsIT {

    @Test
    void aTrustedCertificateNamingTheHostIsAccepted(RabbitNode node) {
        try (Transport transport = connect(node, "localhost",
                Map.of("lightbus.rabbitmq.tls-ca-file", node.tlsCaFile().toString()))) {
            assertThat(transport.publish(event())).succeedsWithin(Duration.ofSeconds(30));
        }
    }

    @Test
    void aCertificateOfAnUntrustedCaIsRefused(RabbitNode node) {
        LightbusException e = catchThrowableOfType(LightbusException.class,
                () -> connect(node, "localhost", Map.of()).close());

        assertThat(e.code()).isEqualTo("LBUS03008");
        assertThat(e.getMessage()).contains("TLS handshake", "lightbus.rabbitmq.tls-ca-file");
    }

    @Test
    void aCertificateThatDoesNotNameTheHostIsRefused(RabbitNode node) {
        LightbusException e = catchThrowableOfType(LightbusException.class,
                () -> connect(node, "127.0.0.1", Map.of("lightbus.rabbitmq.tls-ca-file", node.tlsCaFile().toString()))
                        .close());

        assertThat(e.code()).isEqualTo("LBUS03008");
        assertThat(e.getMessage()).contains("127.0.0.1", "lightbus.rabbitmq.tls-verify-hostname");
    }

    @Test
    void withoutHostNameVerificationTheTrustedCertificateIsAcceptedForAnyHost(RabbitNode node) {
        try (Transport transport = connect(node, "127.0.0.1", Map.of("lightbus.rabbitmq.tls-ca-file",
                node.tlsCaFile().toString(), "lightbus.rabbitmq.tls-verify-hostname", "false"))) {
            assertThat(transport.publish(event())).succeedsWithin(Duration.ofSeconds(30));
        }
    }

    private static Transport connect(RabbitNode node, String host, Map<String, String> tls) {
        Map<String, String> settings = new HashMap<>(tls);
        settings.put("lightbus.rabbitmq.host", host);
        settings.put("lightbus.rabbitmq.port", Integer.toString(node.tlsPort()));
        settings.put("lightbus.rabbitmq.tls", "true");
        settings.put("lightbus.rabbitmq.connection-timeout", "30s");
        settings.put("lightbus.namespace", "tls-" + UUID.randomUUID().toString().substring(0, 8));
        Config config = new SmallRyeConfigBuilder().withSources(new PropertiesConfigSource(settings, "test", 500))
                .build();
        return new RabbitMQTransportFactory().create(config, "tls-client");
    }

    private static OutgoingEvent event() {
        return new OutgoingEvent("tls", "checked", UUID.randomUUID().toString(), "tls-client", Instant.now(),
                "{}".getBytes(UTF_8));
    }
}
