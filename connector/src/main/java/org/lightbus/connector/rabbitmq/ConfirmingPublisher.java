package org.lightbus.connector.rabbitmq;

import static org.lightbus.connector.rabbitmq.ConnectorLog.LOG;
import static org.lightbus.connector.rabbitmq.ConnectorMessages.MESSAGES;

import java.io.IOException;
import java.time.Duration;
import java.util.List;
import java.util.Set;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.Executor;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.ScheduledFuture;
import java.util.concurrent.Semaphore;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.locks.ReentrantLock;
import java.util.function.Function;

import org.lightbus.api.LightbusConfig;
import org.lightbus.api.PublishException;

import com.rabbitmq.client.AMQP;
import com.rabbitmq.client.Channel;
import com.rabbitmq.client.ConfirmListener;
import com.rabbitmq.client.Connection;
import com.rabbitmq.client.Recoverable;
import com.rabbitmq.client.RecoveryListener;
import com.rabbitmq.client.ShutdownListener;
import com.rabbitmq.client.ShutdownSignalException;

/**
 * Publishes on one channel in confirm mode, pipelined: each publish records its sequence number in
 * {@link PendingConfirms} and returns; the broker's confirms settle them.
 *
 * <p>
 * At most {@code lightbus.publish.max-in-flight} event publishes are unsettled at once; a further one waits for a free
 * slot, at most the confirm timeout (back-pressure). While the connection is down or the broker blocks publishing,
 * event publishes are held ({@link HeldPublishes}) for up to {@code lightbus.publish.outage-hold} from the call, and
 * sent when the channel is back; the publishes a lost connection had not had confirmed are held and sent again the same
 * way, with the same message id. When the broker closes only this channel (a channel error), its unconfirmed publishes
 * fail and a new channel is opened on the I/O thread of the transport, never under the publish lock of a caller's
 * thread.
 *
 * <p>
 * A mandatory publish that RabbitMQ cannot route fails with a {@link PublishException} caused by
 * {@link MandatoryReturns.Unroutable}.
 */
final class ConfirmingPublisher implements ConfirmListener, ShutdownListener, RecoveryListener {

    /** The limits of publishing, from the configuration. */
    record Limits(Duration confirmTimeout, Duration outageHold, int maxInFlight) {
    }

    private final Connection connection;
    private final TopologyDeclarer declarer;
    private final PublishingAlarm alarm;
    private final Executor io;
    private final Limits limits;
    private final Semaphore slots;
    private final Settler settler;
    private final PendingConfirms pending;
    private final HeldPublishes held;
    private final ScheduledFuture<?> sweep;
    private final ReentrantLock lock = new ReentrantLock();
    private final Set<String> declaredExchanges = ConcurrentHashMap.newKeySet();
    private final MandatoryReturns returns;
    private volatile Channel channel;
    private volatile boolean closed;

    /**
     * @param alarm
     *            whether the broker blocks publishing; event publishes are held while it does
     * @param scheduler
     *            runs the periodic sweep that fails publishes past their bounds
     * @param io
     *            opens new channels and sends held publishes
     * @param completer
     *            completes the futures of publishes
     */
    ConfirmingPublisher(Connection connection, TopologyDeclarer declarer, PublishingAlarm alarm, Limits limits,
            ScheduledExecutorService scheduler, Executor io, Executor completer) throws IOException {
        this.connection = connection;
        this.declarer = declarer;
        this.alarm = alarm;
        this.io = io;
        this.limits = limits;
        this.slots = new Semaphore(limits.maxInFlight());
        this.settler = new Settler(slots, completer);
        this.pending = new PendingConfirms(limits.confirmTimeout(), settler);
        this.held = new HeldPublishes(limits.outageHold(), settler);
        this.returns = new MandatoryReturns(pending);
        this.channel = openChannel();
        alarm.onUnblocked(() -> io.execute(this::sendHeld));
        long period = sweepPeriodMillis(limits);
        this.sweep = scheduler.scheduleAtFixedRate(this::sweep, period, period, TimeUnit.MILLISECONDS);
    }

    /**
     * Publishes a persistent event, not mandatory; the first publish to an exchange declares it (an API's topic
     * exchange). Waits for a free in-flight slot, at most the confirm timeout.
     *
     * @return a future completed by the confirm, failed with a {@link PublishException}
     */
    CompletableFuture<Void> publishEvent(String exchange, String routingKey, AMQP.BasicProperties properties,
            byte[] body, MessageRef ref) {
        Publish publish = Publish.event(exchange, routingKey, properties, body, ref);
        String full = awaitSlot(ref);
        if (full != null) {
            return CompletableFuture.failedFuture(ConnectorExceptions.publish(full, ref, null));
        }
        return submit(publish);
    }

