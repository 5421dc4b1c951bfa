package org.lightbus.connector.rabbitmq;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Map;

import org.junit.jupiter.api.Test;

import com.rabbitmq.client.impl.LongStringHelper;

class BrokerProfileTest {

    @Test
    void rabbitMqIsToldByItsProductProperty() {
        BrokerProfile profile = BrokerProfile.of(Map.of("product", LongStringHelper.asLongString("RabbitMQ"), "version",
                LongStringHelper.asLongString("4.1.4")));

        assertThat(profile.rabbitMq()).isTrue();
        assertThat(profile.name()).isEqualTo("RabbitMQ 4.1.4");
        assertThat(profile.queueArguments()).isTrue();
        assertThat(profile.delaysRetries()).isTrue();
        assertThat(profile.directReplyTo()).isTrue();
    }

    @Test
    void anyOtherBrokerGetsTheCompatibilityMode() {
        BrokerProfile profile = BrokerProfile.of(Map.of("product", LongStringHelper.asLongString("qpid"), "version",
                LongStringHelper.asLongString("10.1.0")));

        assertThat(profile.rabbitMq()).isFalse();
        assertThat(profile.name()).isEqualTo("qpid 10.1.0");
        assertThat(profile.queueArguments()).isFalse();
        assertThat(profile.delaysRetries()).isFalse();
        assertThat(profile.directReplyTo()).isFalse();
    }

    @Test
    void aBrokerThatDoesNotSayWhatItIsIsNotTakenForRabbitMq() {
        BrokerProfile profile = BrokerProfile.of(Map.of());

        assertThat(profile.rabbitMq()).isFalse();
        assertThat(profile.name()).isEqualTo("an unknown AMQP 0-9-1 broker");
    }
}
