package org.lightbus.connector.rabbitmq;

import static org.lightbus.connector.rabbitmq.ConnectorLog.LOG;

import java.io.IOException;
import java.util.Map;
import java.util.concurrent.Executor;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.atomic.AtomicBoolean;

import org.lightbus.spi.Announcement;
import org.lightbus.spi.ServiceDescriber;
import org.lightbus.spi.ServiceDescriber.Moment;

import com.rabbitmq.client.AMQP;
import com.rabbitmq.client.BuiltinExchangeType;
import com.rabbitmq.client.Channel;
import com.rabbitmq.client.Connection;
import com.rabbitmq.client.DefaultConsumer;
import com.rabbitmq.client.Envelope;
import com.rabbitmq.client.ShutdownSignalException;

/**
 * How an application instance makes itself known to the operators' tools ({@code docs/protocol.md}, "Service
 * directory"). It records its start and its stop in the stream {@code <namespace>.$directory}, which keeps them for the
 * tools to read later, also when the instance is gone; and it answers every {@code describe} request published to
 * {@code <namespace>.$schemas} with its description now, to the request's {@code reply_to}. Brokers without streams
 * (not RabbitMQ) get no records; the answers work everywhere. Everything is best effort: a failure is logged and the
 * application goes on.
 */
final class ServiceDirectory implements Announcement {

    /** The routing key of a description request on {@code <namespace>.$schemas}. */
    static final String DESCRIBE = "describe";
    /** The arguments of the directory stream: kept a week, at most 20 MB in segments of 1 MB. */
    static final Map<String, Object> STREAM_ARGUMENTS = Map.of("x-queue-type", "stream", "x-max-age", "7D",
            "x-max-length-bytes", 20_000_000L, "x-stream-max-segment-size-bytes", 1_000_000);

    private final String serviceName;
    private final String stream;
    private final Channel records;
    private final ConsumerChannel requests;
    private final ServiceDescriber describer;
    private final AMQP.BasicProperties recordProperties;
    private final AtomicBoolean closed = new AtomicBoolean();

    private ServiceDirectory(String serviceName, String stream, Channel records, ConsumerChannel requests,
            ServiceDescriber describer, AMQP.BasicProperties recordProperties) {
        this.serviceName = serviceName;
        this.stream = stream;
        this.records = records;
        this.requests = requests;
        this.describer = describer;
        this.recordProperties = recordProperties;
    }

    /**
     * Records the start in the directory (when the broker has streams), then answers description requests. Never fails:
     * what the broker refuses is logged and left out.
     */
    static ServiceDirectory start(Connection connection, TopologyNames names, String serviceName, boolean streams,
            ServiceDescriber describer, ScheduledExecutorService scheduler, Executor worker) {
        String exchange = names.schemaExchange();
        String queue = names.describeQueue(serviceName);
        String stream = names.directoryStream();
        AMQP.BasicProperties recordProperties = new AMQP.BasicProperties.Builder().contentType("application/json")
                .deliveryMode(2).appId(serviceName).build();
        Channel records = streams ? recordsChannel(connection, stream, serviceName) : null;
        ServiceDescriber serial = new SerialDescriber(describer);
        ConsumerChannel.Start start = (Channel ch, Runnable cancelled) -> {
            ch.exchangeDeclare(exchange, BuiltinExchangeType.TOPIC, true, false, false, null);
            ch.queueDeclare(queue, false, true, true, null);
            ch.queueBind(queue, exchange, DESCRIBE);
            return ch.basicConsume(queue, true, new DefaultConsumer(ch) {
                @Override
                public void handleDelivery(String consumerTag, Envelope envelope, AMQP.BasicProperties props,
                        byte[] body) {
                    if (props.getReplyTo() != null) {
                        worker.execute(() -> answer(ch, props, serial, serviceName));
                    }
                }

                @Override
                public void handleCancel(String consumerTag) {
                    cancelled.run();
                }
            });
        };
        ConsumerChannel requests = null;
        try {
            requests = ConsumerChannel.open(connection, "description requests", queue, start, scheduler, worker);
        } catch (IOException | ShutdownSignalException e) {
            LOG.describeFailed("take description requests with queue " + queue + " on " + exchange + " for",
                    serviceName, BrokerConnections.reason(e));
        }
        ServiceDirectory directory = new ServiceDirectory(serviceName, stream, records, requests, serial,
                recordProperties);
        directory.record(Moment.STARTED);
        return directory;
    }

    @Override
    public void changed() {
        record(Moment.STARTED);
    }

    @Override
    public void close() {
        if (!closed.compareAndSet(false, true)) {
            return;
        }
        if (requests != null) {
            requests.close();
        }
        record(Moment.STOPPED);
        Channels.closeQuietly(records);
    }

    private void record(Moment moment) {
        if (records == null || (closed.get() && moment != Moment.STOPPED)) {
            return;
        }
        try {
            records.basicPublish("", stream, recordProperties, describer.describe(moment));
        } catch (IOException | ShutdownSignalException e) {
            LOG.describeFailed("record in " + stream, serviceName, BrokerConnections.reason(e));
        }
    }

    private static void answer(Channel channel, AMQP.BasicProperties request, ServiceDescriber describer,
            String serviceName) {
        synchronized (describer) {
            publishAnswer(channel, request, describer, serviceName);
        }
    }

    private static void publishAnswer(Channel channel, AMQP.BasicProperties request, ServiceDescriber describer,
            String serviceName) {
        AMQP.BasicProperties properties = new AMQP.BasicProperties.Builder().contentType("application/json")
                .deliveryMode(1).appId(serviceName).correlationId(request.getCorrelationId()).build();
        try {
            channel.basicPublish("", request.getReplyTo(), properties, describer.describe(Moment.RUNNING));
        } catch (IOException | ShutdownSignalException e) {
            LOG.describeFailed("send", serviceName, BrokerConnections.reason(e));
        }
    }

    /**
     * @return a channel to publish records on, after declaring the stream; null (logged) if the broker refuses it
     */
    private static Channel recordsChannel(Connection connection, String stream, String serviceName) {
        Channel channel = null;
        try {
            channel = connection.createChannel();
            channel.queueDeclare(stream, true, false, false, STREAM_ARGUMENTS);
            return channel;
        } catch (IOException | ShutdownSignalException e) {
            LOG.describeFailed("declare the stream " + stream + " for", serviceName, BrokerConnections.reason(e));
            if (channel != null) {
                Channels.closeQuietly(channel);
            }
            return null;
        }
    }

    /**
     * Describes one moment at a time, as {@link ServiceDescriber} asks, and so also publishes one answer at a time on
     * the request channel.
     */
    private record SerialDescriber(ServiceDescriber describer) implements ServiceDescriber {
        @Override
        public synchronized byte[] describe(Moment moment) {
            return describer.describe(moment);
        }
    }
}