    /**
     * Publishes a persistent, mandatory copy of a delivery to a queue through the default exchange. Never held and
     * never waits for a slot: the listener's prefetch bounds the copies.
     *
     * @return a future completed by the confirm, failed with a {@link PublishException} (caused by
     *         {@link MandatoryReturns.Unroutable} if RabbitMQ returned it)
     */
    CompletableFuture<Void> publishCopy(String queue, AMQP.BasicProperties properties, byte[] body, MessageRef ref) {
        return submit(Publish.copy(queue, properties, body, ref));
    }

    private String awaitSlot(MessageRef ref) {
        try {
            if (slots.tryAcquire(limits.confirmTimeout().toMillis(), TimeUnit.MILLISECONDS)) {
                return null;
            }
            return MESSAGES.publishInFlightFull(ref.event(), ref.messageId(), limits.maxInFlight(),
                    LightbusConfig.PUBLISH_MAX_IN_FLIGHT, limits.confirmTimeout().toMillis());
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return MESSAGES.publishFailed(ref.event(), ref.messageId(), "interrupted while waiting for a free slot");
        }
    }

    private CompletableFuture<Void> submit(Publish publish) {
        lock.lock();
        try {
            Channel ch = channel;
            if (closed) {
                fail(publish, r -> failure(MESSAGES.publishOnClosedTransport(r.event(), r.messageId()), r, null));
            } else if (!ready(ch, publish)) {
                if (!held.hold(publish)) {
                    fail(publish, this::notSentFailure);
                }
            } else {
                sendHeld(ch);
                send(ch, publish);
            }
            return publish.future();
        } finally {
            lock.unlock();
        }
    }

    /** Under the lock: writes the publish, or holds it again (or fails it) if writing fails. */
    private void send(Channel ch, Publish publish) {
        long sequenceNumber = -1;
        try {
            if (!publish.exchange().isEmpty() && declaredExchanges.add(publish.exchange())) {
                declarer.declareExchangeNoWait(ch, publish.exchange());
            }
            sequenceNumber = ch.getNextPublishSeqNo();
            pending.add(sequenceNumber, publish);
            if (publish.mandatory()) {
                returns.sent(publish, sequenceNumber);
            }
            ch.basicPublish(publish.exchange(), publish.routingKey(), publish.mandatory(), publish.properties(),
                    publish.body());
        } catch (IOException | ShutdownSignalException e) {
            declaredExchanges.remove(publish.exchange());
            if (sequenceNumber >= 0 && pending.remove(sequenceNumber) == null) {
                return; // the channel's shutdown took it over already
            }
            if (closed || !held.hold(publish)) {
                fail(publish, r -> failure(MESSAGES.publishFailed(r.event(), r.messageId(), String.valueOf(e)), r, e));
            }
        }
    }

    /** On the transport's I/O thread: sends what is held, if the channel can take it. */
    private void sendHeld() {
        lock.lock();
        try {
            if (!closed) {
                sendHeld(channel);
            }
        } finally {
            lock.unlock();
        }
    }

    /** Under the lock: sends the held publishes, oldest first, while the channel can take them. */
    private void sendHeld(Channel ch) {
        for (int n = held.size(); n > 0 && !held.isEmpty() && ready(ch, null); n--) {
            Publish next = held.next();
            if (next != null && !next.future().isDone()) {
                send(ch, next);
            }
        }
    }

    /**
     * @param publish
     *            the publish, or null for any event publish
     */
    private boolean ready(Channel ch, Publish publish) {
        // a recovered channel that is not back in confirm mode yet numbers its publishes 0; failure copies are written
        // even while the broker blocks publishing, as their deliveries are held meanwhile
        return ch.isOpen() && ch.getNextPublishSeqNo() != 0
                && (alarm.reason() == null || publish != null && publish.mandatory());
    }

    @Override
    public void handleAck(long deliveryTag, boolean multiple) {
        pending.ack(deliveryTag, multiple);
    }

    @Override
    public void handleNack(long deliveryTag, boolean multiple) {
        pending.nack(deliveryTag, multiple);
    }

