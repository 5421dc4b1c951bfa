package org.lightbus.connector.rabbitmq;

import java.util.UUID;

import org.lightbus.spi.ListenerSpec;

/**
 * The names of exchanges and queues, all prefixed with the namespace ({@code docs/protocol.md}).
 *
 * @param namespace
 *            the namespace, e.g. {@code lightbus}
 */
record TopologyNames(String namespace) {

    /**
     * @param api
     *            the API name
     *
     * @return {@code <namespace>.<api>}, the API's topic exchange
     */
    String exchange(String api) {
        return namespace + "." + api;
    }

    /**
     * @param spec
     *            the listener
     *
     * @return the names of the listener's exchange and queues
     */
    ListenerTopology listener(ListenerSpec spec) {
        String queue = namespace + "." + spec.serviceName() + "." + spec.listenerName();
        return new ListenerTopology(spec.serviceName() + "." + spec.listenerName(), exchange(spec.api()),
                spec.eventName(), queue, queue + ".retry", queue + ".dlq");
    }

    /**
     * @param api
     *            the API name
     *
     * @return {@code <namespace>.<api>.$rpc}, the queue of the API's calls; {@code $} cannot occur in service or
     *         listener names, so it never collides with a listener queue
     */
    String callQueue(String api) {
        return namespace + "." + api + ".$rpc";
    }

    /**
     * @return {@code <namespace>.$schemas}, the topic exchange on which applications share API schemas; {@code $}
     *         cannot occur in API names, so it never collides with an API's exchange
     */
    String schemaExchange() {
        return namespace + ".$schemas";
    }

    /**
     * @param serviceName
     *            the sharing application's service name
     *
     * @return {@code <namespace>.<service>.$schemas.<random>}, a new name for the schema queue of one application
     *         instance
     */
    String schemaQueue(String serviceName) {
        return namespace + "." + serviceName + ".$schemas." + UUID.randomUUID();
    }

    /**
     * @param serviceName
     *            the calling application's service name
     *
     * @return {@code <namespace>.<service>.$reply.<random>}, a new name for the reply queue of one client, for brokers
     *         without direct reply-to
     */
    String replyQueue(String serviceName) {
        return namespace + "." + serviceName + ".$reply." + UUID.randomUUID();
    }

    /**
     * @return {@code <namespace>.$directory}, the stream in which application instances record their start and stop
     */
    String directoryStream() {
        return namespace + ".$directory";
    }

    /**
     * @param serviceName
     *            the described application's service name
     *
     * @return {@code <namespace>.<service>.$describe.<random>}, a new name for the queue on which one application
     *         instance takes description requests
     */
    String describeQueue(String serviceName) {
        return namespace + "." + serviceName + ".$describe." + UUID.randomUUID();
    }
}
