package org.lightbus.cdi.publisher;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;

import jakarta.inject.Inject;

import org.junit.jupiter.api.Test;
import org.lightbus.api.EventPublisher;
import org.lightbus.api.PublishException;
import org.lightbus.cdi.fire.ShopApi;
import org.lightbus.cdi.testkit.LightbusComponentTest;
import org.lightbus.cdi.testkit.RecordingTransport;

@LightbusComponentTest(config = "lightbus.owned-apis=shop")
class EventPublisherTest {

    @Inject
    EventPublisher publisher;

    @Test
    void aPublishTheBrokerDidNotTakeFailsTheStageWithThePublishExceptionItself() {
        PublishException notTaken = new PublishException("LBUS03103", "not confirmed", "shop", "order_placed", "m-1",
                null);
        RecordingTransport.current().publishFailure = notTaken;

        assertThat(publisher.publish(new ShopApi.OrderPlaced("o-1", 1)).handle((nothing, failure) -> failure))
                .succeedsWithin(Duration.ofSeconds(10)).isSameAs(notTaken);
    }

    @Test
    void aConfirmedPublishCompletesTheStage() {
        assertThat(publisher.publish(new ShopApi.OrderPlaced("o-2", 1))).succeedsWithin(Duration.ofSeconds(10));

        assertThat(RecordingTransport.current().published).singleElement()
                .satisfies(event -> assertThat(event.eventName()).isEqualTo("order_placed"));
    }
}
