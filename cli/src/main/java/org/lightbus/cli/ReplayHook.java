package org.lightbus.cli;

import java.io.IOException;

import com.rabbitmq.client.Channel;

/**
 * Where tests step into a replay, to interrupt it or make a copy fail; the command itself uses {@link #NONE}.
 */
interface ReplayHook {

    /** Changes nothing. */
    ReplayHook NONE = new ReplayHook() {
    };

    /**
     * @param n
     *            the dead letter whose copy is about to be published, from 1
     * @param queue
     *            the listener queue
     *
     * @return the routing key to publish the copy with: the listener queue
     */
    default String routingKey(long n, String queue) {
        return queue;
    }

    /**
     * Called once the n-th dead letter has been acknowledged (its copy confirmed).
     *
     * @param channel
     *            the replay's channel
     */
    default void acknowledged(long n, Channel channel) throws IOException {
    }
}
