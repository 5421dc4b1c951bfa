package org.lightbus.connector.rabbitmq.it;

import static java.nio.charset.StandardCharsets.UTF_8;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;
import static org.lightbus.connector.rabbitmq.it.RpcIT.ECHO;
import static org.lightbus.connector.rabbitmq.it.RpcIT.text;

import java.time.Duration;
import java.util.Map;
import java.util.Queue;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicReference;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.lightbus.devbroker.junit.RequiresRabbitMQ;
import org.lightbus.spi.RpcReply;
import org.lightbus.spi.Transport;

import com.rabbitmq.client.AMQP;
import com.rabbitmq.client.GetResponse;

/**
 * The RPC wire protocol as an application in another language sees it ({@code docs/protocol.md}): requests read and
 * replies written with a plain AMQP client.
 */
class RpcWireIT {

    private final BrokerFixture broker = new BrokerFixture();

    @AfterEach
    void cleanUp() {
        broker.close();
    }

    private GetResponse awaitRequest(String queue) {
        AtomicReference<GetResponse> request = new AtomicReference<>();
        await().atMost(Duration.ofSeconds(10)).until(() -> {
            request.set(broker.get(queue));
            return request.get() != null;
        });
        return request.get();
    }

    @Test
    @RequiresRabbitMQ("per-message TTL and direct reply-to")
    void aRequestIsATransientMessageOnTheCallQueueAndAPlainClientCanReplyToIt() throws Exception {
        Transport client = broker.transport("accounts");
        long before = System.currentTimeMillis();
        CompletableFuture<RpcReply> call = client
                .call(broker.request("check_password", "[\"ada\"]", Duration.ofSeconds(20))).toCompletableFuture();

        GetResponse request = awaitRequest(broker.callQueue());
        AMQP.BasicProperties properties = request.getProps();
        assertThat(new String(request.getBody(), UTF_8)).isEqualTo("[\"ada\"]");
        assertThat(properties.getDeliveryMode()).isEqualTo(1);
        assertThat(properties.getExpiration()).isEqualTo("20000");
        assertThat(properties.getContentType()).isEqualTo("application/json");
        assertThat(properties.getAppId()).isEqualTo("accounts");
        assertThat(properties.getType()).isEqualTo("auth.check_password");
        assertThat(properties.getCorrelationId()).isNotBlank().isEqualTo(properties.getMessageId());
        assertThat(properties.getReplyTo()).startsWith("amq.rabbitmq.reply-to.");
        Map<String, Object> headers = properties.getHeaders();
        assertThat(headers.get("x-lightbus-api")).hasToString("auth");
        assertThat(headers.get("x-lightbus-procedure")).hasToString("check_password");
        assertThat((Long) headers.get("x-lightbus-deadline")).isBetween(before + 20_000,
                System.currentTimeMillis() + 20_000);
        assertThat(broker.withChannel(ch -> ch.queueDeclarePassive(broker.callQueue())).getQueue())
                .as("declared by the caller").isNotNull();

        broker.withChannel(ch -> {
            ch.basicPublish("", properties.getReplyTo(),
                    new AMQP.BasicProperties.Builder().correlationId(properties.getCorrelationId())
                            .headers(Map.of("x-lightbus-rpc-status", "error")).build(),
                    "{\"code\":\"X\",\"type\":null,\"message\":null}".getBytes(UTF_8));
            return null;
        });

        RpcReply reply = call.get(10, TimeUnit.SECONDS);
        assertThat(reply.error()).isTrue();
        assertThat(text(reply)).isEqualTo("{\"code\":\"X\",\"type\":null,\"message\":null}");
    }

    @Test
    void aServerRepliesWithTheCorrelationIdAndStatusToTheReplyToQueue() throws Exception {
        String replies = broker.probeQueue(); // a plain queue as the reply address
        broker.transport("auth-service").serve(broker.server("auth-service", 1, 1, Duration.ofSeconds(5)), ECHO);

        broker.withChannel(ch -> {
            ch.basicPublish("", broker.callQueue(),
                    new AMQP.BasicProperties.Builder().correlationId("c-42").replyTo(replies)
                            .headers(Map.of("x-lightbus-api", "auth", "x-lightbus-procedure", "echo")).build(),
                    "[42]".getBytes(UTF_8));
            return null;
        });

        GetResponse reply = awaitRequest(replies);
        assertThat(new String(reply.getBody(), UTF_8)).isEqualTo("[42]");
        assertThat(reply.getProps().getCorrelationId()).isEqualTo("c-42");
        assertThat(reply.getProps().getContentType()).isEqualTo("application/json");
        assertThat(reply.getProps().getHeaders().get("x-lightbus-rpc-status")).hasToString("ok");
    }

    @Test
    void aCallPastItsDeadlineOrWithoutReplyAddressIsAcknowledgedButNeverExecuted() throws Exception {
        Queue<String> executed = new ConcurrentLinkedQueue<>();
        broker.transport("auth-service").serve(broker.server("auth-service", 1, 1, Duration.ofSeconds(5)), call -> {
            executed.add(new String(call.body(), UTF_8));
            return ECHO.handle(call);
        });
        broker.withChannel(ch -> { // no expiration, so that only the deadline header can stop it
            ch.basicPublish("", broker.callQueue(),
                    new AMQP.BasicProperties.Builder().correlationId("c-1").replyTo("nowhere")
                            .headers(Map.of("x-lightbus-api", "auth", "x-lightbus-procedure", "echo",
                                    "x-lightbus-deadline", System.currentTimeMillis() - 1_000))
                            .build(),
                    "[\"past its deadline\"]".getBytes(UTF_8));
            ch.basicPublish("", broker.callQueue(),
                    new AMQP.BasicProperties.Builder().correlationId("c-2")
                            .headers(Map.of("x-lightbus-api", "auth", "x-lightbus-procedure", "echo")).build(),
                    "[\"no reply address\"]".getBytes(UTF_8));
            return null;
        });
        await().atMost(Duration.ofSeconds(10)).until(() -> broker.messageCount(broker.callQueue()) == 0);

        RpcReply valid = broker.transport("accounts")
                .call(broker.request("echo", "[\"valid\"]", Duration.ofSeconds(20))).toCompletableFuture()
                .get(20, TimeUnit.SECONDS);

        assertThat(text(valid)).isEqualTo("[\"valid\"]");
        assertThat(executed).containsExactly("[\"valid\"]");
        assertThat(broker.messageCount(broker.callQueue())).as("acknowledged, not requeued").isZero();
    }
}
