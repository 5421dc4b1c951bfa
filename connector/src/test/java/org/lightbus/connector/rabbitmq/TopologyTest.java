package org.lightbus.connector.rabbitmq;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.entry;

import java.time.Duration;

import org.junit.jupiter.api.Test;
import org.lightbus.spi.ListenerSpec;
import org.lightbus.spi.RetryPolicy;

class TopologyTest {

    private static final BrokerProfile RABBITMQ = new BrokerProfile("RabbitMQ", "4.1.4", true);
    private static final BrokerProfile QPID = new BrokerProfile("Qpid", "10.1.0", false);
    private static final RetryPolicy RETRY = new RetryPolicy(3, Duration.ofMillis(100), 2.0, Duration.ofSeconds(1));

    @Test
    void namesExchangeAndQueuesAfterNamespaceApiServiceAndListener() {
        TopologyNames names = new TopologyNames("lightbus");

        ListenerTopology topology = names
                .listener(new ListenerSpec("images", "Images.resizeAvatar", "acme.auth", "user_signed_up", RETRY, 8));

        assertThat(names.exchange("acme.auth")).isEqualTo("lightbus.acme.auth");
        assertThat(topology).isEqualTo(new ListenerTopology("images.Images.resizeAvatar", "lightbus.acme.auth",
                "user_signed_up", "lightbus.images.Images.resizeAvatar", "lightbus.images.Images.resizeAvatar.retry",
                "lightbus.images.Images.resizeAvatar.dlq"));
    }

    @Test
    void anApisCallQueueCannotCollideWithAListenerQueueAndIsAlwaysClassic() {
        assertThat(new TopologyNames("lightbus").callQueue("acme.auth")).isEqualTo("lightbus.acme.auth.$rpc");
        assertThat(new TopologyDeclarer(QueueType.QUORUM, RABBITMQ).callQueueArguments())
                .containsExactly(entry("x-queue-type", "classic"));
    }

    @Test
    void quorumRetryQueueDeadLettersBackAtLeastOnce() {
        TopologyDeclarer declarer = new TopologyDeclarer(QueueType.QUORUM, RABBITMQ);

        assertThat(declarer.queueArguments()).containsExactly(entry("x-queue-type", "quorum"));
        assertThat(declarer.retryQueueArguments("ns.svc.l")).containsOnly(entry("x-queue-type", "quorum"),
                entry("x-dead-letter-exchange", ""), entry("x-dead-letter-routing-key", "ns.svc.l"),
                entry("x-dead-letter-strategy", "at-least-once"), entry("x-overflow", "reject-publish"));
    }

    @Test
    void classicRetryQueueHasOnlyTheDeadLetterTarget() {
        TopologyDeclarer declarer = new TopologyDeclarer(QueueType.CLASSIC, RABBITMQ);

        assertThat(declarer.retryQueueArguments("ns.svc.l")).containsOnly(entry("x-queue-type", "classic"),
                entry("x-dead-letter-exchange", ""), entry("x-dead-letter-routing-key", "ns.svc.l"));
    }

    @Test
    void otherBrokersGetQueuesWithoutArguments() {
        TopologyDeclarer declarer = new TopologyDeclarer(QueueType.QUORUM, QPID);

        assertThat(declarer.queueArguments()).isEmpty();
        assertThat(declarer.callQueueArguments()).isEmpty();
    }

    @Test
    void replyQueuesAreNewPerClientAndCannotCollideWithListenerQueues() {
        TopologyNames names = new TopologyNames("lightbus");

        assertThat(names.replyQueue("mailer")).startsWith("lightbus.mailer.$reply.")
                .isNotEqualTo(names.replyQueue("mailer"));
    }
}
