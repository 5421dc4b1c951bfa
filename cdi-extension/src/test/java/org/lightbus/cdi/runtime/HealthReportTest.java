package org.lightbus.cdi.runtime;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Map;
import java.util.Set;

import org.junit.jupiter.api.Test;
import org.lightbus.spi.TransportHealth;

/** When the bus is live and ready, and what its health checks say about each part. */
class HealthReportTest {

    @Test
    void connectedWithEveryConsumerConsumingIsReady() {
        HealthReport report = HealthReport.of("images",
                TransportHealth.of(true, null, Map.of("welcome", true, "Images.resize", true), Map.of("auth", true)),
                Set.of("welcome", "Images.resize"), Set.of("auth"));

        assertThat(report.live()).isTrue();
        assertThat(report.ready()).isTrue();
        assertThat(report.details()).containsEntry("service", "images").containsEntry("connection", "up")
                .containsEntry("listener welcome", "consuming").containsEntry("listener Images.resize", "consuming")
                .containsEntry("server auth", "consuming");
    }

    @Test
    void aBrokerOutageMakesTheBusUnreadyButLeavesItLive() {
        HealthReport report = HealthReport.of("images", TransportHealth.of(false,
                "The connection to RabbitMQ at 127.0.0.1:5672 is down", Map.of("welcome", false), Map.of()),
                Set.of("welcome"), Set.of());

        assertThat(report.live()).isTrue();
        assertThat(report.ready()).isFalse();
        assertThat(report.details()).containsEntry("connection", "The connection to RabbitMQ at 127.0.0.1:5672 is down")
                .containsEntry("listener welcome", "not consuming");
    }

    @Test
    void aListenerOrServerTheTransportDoesNotListIsNotConsuming() {
        HealthReport report = HealthReport.of("images",
                TransportHealth.of(true, null, Map.of("welcome", true), Map.of()), Set.of("welcome", "audit"),
                Set.of("auth"));

        assertThat(report.ready()).isFalse();
        assertThat(report.details()).containsEntry("listener audit", "not consuming").containsEntry("server auth",
                "not consuming");
    }

    @Test
    void aTransportThatReportsNoConsumersIsJudgedByItsConnection() {
        HealthReport report = HealthReport.of("images", TransportHealth.unreported(), Set.of("welcome"), Set.of());

        assertThat(report.ready()).isTrue();
        assertThat(report.details()).containsEntry("listener welcome", "consuming");
    }

    @Test
    void aBusThatDoesNotRunIsLiveButNotReady() {
        assertThat(HealthReport.notRunning()).satisfies(report -> {
            assertThat(report.live()).isTrue();
            assertThat(report.ready()).isFalse();
        });
    }
}
