package org.lightbus.benchmarks;

import java.io.IOException;
import java.net.URI;
import java.util.Arrays;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Semaphore;
import java.util.concurrent.TimeUnit;

import com.rabbitmq.client.AMQP;
import com.rabbitmq.client.Channel;
import com.rabbitmq.client.Connection;
import com.rabbitmq.client.ConnectionFactory;

/**
 * Plain amqp-client request/reply over direct reply-to, with the settings of the RabbitMQ connector's RPC: a classic
 * durable call queue, transient requests with an expiration and the same headers, a server with prefetch 32 and a pool
 * of 16 threads replying on its own channel, one client channel that consumes {@code amq.rabbitmq.reply-to} and
 * publishes every request under a lock. The baseline for Lightbus's RPC figures, measured in the same run. Each method
 * uses its own queue (a random name) and deletes it afterwards.
 */
final class PlainRpcBaseline {

    /** Latency of calls made one after the other, in microseconds. */
    record Latency(int calls, double p50Micros, double p99Micros) {
    }

    /** Throughput with {@code concurrency} calls in flight from one client. */
    record Throughput(int calls, int concurrency, double callsPerSecond) {
    }

    private PlainRpcBaseline() {
    }

    static Latency sequential(int calls, int bytes) throws Exception {
        try (Rig rig = new Rig(RpcRoundTrip.body(bytes))) {
            long[] nanos = new long[calls];
            for (int i = -Math.max(1_000, calls / 10); i < calls; i++) { // i < 0: warm-up
                long start = System.nanoTime();
                rig.call().get(10, TimeUnit.SECONDS);
                if (i >= 0) {
                    nanos[i] = System.nanoTime() - start;
                }
            }
            Arrays.sort(nanos);
            return new Latency(calls, nanos[(int) ((calls - 1) * 0.50)] / 1_000.0,
                    nanos[(int) ((calls - 1) * 0.99)] / 1_000.0);
        }
    }

    static Throughput inFlight(int calls, int concurrency, int bytes) throws Exception {
        try (Rig rig = new Rig(RpcRoundTrip.body(bytes))) {
            run(rig, Math.max(1_000, calls / 10), concurrency); // warm-up
            long start = System.nanoTime();
            run(rig, calls, concurrency);
            return new Throughput(calls, concurrency, calls * 1e9 / (System.nanoTime() - start));
        }
    }

    private static void run(Rig rig, int calls, int concurrency) throws Exception {
        Semaphore window = new Semaphore(concurrency);
        for (int i = 0; i < calls; i++) {
            if (!window.tryAcquire(10, TimeUnit.SECONDS)) {
                throw new IllegalStateException("no reply within 10 s");
            }
            rig.call().whenComplete((reply, error) -> window.release());
        }
        if (!window.tryAcquire(concurrency, 30, TimeUnit.SECONDS)) {
            throw new IllegalStateException("replies missing after 30 s");
        }
    }

    /** A server and a client, on two connections as two applications would be. */
    private static final class Rig implements AutoCloseable {
        private final String queue = "bench-rpc-" + UUID.randomUUID() + ".$rpc";
        private final ExecutorService pool = Executors.newFixedThreadPool(16);
        private final Map<String, CompletableFuture<byte[]>> pending = new ConcurrentHashMap<>();
        private final Connection serverConnection;
        private final Connection clientConnection;
        private final Channel client;
        private final byte[] body;

        Rig(byte[] body) throws Exception {
            this.body = body;
            ConnectionFactory factory = new ConnectionFactory();
            factory.setUri(URI.create("amqp://guest:guest@127.0.0.1:5672/%2F"));
            serverConnection = factory.newConnection("bench-rpc-server");
            clientConnection = factory.newConnection("bench-rpc-client");
            Channel server = serverConnection.createChannel();
            Channel replies = serverConnection.createChannel();
            server.queueDeclare(queue, true, false, false, Map.of("x-queue-type", "classic"));
            server.basicQos(32);
            server.basicConsume(queue, false, (tag, call) -> pool.execute(() -> {
                try {
                    synchronized (replies) {
                        replies.basicPublish("", call.getProperties().getReplyTo(), new AMQP.BasicProperties.Builder()
                                .correlationId(call.getProperties().getCorrelationId()).contentType("application/json")
                                .headers(Map.of("x-lightbus-rpc-status", "ok")).build(), call.getBody());
                    }
                    server.basicAck(call.getEnvelope().getDeliveryTag(), false);
                } catch (Exception e) {
                    e.printStackTrace();
                }
            }), tag -> {
            });
            client = clientConnection.createChannel();
            client.basicConsume("amq.rabbitmq.reply-to", true, (tag, delivery) -> {
                CompletableFuture<byte[]> call = pending.remove(delivery.getProperties().getCorrelationId());
                if (call != null) {
                    call.complete(delivery.getBody());
                }
            }, tag -> {
            });
        }

        CompletableFuture<byte[]> call() throws Exception {
            String id = UUID.randomUUID().toString();
            CompletableFuture<byte[]> reply = new CompletableFuture<>();
            pending.put(id, reply);
            AMQP.BasicProperties properties = new AMQP.BasicProperties.Builder().deliveryMode(1).correlationId(id)
                    .messageId(id).replyTo("amq.rabbitmq.reply-to").expiration("5000").contentType("application/json")
                    .appId("bench-client").type("bench.echo").headers(Map.of("x-lightbus-api", "bench",
                            "x-lightbus-procedure", "echo", "x-lightbus-deadline", System.currentTimeMillis() + 5_000))
                    .build();
            synchronized (client) {
                client.basicPublish("", queue, properties, body);
            }
            return reply;
        }

        @Override
        public void close() throws IOException {
            client.queueDelete(queue);
            clientConnection.close();
            serverConnection.close();
            pool.shutdownNow();
        }
    }
}