    /**
     * On the client's I/O thread. On a connection loss, the unconfirmed event publishes are held for the recovered
     * channel; on a channel error they fail (sending them again could repeat the error), and a new channel is opened.
     */
    @Override
    public void shutdownCompleted(ShutdownSignalException cause) {
        returns.clear();
        declaredExchanges.clear();
        boolean connectionLost = cause.isHardError() && !cause.isInitiatedByApplication();
        for (Publish publish : pending.takeAll()) {
            if (closed || !connectionLost || !held.hold(publish)) {
                fail(publish, r -> failure(MESSAGES.publishConnectionLost(r.event(), r.messageId(), cause.getMessage()),
                        r, cause));
            }
        }
        if (!cause.isHardError() && !cause.isInitiatedByApplication() && !closed) {
            LOG.publisherChannelClosed(cause.getMessage());
            io.execute(this::reopen);
        }
    }

    /** The connection's recovery has reopened the channel: send what was held. */
    @Override
    public void handleRecovery(Recoverable recoverable) {
        io.execute(this::sendHeld);
    }

    @Override
    public void handleRecoveryStarted(Recoverable recoverable) {
        // publishes are held until handleRecovery
    }

    /**
     * @return how many event publishes are held or wait for their confirm
     */
    int inFlight() {
        return limits.maxInFlight() - slots.availablePermits();
    }

    /**
     * Closes the channel: publishes still held or waiting for their confirm fail. Call after waiting for the pending
     * confirms.
     */
    void close() {
        lock.lock();
        try {
            closed = true;
            sweep.cancel(false);
            held.failAll(r -> failure(MESSAGES.publishOnClosedTransport(r.event(), r.messageId()), r, null));
            Channels.closeQuietly(channel);
        } finally {
            lock.unlock();
        }
    }

    /**
     * Waits until the publishes awaiting a confirm now are settled, at most {@code wait}.
     *
     * @return how many are still pending
     */
    int awaitSettled(Duration wait) {
        return pending.awaitSettled(wait);
    }

    private void sweep() {
        long now = System.nanoTime();
        pending.expire(now);
        held.expire(now, this::notSentFailure);
    }

    /** On the I/O thread: opens the new channel outside the lock, so that publishers never wait for the broker. */
    private void reopen() {
        if (closed || channel.isOpen()) {
            return;
        }
        Channel opened;
        try {
            opened = openChannel();
        } catch (IOException | ShutdownSignalException e) {
            // if the connection is down, its recovery reopens the old channel
            LOG.publisherReopenFailed(String.valueOf(e));
            return;
        }
        Channel closedByBroker;
        lock.lock();
        try {
            if (closed || channel.isOpen()) { // closed meanwhile, or recovered: the new one is not needed
                opened.removeShutdownListener(this); // its closing concerns none of the publishes
                closedByBroker = opened;
            } else {
                closedByBroker = channel;
                channel = opened;
                sendHeld(opened);
            }
        } finally {
            lock.unlock();
        }
        Channels.closeQuietly(closedByBroker);
    }

    private Channel openChannel() throws IOException {
        Channel ch = connection.createChannel();
        ch.confirmSelect();
        ch.addConfirmListener(this);
        ch.addReturnListener(returns);
        ch.addShutdownListener(this);
        if (ch instanceof Recoverable recoverable) {
            recoverable.addRecoveryListener(this);
        }
        return ch;
    }

    /** Why a publish that could not be sent (or sent again) fails. */
    private PublishException notSentFailure(MessageRef ref) {
        String blocked = alarm.reason();
        if (limits.outageHold().isZero()) {
            return failure(blocked != null ? MESSAGES.publishBlocked(ref.event(), ref.messageId(), blocked)
                    : MESSAGES.publishNotConnected(ref.event(), ref.messageId()), ref, null);
        }
        String why = blocked != null ? MESSAGES.publishingBlocked(blocked) : MESSAGES.connectionDown();
        return failure(MESSAGES.publishHeldTooLong(ref.event(), ref.messageId(), why, limits.outageHold().toMillis(),
                LightbusConfig.PUBLISH_OUTAGE_HOLD), ref, null);
    }

    private void fail(Publish publish, Function<MessageRef, PublishException> failure) {
        settler.settle(List.of(publish), failure);
    }

    private static PublishException failure(String message, MessageRef ref, Throwable cause) {
        return ConnectorExceptions.publish(message, ref, cause);
    }

    /** Often enough to keep the bounds to a tenth of their length, at most once a second, at least every 10 ms. */
    private static long sweepPeriodMillis(Limits limits) {
        long shortest = limits.outageHold().isZero() ? limits.confirmTimeout().toMillis()
                : Math.min(limits.confirmTimeout().toMillis(), limits.outageHold().toMillis());
        return Math.max(10, Math.min(1000, shortest / 10));
    }
}
