package org.lightbus.benchmarks;

import java.util.UUID;
import java.util.concurrent.Semaphore;
import java.util.concurrent.TimeUnit;

import org.springframework.amqp.core.Message;
import org.springframework.amqp.core.MessageDeliveryMode;
import org.springframework.amqp.core.MessageProperties;
import org.springframework.amqp.core.QueueBuilder;
import org.springframework.amqp.rabbit.AsyncRabbitTemplate;
import org.springframework.amqp.rabbit.connection.CachingConnectionFactory;
import org.springframework.amqp.rabbit.core.RabbitAdmin;
import org.springframework.amqp.rabbit.core.RabbitTemplate;
import org.springframework.amqp.rabbit.listener.DirectMessageListenerContainer;
import org.springframework.amqp.rabbit.listener.adapter.MessageListenerAdapter;

/**
 * Request/reply with plain Spring AMQP, without Spring Boot, the settings of {@link PlainRpcBaseline} where Spring has
 * them: a classic durable call queue consumed by a {@code DirectMessageListenerContainer} (prefetch 32) whose
 * {@code MessageListenerAdapter} replies; a client {@code RabbitTemplate} over direct reply-to for sequential calls, an
 * {@code AsyncRabbitTemplate} over direct reply-to for calls in flight. A queue of its own, deleted when closed.
 */
final class SpringRpc implements AutoCloseable {

    private final String queue = "bench-spring-rpc-" + UUID.randomUUID();
    private final CachingConnectionFactory serverConnection = SpringEvents.connection("bench-spring-rpc-server");
    private final CachingConnectionFactory clientConnection = SpringEvents.connection("bench-spring-rpc-client");
    private final DirectMessageListenerContainer server = new DirectMessageListenerContainer(serverConnection);
    private final RabbitTemplate client = new RabbitTemplate(clientConnection);
    private final AsyncRabbitTemplate asyncClient = new AsyncRabbitTemplate(new RabbitTemplate(clientConnection));

    SpringRpc() {
        new RabbitAdmin(serverConnection).declareQueue(QueueBuilder.durable(queue).classic().build());
        server.setQueueNames(queue);
        server.setPrefetchCount(32);
        server.setMessageListener(new MessageListenerAdapter(new Echo()));
        server.afterPropertiesSet();
        server.start();
        client.setReplyTimeout(10_000);
        asyncClient.start();
    }

    /** The server's delegate: replies with the request's body. */
    public static final class Echo {
        public byte[] handleMessage(byte[] request) {
            return request;
        }
    }

    /** Calls of {@code bytes} one after the other; returns each call's round trip in nanoseconds. */
    long[] sequential(int calls, int bytes) {
        byte[] body = RpcRoundTrip.body(bytes);
        long[] nanos = new long[calls];
        for (int i = 0; i < calls; i++) {
            long start = System.nanoTime();
            if (client.sendAndReceive("", queue, request(body)) == null) {
                throw new IllegalStateException("no reply within 10 s");
            }
            nanos[i] = System.nanoTime() - start;
        }
        return nanos;
    }

    /** Makes {@code calls} calls of {@code bytes} with {@code concurrency} in flight; returns the calls per second. */
    double inFlight(int calls, int concurrency, int bytes) throws InterruptedException {
        byte[] body = RpcRoundTrip.body(bytes);
        Semaphore window = new Semaphore(concurrency);
        long start = System.nanoTime();
        for (int i = 0; i < calls; i++) {
            if (!window.tryAcquire(10, TimeUnit.SECONDS)) {
                throw new IllegalStateException("no reply within 10 s");
            }
            asyncClient.sendAndReceive("", queue, request(body)).whenComplete((reply, error) -> window.release());
        }
        if (!window.tryAcquire(concurrency, 30, TimeUnit.SECONDS)) {
            throw new IllegalStateException("replies missing after 30 s");
        }
        return calls * 1e9 / (System.nanoTime() - start);
    }

    /** A new request each time: the template writes its correlation into the message's properties. */
    private static Message request(byte[] body) {
        MessageProperties properties = new MessageProperties();
        properties.setContentType(MessageProperties.CONTENT_TYPE_JSON);
        properties.setDeliveryMode(MessageDeliveryMode.NON_PERSISTENT);
        properties.setExpiration("5000");
        properties.setHeader("x-lightbus-api", "bench");
        properties.setHeader("x-lightbus-procedure", "echo");
        return new Message(body, properties);
    }

    @Override
    public void close() {
        asyncClient.stop();
        client.stop(); // its direct reply-to container, whose monitor would connect again
        client.destroy();
        server.stop();
        new RabbitAdmin(serverConnection).deleteQueue(queue);
        clientConnection.destroy();
        serverConnection.destroy();
    }
}
