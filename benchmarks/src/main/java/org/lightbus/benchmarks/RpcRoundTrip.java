package org.lightbus.benchmarks;

import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.Semaphore;

import org.lightbus.testing.BusApplication;

import com.rabbitmq.client.Channel;
import com.rabbitmq.client.Connection;
import com.rabbitmq.client.ConnectionFactory;

/**
 * RPC round trips between two applications: sequential latency (p50, p99) and throughput with 64 calls in flight, next
 * to a plain amqp-client request/reply over direct reply-to with the same queue settings, measured in the same run.
 *
 * <pre>
 * ./mvnw -Pbenchmark -pl benchmarks -am verify -DskipTests -Dbenchmark.main=org.lightbus.benchmarks.RpcRoundTrip
 * </pre>
 */
public final class RpcRoundTrip {

    static final int ROUNDS = 5;
    static final int WARM_UP = 5_000;
    static final int SEQUENTIAL = 5_000;
    static final int IN_FLIGHT_CALLS = 20_000;
    static final int IN_FLIGHT = 64;
    /** The size of each call's JSON body. */
    static final int BYTES = 100;

    private RpcRoundTrip() {
    }

    public static void main(String[] args) throws Exception {
        String namespace = "bench-" + UUID.randomUUID().toString().substring(0, 8);
        System.out.printf("RPC round trips, %d rounds, each: %,d sequential calls, then %,d calls with %d in flight%n",
                ROUNDS, SEQUENTIAL, IN_FLIGHT_CALLS, IN_FLIGHT);
        List<Figures> lightbus = new ArrayList<>();
        List<Figures> plain = new ArrayList<>();
        try (BusApplication server = BusApplication.named("echo-server").in(namespace).with(EchoService.class).start();
                BusApplication client = BusApplication.named("echo-client").in(namespace).with(EchoClient.class)
                        .start()) {
            EchoApi echo = client.bean(EchoClient.class).echo();
            sequential(echo, WARM_UP, BYTES);
            inFlight(echo, WARM_UP, BYTES);
            PlainRpcBaseline.sequential(WARM_UP, BYTES);
            // alternate, so that both see the same machine load and JIT state
            for (int round = 1; round <= ROUNDS; round++) {
                plain.add(report("plain amqp-client", round, plainFigures()));
                long[] latencies = sequential(echo, SEQUENTIAL, BYTES);
                double throughput = inFlight(echo, IN_FLIGHT_CALLS, BYTES);
                lightbus.add(report("Lightbus @Bus EchoApi", round, new Figures(Stats.percentileMicros(latencies, 50),
                        Stats.percentileMicros(latencies, 99), throughput)));
            }
        } finally {
            deleteQueue(namespace + ".echo.$rpc");
        }
        Figures l = Figures.median(lightbus);
        Figures p = Figures.median(plain);
        System.out.printf(
                "Median of rounds: Lightbus p50 %.0f µs, p99 %.0f µs, %,.0f calls/s;"
                        + " plain p50 %.0f µs, p99 %.0f µs, %,.0f calls/s%n",
                l.p50(), l.p99(), l.callsPerSecond(), p.p50(), p.p99(), p.callsPerSecond());
        System.out.printf(
                "Lightbus / plain: p50 %.2fx (target at most 1.2x), throughput %.2fx (target at least 0.9x)%n",
                l.p50() / p.p50(), l.callsPerSecond() / p.callsPerSecond());
    }

    private record Figures(double p50, double p99, double callsPerSecond) {

        static Figures median(List<Figures> rounds) {
            return new Figures(median(rounds.stream().mapToDouble(Figures::p50).toArray()),
                    median(rounds.stream().mapToDouble(Figures::p99).toArray()),
                    median(rounds.stream().mapToDouble(Figures::callsPerSecond).toArray()));
        }

        private static double median(double[] values) {
            Arrays.sort(values);
            return values[values.length / 2];
        }
    }

    private static Figures plainFigures() throws Exception {
        PlainRpcBaseline.Latency latency = PlainRpcBaseline.sequential(SEQUENTIAL, BYTES);
        PlainRpcBaseline.Throughput throughput = PlainRpcBaseline.inFlight(IN_FLIGHT_CALLS, IN_FLIGHT, BYTES);
        return new Figures(latency.p50Micros(), latency.p99Micros(), throughput.callsPerSecond());
    }

    private static Figures report(String label, int round, Figures figures) {
        System.out.printf("  round %d  %-22s p50 %6.0f µs, p99 %6.0f µs; %,7.0f calls/s with %d in flight%n", round,
                label, figures.p50(), figures.p99(), figures.callsPerSecond(), IN_FLIGHT);
        return figures;
    }

    /** The text whose call's JSON body, {@code ["text"]}, is {@code bytes} long. */
    static String text(int bytes) {
        return "x".repeat(bytes - 4);
    }

    /** The JSON body of a call with {@link #text}: {@code bytes} long. */
    static byte[] body(int bytes) {
        return ("[\"" + text(bytes) + "\"]").getBytes(StandardCharsets.UTF_8);
    }

    /** Calls one after the other with calls of {@code bytes}; returns each call's round trip in nanoseconds. */
    static long[] sequential(EchoApi echo, int calls, int bytes) {
        String text = text(bytes);
        long[] latencies = new long[calls];
        for (int i = 0; i < calls; i++) {
            long start = System.nanoTime();
            if (!text.equals(echo.echo(text))) {
                throw new IllegalStateException("wrong reply");
            }
            latencies[i] = System.nanoTime() - start;
        }
        return latencies;
    }

    /** Calls of {@code bytes} with {@value #IN_FLIGHT} in flight; returns the calls per second. */
    static double inFlight(EchoApi echo, int calls, int bytes) throws InterruptedException {
        String text = text(bytes);
        Semaphore window = new Semaphore(IN_FLIGHT);
        CountDownLatch done = new CountDownLatch(calls);
        long start = System.nanoTime();
        for (int i = 0; i < calls; i++) {
            window.acquire();
            echo.echoAsync(text).whenComplete((reply, failure) -> {
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

    static void deleteQueue(String queue) throws Exception {
        ConnectionFactory factory = new ConnectionFactory();
        factory.setUri(URI.create("amqp://guest:guest@127.0.0.1:5672/%2F"));
        try (Connection connection = factory.newConnection(); Channel channel = connection.createChannel()) {
            channel.queueDelete(queue);
        }
    }
}
