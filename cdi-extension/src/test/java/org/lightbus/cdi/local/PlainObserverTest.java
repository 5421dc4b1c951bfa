package org.lightbus.cdi.local;

import static org.assertj.core.api.Assertions.assertThat;

import jakarta.enterprise.event.Event;
import jakarta.inject.Inject;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.lightbus.api.Bus;
import org.lightbus.cdi.testkit.LightbusComponentTest;
import org.lightbus.cdi.testkit.RecordingTransport;

/**
 * CDI semantics, unchanged by Lightbus: an observer without qualifiers observes every event of its type, whatever the
 * qualifiers it was fired with. So a plain {@code @Observes ArticlePublished} is called synchronously, in the firing
 * thread, by a {@code @Bus} fire() as well; only {@code @Observes @Bus} methods are taken off the local event and
 * served by the broker. An unqualified fire() stays local: nothing is published.
 */
@LightbusComponentTest(config = "lightbus.owned-apis=news")
class PlainObserverTest {

    @Inject
    @Bus
    Event<NewsApi.ArticlePublished> onBus;

    @Inject
    Event<NewsApi.ArticlePublished> local;

    @Inject
    Newsroom newsroom;

    RecordingTransport transport;

    @BeforeEach
    void recordWithoutDelivering() {
        transport = RecordingTransport.current();
        transport.hold();
    }

    @Test
    void aBusFireAlsoNotifiesPlainObserversLocally() {
        onBus.fire(new NewsApi.ArticlePublished("hello"));

        assertThat(newsroom.local()).containsExactly("hello");
        assertThat(newsroom.fromBus()).isEmpty();
        assertThat(transport.published).hasSize(1);
    }

    @Test
    void aPlainFireStaysLocal() {
        local.fire(new NewsApi.ArticlePublished("draft"));

        assertThat(newsroom.local()).containsExactly("draft");
        assertThat(newsroom.fromBus()).isEmpty();
        assertThat(transport.published).isEmpty();
    }

    @Test
    void aDeliveryFromTheBrokerCallsOnlyTheBusListener() {
        onBus.fire(new NewsApi.ArticlePublished("hello"));
        transport.release();
        transport.awaitDelivered();

        assertThat(newsroom.fromBus()).containsExactly("hello");
        assertThat(newsroom.local()).containsExactly("hello");
    }
}
