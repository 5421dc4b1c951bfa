package org.lightbus.benchmarks;

import java.net.URI;
import java.util.Arrays;
import java.util.UUID;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.Semaphore;

import com.rabbitmq.client.Channel;
import com.rabbitmq.client.Connection;
import com.rabbitmq.client.ConnectionFactory;

import org.lightbus.testing.BusApplication;

/**
 * RPC round trips between two applications: sequential latency (p50, p99) and throughput with 64 calls in flight,
 * next to a plain amqp-client request/reply over direct reply-to with the same queue settings, measured in the same
 * run.
 *
 * <pre>
 * ./mvnw -Pbenchmark -pl benchmarks -am verify -DskipTests -Dbenchmark.main=org.lightbus.benchmarks.RpcRoundTrip
 * </pre>
 */
public final class RpcRoundTrip {

    static final int WARM_UP = 3_000;
    static final int SEQUENTIAL = 10_000;
    static final int IN_FLIGHT_CALLS = 50_000;
    static final int IN_FLIGHT = 64;

    private RpcRoundTrip() {
    }

    public static void main(String[] args) throws Exception {
        String namespace = "bench-" + UUID.randomUUID().toString().substring(0, 8);
        System.out.printf("RPC round trips: %,d sequential calls; %,d calls with %d in flight%n", SEQUENTIAL,
                IN_FLIGHT_CALLS, IN_FLIGHT);
        try (BusApplication server = BusApplication.named("echo-server").in(namespace).with(EchoService.class)
                .start();
                BusApplication client = BusApplication.named("echo-client").in(namespace).with(EchoClient.class)
                        .start()) {
            EchoApi echo = client.bean(EchoClient.class).echo();
            sequential(echo, WARM_UP);
            long[] latencies = sequential(echo, SEQUENTIAL);
            inFlight(echo, WARM_UP);
            double throughput = inFlight(echo, IN_FLIGHT_CALLS);
            System.out.printf("  Lightbus @Bus EchoApi     p50 %6.0f µs, p99 %6.0f µs; %,7.0f calls/s with %d in flight%n",
                    percentile(latencies, 50), percentile(latencies, 99), throughput, IN_FLIGHT);
        } finally {
            deleteQueue(namespace + ".echo.$rpc");
        }
        PlainRpcBaseline.Latency plain = PlainRpcBaseline.sequential(SEQUENTIAL);
        PlainRpcBaseline.Throughput plainThroughput = PlainRpcBaseline.inFlight(IN_FLIGHT_CALLS, IN_FLIGHT);
        System.out.printf("  plain amqp-client         p50 %6.0f µs, p99 %6.0f µs; %,7.0f calls/s with %d in flight%n",
                (double) plain.p50Micros(), (double) plain.p99Micros(), plainThroughput.callsPerSecond(), IN_FLIGHT);
    }

    private static long[] sequential(EchoApi echo, int calls) {
        long[] latencies = new long[calls];
        for (int i = 0; i < calls; i++) {
            long start = System.nanoTime();
            String text = "ping-" + i;
            if (!text.equals(echo.echo(text))) {
                throw new IllegalStateException("wrong reply");
            }
            latencies[i] = System.nanoTime() - start;
        }
        return latencies;
    }

    private static double inFlight(EchoApi echo, int calls) throws InterruptedException {
        Semaphore window = new Semaphore(IN_FLIGHT);
        CountDownLatch done = new CountDownLatch(calls);
        long start = System.nanoTime();
        for (int i = 0; i < calls; i++) {
            window.acquire();
            echo.echoAsync("ping-" + i).whenComplete((reply, failure) -> {
                if (failure != null) {
                    failure.printStackTrace();
                }
                window.release();
                done.countDown();
            });
        }
        done.await();
        return calls * 1e9 / (System.nanoTime() - start);
    }

    private static double percentile(long[] nanos, int percentile) {
        long[] sorted = nanos.clone();
        Arrays.sort(sorted);
        return sorted[(int) Math.min(sorted.length - 1, (long) sorted.length * percentile / 100)] / 1_000.0;
    }

    private static void deleteQueue(String queue) throws Exception {
        ConnectionFactory factory = new ConnectionFactory();
        factory.setUri(URI.create("amqp://guest:guest@127.0.0.1:5672/%2F"));
        try (Connection connection = factory.newConnection(); Channel channel = connection.createChannel()) {
            channel.queueDelete(queue);
        }
    }
}
