package org.lightbus.benchmarks;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import org.lightbus.testing.BusApplication;
import org.lightbus.testing.ReactiveApplication;

import io.smallrye.reactive.messaging.rabbitmq.RabbitMQConnector;

/**
 * The ways {@link ChannelThroughput} and {@link Comparison} compare for events, each with persistent messages, a quorum
 * queue, publisher confirms (at most 1,024 in flight), a prefetch of 100 and an acknowledgement once the consumer has
 * returned.
 */
enum Way {

    /** An {@code @Observes @Bus} listener method; an application publishes with {@code EventPublisher}. */
    BUS_LISTENER("@Observes @Bus listener", "EventPublisher") {
        @Override
        Rig start(String namespace) {
            BusApplication publisher = publisher(namespace);
            try {
                BusApplication listener = BusApplication.named(LISTENER_SERVICE).in(namespace).with(Sink.class)
                        .config("lightbus.listener.prefetch", PREFETCH).start();
                Sink sink = listener.bean(Sink.class);
                Source source = publisher.bean(Source.class);
                return new Rig(namespace + "." + LISTENER_SERVICE + ".sink", source::publish, source::padding,
                        sink.arrivals(), List.of(listener, publisher));
            } catch (RuntimeException e) {
                publisher.close();
                throw e;
            }
        }
    },

    /** An {@code @Incoming} method on a channel whose connector is {@code lightbus}; the same publisher. */
    BUS_CHANNEL("@Incoming, connector lightbus", "EventPublisher") {
        @Override
        Rig start(String namespace) {
            BusApplication publisher = publisher(namespace);
            try {
                ReactiveApplication channel = ReactiveApplication.start(
                        Map.of("lightbus.service-name", CHANNEL_SERVICE, "lightbus.namespace", namespace,
                                "lightbus.transport", "rabbitmq", "lightbus.listener.prefetch", PREFETCH,
                                "mp.messaging.incoming." + IncomingSink.CHANNEL + ".connector", "lightbus"),
                        IncomingSink.class);
                IncomingSink sink = channel.bean(IncomingSink.class);
                Source source = publisher.bean(Source.class);
                return new Rig(namespace + "." + CHANNEL_SERVICE + "." + IncomingSink.CHANNEL, source::publish,
                        source::padding, sink.arrivals(), List.of(channel, publisher));
            } catch (RuntimeException e) {
                publisher.close();
                throw e;
            }
        }
    },

    /**
     * SmallRye's RabbitMQ connector: an {@code Emitter} on a channel to a topic exchange, an {@code @Incoming} method
     * on a channel from a quorum queue bound to it, in one application (one connection per channel).
     */
    SMALLRYE_RABBITMQ("@Incoming, connector smallrye-rabbitmq", "Emitter") {
        @Override
        Rig start(String namespace) {
            String exchange = namespace + ".smallrye";
            String out = "mp.messaging.outgoing." + RabbitPings.OUTGOING + ".";
            String in = "mp.messaging.incoming." + RabbitPings.INCOMING + ".";
            Map<String, String> config = Map.ofEntries(Map.entry("rabbitmq-host", "127.0.0.1"),
                    Map.entry("rabbitmq-port", "5672"), Map.entry("rabbitmq-username", "guest"),
                    Map.entry("rabbitmq-password", "guest"),
                    // the bus's extension is on the class path: it runs, with nothing to do
                    Map.entry("lightbus.service-name", "bench-smallrye"), Map.entry("lightbus.namespace", namespace),
                    Map.entry("lightbus.transport", "rabbitmq"),
                    Map.entry(out + "connector", RabbitMQConnector.CONNECTOR_NAME),
                    Map.entry(out + "exchange.name", exchange), Map.entry(out + "exchange.type", "topic"),
                    Map.entry(out + "default-routing-key", "ping"), Map.entry(out + "publish-confirms", "true"),
                    Map.entry(out + "max-inflight-messages", "1024"), Map.entry(out + "tracing.enabled", "false"),
                    Map.entry(in + "connector", RabbitMQConnector.CONNECTOR_NAME),
                    Map.entry(in + "exchange.name", exchange), Map.entry(in + "exchange.type", "topic"),
                    Map.entry(in + "queue.name", smallRyeQueue(namespace)),
                    Map.entry(in + "queue.x-queue-type", "quorum"), Map.entry(in + "routing-keys", "ping"),
                    Map.entry(in + "auto-acknowledgement", "false"),
                    Map.entry(in + "max-outstanding-messages", PREFETCH), Map.entry(in + "tracing.enabled", "false"));
            ReactiveApplication application = ReactiveApplication.start(config,
                    new Class<?>[] { RabbitMQConnector.class }, RabbitPings.class);
            RabbitPings pings = application.bean(RabbitPings.class);
            return new Rig(smallRyeQueue(namespace), pings::send, pings::padding, pings.arrivals(),
                    List.of(application));
        }
    },

    /** Spring AMQP without Spring Boot: {@link SpringEvents}. */
    SPRING_AMQP("Spring AMQP DirectMessageListener", "RabbitTemplate") {
        @Override
        Rig start(String namespace) {
            return SpringEvents.start(namespace);
        }
    };

    static final String PUBLISHER_SERVICE = "bench-publisher";
    static final String LISTENER_SERVICE = "bench-listener";
    static final String CHANNEL_SERVICE = "bench-channel";
    private static final String PREFETCH = "100";

    private final String consumer;
    private final String sender;

    Way(String consumer, String sender) {
        this.consumer = consumer;
        this.sender = sender;
    }

    /** Starts the applications of this way, whose consumer has no events to count yet. */
    abstract Rig start(String namespace);

    String consumer() {
        return consumer;
    }

    String sender() {
        return sender;
    }

    /** The queue of the SmallRye channel. */
    static String smallRyeQueue(String namespace) {
        return namespace + ".smallrye.pings";
    }

    /** Deletes the queues and exchanges of all ways in the namespace, those that exist. */
    static void deleteTopology(Broker broker, String namespace) throws Exception {
        List<String> queues = new ArrayList<>();
        for (String listener : new String[] { LISTENER_SERVICE + ".sink",
                CHANNEL_SERVICE + "." + IncomingSink.CHANNEL }) {
            String queue = namespace + "." + listener;
            queues.addAll(List.of(queue, queue + ".retry", queue + ".dlq"));
        }
        queues.add(smallRyeQueue(namespace));
        queues.add(SpringEvents.queue(namespace));
        queues.add(namespace + ".$directory"); // the stream where the bus's applications record their start and stop
        broker.delete(queues, List.of(namespace + ".bench", namespace + ".$schemas", namespace + ".smallrye",
                SpringEvents.exchange(namespace)));
    }

    static BusApplication publisher(String namespace) {
        return BusApplication.named(PUBLISHER_SERVICE).in(namespace).config("lightbus.owned-apis", "bench")
                .with(Source.class).start();
    }
}
