package org.lightbus.cli;

import static org.lightbus.cli.CliMessages.MESSAGES;

import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import java.util.concurrent.atomic.AtomicReference;

import com.rabbitmq.client.Channel;
import com.rabbitmq.client.GetResponse;

/**
 * The AMQP work of the {@code dlq} commands on a listener's dead-letter queue {@code <queue>.dlq}: count, read without
 * removing, move back to the listener queue, purge.
 */
final class DeadLetters {

    /** How many copies a replay publishes before it waits for their confirms. */
    static final int REPLAY_BATCH = 100;
    /** How long a replay waits for the confirms of a batch. */
    static final long CONFIRM_TIMEOUT_SECONDS = 30;

    private final Broker broker;

    DeadLetters(Broker broker) {
        this.broker = broker;
    }

    /**
     * @return how many dead letters the queue holds (ready ones: those another command is reading are not counted)
     *
     * @throws CliException
     *             (not found) if the queue does not exist
     */
    long count(String deadLetterQueue) {
        return broker.messageCount(deadLetterQueue);
    }

    /**
     * Reads dead letters without removing them: {@code basic.get} without acknowledgement on a channel of its own, then
     * closes the channel, and the broker puts every one of them back, all together (a channel close, not a reject: a
     * quorum queue with a delivery limit counts rejects as failed deliveries). A classic queue puts them back in their
     * places, so its order is kept; a quorum queue (the default {@code lightbus.rabbitmq.queue-type}) keeps them all
     * but may change their order, as RabbitMQ 3.10 does for more than about thirty at once. At most as many are read as
     * the queue held when the command started, so that dead letters arriving meanwhile cannot keep it going.
     *
     * @param limit
     *            the most to read
     *
     * @return the dead letters, in queue order
     */
    List<DeadLetter> peek(String deadLetterQueue, long limit) {
        long todo = Math.min(limit, count(deadLetterQueue));
        List<DeadLetter> letters = new ArrayList<>();
        Channel channel = broker.channel("open a channel");
        try {
            while (letters.size() < todo) {
                GetResponse response = broker.call("read " + deadLetterQueue,
                        () -> channel.basicGet(deadLetterQueue, false));
                if (response == null) {
                    break;
                }
                letters.add(DeadLetter.of(response.getProps(), response.getBody()));
            }
            return letters;
        } finally {
            Broker.closeQuietly(channel); // nothing acknowledged: all go back to the queue
        }
    }

    /**
     * Moves dead letters back to the listener queue, in queue order: each is read with {@code basic.get} without
     * acknowledgement, its {@link ReplayCopy copy} published to the default exchange with the listener queue as routing
     * key (mandatory, publisher confirms), and the dead letter acknowledged only once its copy is confirmed. If the
     * command stops at any point, a dead letter is either still in the dead-letter queue (unacknowledged ones go back
     * when the channel closes) or in the listener queue; one whose copy was confirmed but whose acknowledgement did not
     * reach the broker is in both, and is delivered twice: never lost.
     *
     * @param deadLetterQueue
     *            where the dead letters are
     * @param queue
     *            the listener queue
     * @param limit
     *            the most to move
     * @param hook
     *            {@link ReplayHook#NONE} but in tests
     *
     * @return how many were moved
     *
     * @throws CliException
     *             (not found) if either queue does not exist; (broker) if the broker refused a copy, did not confirm it
     *             or the connection was lost, saying how many were moved and that the others are still in the
     *             dead-letter queue
     */
    long replay(String deadLetterQueue, String queue, long limit, ReplayHook hook) {
        broker.messageCount(queue); // publishing to a queue that does not exist would lose the copies
        long todo = Math.min(limit, count(deadLetterQueue));
        Channel channel = broker.channel("open a channel");
        AtomicReference<String> returned = new AtomicReference<>();
        channel.addReturnListener(r -> returned.compareAndSet(null,
                MESSAGES.copyReturned(String.valueOf(r.getProperties().getMessageId()), r.getRoutingKey())));
        long moved = 0;
        try {
            broker.call("enable publisher confirms", channel::confirmSelect);
            while (moved < todo) {
                List<GetResponse> batch = new ArrayList<>();
                while (batch.size() < REPLAY_BATCH && moved + batch.size() < todo) {
                    GetResponse response = channel.basicGet(deadLetterQueue, false);
                    if (response == null) {
                        break;
                    }
                    batch.add(response);
                    channel.basicPublish("", hook.routingKey(moved + batch.size(), queue), true,
                            ReplayCopy.of(response.getProps()), response.getBody());
                }
                if (batch.isEmpty()) {
                    break;
                }
                waitForConfirms(channel, queue);
                if (returned.get() != null) {
                    throw new ReplayFailure(returned.get());
                }
                for (GetResponse response : batch) {
                    channel.basicAck(response.getEnvelope().getDeliveryTag(), false);
                    moved++;
                    hook.acknowledged(moved, channel);
                }
            }
            return moved;
        } catch (IOException | RuntimeException e) {
            String reason = e instanceof ReplayFailure ? e.getMessage()
                    : e instanceof CliException ? e.getMessage() : Broker.reason(e);
            throw CliException.broker(MESSAGES.replayStopped(deadLetterQueue, queue, moved, reason), e);
        } finally {
            Broker.closeQuietly(channel); // the dead letters not acknowledged go back to their queue
        }
    }

    private static void waitForConfirms(Channel channel, String queue) throws IOException {
        try {
            if (!channel.waitForConfirms(TimeUnit.SECONDS.toMillis(CONFIRM_TIMEOUT_SECONDS))) {
                throw new ReplayFailure(MESSAGES.copyNotConfirmed(CONFIRM_TIMEOUT_SECONDS, queue));
            }
        } catch (TimeoutException e) {
            throw new ReplayFailure(MESSAGES.copyNotConfirmed(CONFIRM_TIMEOUT_SECONDS, queue));
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new ReplayFailure("interrupted");
        }
    }

    /** Stops a replay with a reason of its own. */
    private static final class ReplayFailure extends RuntimeException {
        private static final long serialVersionUID = 1L;

        ReplayFailure(String reason) {
            super(reason);
        }
    }

    /**
     * Empties the dead-letter queue.
     *
     * @return how many dead letters were removed
     */
    long purge(String deadLetterQueue) {
        count(deadLetterQueue);
        Channel channel = broker.channel("open a channel");
        try {
            return broker.call("purge queue " + deadLetterQueue, () -> channel.queuePurge(deadLetterQueue))
                    .getMessageCount();
        } finally {
            Broker.closeQuietly(channel);
        }
    }
}
