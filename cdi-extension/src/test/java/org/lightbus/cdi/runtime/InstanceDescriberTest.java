package org.lightbus.cdi.runtime;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Instant;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;

import org.junit.jupiter.api.Test;
import org.lightbus.cdi.codec.JsonCodec;
import org.lightbus.spi.DeliveryHandler;
import org.lightbus.spi.IncomingEvent;
import org.lightbus.spi.NotHandledException;
import org.lightbus.spi.ServiceDescriber.Moment;
import org.lightbus.spi.TransportHealth;

import com.fasterxml.jackson.databind.JsonNode;

/**
 * What an instance tells about itself at each moment ({@code docs/protocol.md}, "Service directory"): its parts always,
 * whether its listeners consume only when it answers, its activity when it answers and when it stops.
 */
class InstanceDescriberTest {

    private static final IncomingEvent EVENT = new IncomingEvent("auth", "user_signed_up", "m-1", "signup",
            Instant.now(), 1, new byte[0], Map.of());

    private final BusActivity activity = new BusActivity();
    private final InstanceDescriber describer = new InstanceDescriber("mailer",
            new InstanceDescriber.Parts(Set.of("mail"), Set.of("mail"), Set.of("auth"),
                    () -> new TreeMap<>(
                            Map.of("welcome-email", new InstanceDescriber.ListenerEntry("auth", "user_signed_up")))),
            () -> TransportHealth.of(true, null, Map.of("welcome-email", true), Map.of("mail", true)), activity,
            new JsonCodec());

    @Test
    void aStartedRecordHasThePartsWithoutStateOrActivity() {
        JsonNode started = describer.document(Moment.STARTED);

        assertThat(started.path("version").asInt()).isEqualTo(1);
        assertThat(started.path("moment").textValue()).isEqualTo("started");
        assertThat(started.path("service").textValue()).isEqualTo("mailer");
        assertThat(started.path("owns").toString()).isEqualTo("[\"mail\"]");
        assertThat(started.path("calls").toString()).isEqualTo("[\"auth\"]");
        assertThat(started.path("listeners").toString())
                .isEqualTo("[{\"listener\":\"welcome-email\",\"api\":\"auth\",\"event\":\"user_signed_up\"}]");
        assertThat(started.has("connected")).isFalse();
        assertThat(started.has("published")).isFalse();
    }

    @Test
    void anAnswerHasTheStateAndTheActivityAndAStopTheActivityOnly() throws Exception {
        DeliveryHandler failing = activity.observe("welcome-email", event -> {
            throw new IllegalStateException("smtp down");
        });
        activity.observe("welcome-email", event -> {
        }).handle(EVENT);
        assertThatThrownBy(() -> failing.handle(EVENT)).hasMessage("smtp down");
        activity.published("mail", "mail.sent");

        JsonNode running = describer.document(Moment.RUNNING);
        JsonNode listener = running.path("listeners").get(0);
        assertThat(running.path("connected").booleanValue()).isTrue();
        assertThat(listener.path("consuming").booleanValue()).isTrue();
        assertThat(listener.path("delivered").asLong()).isEqualTo(2);
        assertThat(listener.path("failed").asLong()).isEqualTo(1);
        assertThat(listener.path("lastFailure").path("type").textValue()).isEqualTo("java.lang.IllegalStateException");
        assertThat(listener.path("lastFailure").path("message").textValue()).isEqualTo("smtp down");
        assertThat(running.path("published").get(0).path("event").textValue()).isEqualTo("mail.sent");
        assertThat(running.path("published").get(0).path("count").asLong()).isEqualTo(1);

        JsonNode stopped = describer.document(Moment.STOPPED);
        assertThat(stopped.has("connected")).isFalse();
        assertThat(stopped.path("listeners").get(0).has("consuming")).isFalse();
        assertThat(stopped.path("listeners").get(0).path("delivered").asLong()).isEqualTo(2);
        assertThat(stopped.path("instance").textValue()).isEqualTo(running.path("instance").textValue());
    }

    @Test
    void anEventHandedBackUnhandledCountsAsNothing() {
        DeliveryHandler handedBack = activity.observe("welcome-email", event -> {
            throw new NotHandledException("stopping");
        });

        assertThatThrownBy(() -> handedBack.handle(EVENT)).isInstanceOf(NotHandledException.class);
        assertThat(activity.listener("welcome-email").delivered().count()).isZero();
        assertThat(activity.listener("welcome-email").failed().count()).isZero();
    }
}
