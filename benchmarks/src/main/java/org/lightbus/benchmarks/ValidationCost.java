package org.lightbus.benchmarks;

import java.util.List;

import org.lightbus.cdi.codec.JsonCodec;
import org.lightbus.cdi.model.EventType;
import org.lightbus.cdi.model.EventTypes;
import org.lightbus.cdi.schema.CompiledSchema;
import org.lightbus.cdi.schema.SchemaGenerator;

import com.fasterxml.jackson.databind.JsonNode;

/**
 * What schema validation costs the CPU per event, without the broker: encoding an event as the publisher does with
 * validation off (straight to bytes) and on (to a tree, validated, then to bytes), and decoding it as a listener does
 * with validation off and on. One thread; prints events per second and microseconds per event.
 *
 * <pre>
 * ./mvnw -Pbenchmark -pl benchmarks -am verify -DskipTests -Dbenchmark.main=org.lightbus.benchmarks.ValidationCost
 * </pre>
 */
public final class ValidationCost {

    private static final int WARM_UP = 200_000;
    private static final int EVENTS = 500_000;

    private ValidationCost() {
    }

    public static void main(String[] args) throws Exception {
        JsonCodec codec = new JsonCodec();
        EventType type = new EventTypes().inspect(BenchApi.Ping.class).eventType();
        CompiledSchema schema = CompiledSchema.compile(new SchemaGenerator().event(type.type()));
        BenchApi.Ping ping = new BenchApi.Ping(42, "x".repeat(64));
        byte[] body = codec.encode(ping);
        System.out.printf("Schema validation cost, %,d events of %d bytes (%s), one thread%n", EVENTS, body.length,
                List.of(type.fullName()));
        for (int round = 1; round <= 2; round++) {
            report("encode, validation off", () -> codec.encode(ping).length);
            report("encode, validation on", () -> {
                JsonNode tree = codec.toTree(ping);
                if (!schema.validate(tree).isEmpty()) {
                    throw new IllegalStateException("invalid");
                }
                return codec.write(tree).length;
            });
            report("decode, validation off", () -> (int) codec.decode(body, BenchApi.Ping.class).sequence());
            report("decode, validation on", () -> {
                JsonNode tree = codec.readTree(body);
                if (!schema.validate(tree).isEmpty()) {
                    throw new IllegalStateException("invalid");
                }
                return (int) ((BenchApi.Ping) codec.fromTree(tree, BenchApi.Ping.class)).sequence();
            });
        }
    }

    @FunctionalInterface
    private interface Step {
        int run() throws Exception;
    }

    private static void report(String what, Step step) throws Exception {
        long sink = 0;
        for (int i = 0; i < WARM_UP; i++) {
            sink += step.run();
        }
        long start = System.nanoTime();
        for (int i = 0; i < EVENTS; i++) {
            sink += step.run();
        }
        long nanos = System.nanoTime() - start;
        System.out.printf("  %-24s %,10.0f events/s  %6.2f µs/event%s%n", what, EVENTS * 1e9 / nanos,
                nanos / 1000.0 / EVENTS, sink == 42 ? " " : "");
    }
}
