package org.lightbus.connector.rabbitmq.it;

import static java.nio.charset.StandardCharsets.UTF_8;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;
import static org.lightbus.connector.rabbitmq.it.BrokerFixture.event;
import static org.lightbus.connector.rabbitmq.it.BrokerFixture.retry;

import java.time.Duration;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.TimeUnit;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.lightbus.connector.rabbitmq.ChannelFaults;
import org.lightbus.devbroker.junit.RequiresRabbitMQ;
import org.lightbus.spi.IncomingEvent;
import org.lightbus.spi.ListenerHandle;
import org.lightbus.spi.OutgoingEvent;
import org.lightbus.spi.RpcReply;
import org.lightbus.spi.Transport;

import com.rabbitmq.client.Channel;

/**
 * RabbitMQ closes a consumer channel, not the connection (here: an acknowledgement of an unknown delivery tag; in
 * production also the consumer acknowledgement timeout). Automatic recovery does not reopen such a channel; the
 * connector must.
 */
@RequiresRabbitMQ("a channel error for an unknown delivery tag")
class ChannelRecoveryIT {

    private final BrokerFixture broker = new BrokerFixture();

    @AfterEach
    void cleanUp() {
        broker.close();
    }

    @Test
    void aListenerWhoseChannelRabbitMQClosedGetsANewOneAndReceivesLaterEvents() throws Exception {
        List<IncomingEvent> handled = new CopyOnWriteArrayList<>();
        Transport images = broker.transport("images");
        ListenerHandle listener = images.listen(broker.listener("images", "resize", retry(3, 100)), handled::add);
        Transport accounts = broker.transport("accounts");
        OutgoingEvent before = event("{\"n\":1}");
        accounts.publish(before).toCompletableFuture().get(10, TimeUnit.SECONDS);
        await().atMost(Duration.ofSeconds(10)).until(() -> handled.size() == 1);

        Channel failed = ChannelFaults.failChannel(listener);

        await().atMost(Duration.ofSeconds(10)).until(() -> !failed.isOpen());
        assertThat(failed.getCloseReason().isHardError()).isFalse();
        assertThat(failed.getCloseReason().getMessage()).contains("PRECONDITION_FAILED");
        OutgoingEvent after = event("{\"n\":2}");
        accounts.publish(after).toCompletableFuture().get(10, TimeUnit.SECONDS);
        await().atMost(Duration.ofSeconds(10)).until(() -> handled.size() == 2);
        assertThat(handled).extracting(IncomingEvent::messageId).containsExactly(before.messageId(), after.messageId());
        assertThat(ChannelFaults.channel(listener)).isNotSameAs(failed).matches(Channel::isOpen);

        listener.close(); // and closing the listener does not reopen it
        assertThat(ChannelFaults.channel(listener).isOpen()).isFalse();
    }

    @Test
    void aServerWhoseChannelRabbitMQClosedGetsANewOneAndServesLaterCalls() throws Exception {
        Transport server = broker.transport("auth-service");
        ListenerHandle serving = server.serve(broker.server("auth-service", 2, 4, Duration.ofSeconds(5)),
                call -> CompletableFuture.completedFuture(new RpcReply(false, call.body())));
        Transport client = broker.transport("accounts");
        assertThat(call(client, "[1]")).isEqualTo("[1]");

        Channel failed = ChannelFaults.failChannel(serving);

        await().atMost(Duration.ofSeconds(10)).until(() -> !failed.isOpen());
        assertThat(failed.getCloseReason().isHardError()).isFalse();
        assertThat(call(client, "[2]")).isEqualTo("[2]");
        assertThat(ChannelFaults.channel(serving)).isNotSameAs(failed).matches(Channel::isOpen);
    }

    private String call(Transport client, String arguments) throws Exception {
        RpcReply reply = client.call(broker.request("echo", arguments, Duration.ofSeconds(10))).toCompletableFuture()
                .get(15, TimeUnit.SECONDS);
        assertThat(reply.error()).isFalse();
        return new String(reply.body(), UTF_8);
    }
}
