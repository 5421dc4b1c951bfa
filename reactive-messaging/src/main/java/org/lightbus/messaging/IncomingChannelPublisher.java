package org.lightbus.messaging;

import static org.lightbus.messaging.MessagingMessages.MESSAGES;

import java.lang.reflect.InvocationTargetException;
import java.time.Duration;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionException;
import java.util.concurrent.Flow;
import java.util.concurrent.TimeUnit;

import org.eclipse.microprofile.reactive.messaging.Message;
import org.eclipse.microprofile.reactive.messaging.Metadata;
import org.lightbus.api.EventContext;
import org.lightbus.cdi.runtime.ChannelSink;
import org.lightbus.spi.ListenerHandle;
import org.lightbus.spi.NotHandledException;

/**
 * The stream of an incoming channel on the bus: each event the channel's listener receives becomes a message for the
 * channel's subscriber, and the listener waits for its acknowledgement before it takes the next event. {@code ack()}
 * acknowledges the event; {@code nack(e)} fails it, so that the bus retries it and then dead-letters it, as for a
 * listener method that throws {@code e}. The message's metadata holds the {@link EventContext}.
 *
 * <p>
 * The listener waits for the subscriber's demand. When the subscriber cancels, or the listener stops, an event not yet
 * emitted goes back to the queue, and so does one emitted but not settled within {@link #SETTLE_GRACE}; one settled in
 * that time is acknowledged or failed as its settlement says.
 */
final class IncomingChannelPublisher implements Flow.Publisher<Message<?>>, ChannelSink {

    /** How long an emitted event may stay unsettled once the channel stops, before it goes back to the queue. */
    static final Duration SETTLE_GRACE = Duration.ofSeconds(10);

    /** How SmallRye Reactive Messaging wraps what a method threw; a class of its implementation, not of its API. */
    private static final String PROCESSING_EXCEPTION = "io.smallrye.reactive.messaging.providers.ProcessingException";

    private final String channel;
    private final Object lock = new Object();
    private Flow.Subscriber<? super Message<?>> subscriber;
    private long demand;
    private boolean stopped;
    private volatile ListenerHandle listener;

    private final Duration settleGrace;

    IncomingChannelPublisher(String channel) {
        this(channel, SETTLE_GRACE);
    }

    /**
     * @param settleGrace
     *            how long an emitted event may stay unsettled once the channel stops
     */
    IncomingChannelPublisher(String channel, Duration settleGrace) {
        this.channel = channel;
        this.settleGrace = settleGrace;
    }

    /**
     * @param handle
     *            the channel's listener, closed when the subscriber cancels
     */
    void listeningWith(ListenerHandle handle) {
        this.listener = handle;
    }

    @Override
    public void subscribe(Flow.Subscriber<? super Message<?>> newSubscriber) {
        boolean first;
        synchronized (lock) {
            first = subscriber == null;
            if (first) {
                subscriber = newSubscriber;
            }
        }
        if (first) {
            newSubscriber.onSubscribe(new Subscription(newSubscriber));
        } else {
            newSubscriber.onSubscribe(new Subscription(null));
            newSubscriber.onError(new IllegalStateException(MESSAGES.secondSubscriber(channel)));
        }
    }

    @Override
    public void accept(Object payload, EventContext context) throws Exception {
        Flow.Subscriber<? super Message<?>> target = awaitDemand();
        CompletableFuture<Void> settled = new CompletableFuture<>();
        target.onNext(Message.of(payload, Metadata.of(context), () -> {
            settle(settled, null);
            return CompletableFuture.completedFuture(null);
        }, failure -> {
            settle(settled, failure != null ? applicationFailure(failure)
                    : new IllegalStateException(MESSAGES.nackWithoutReason(channel)));
            return CompletableFuture.completedFuture(null);
        }));
        awaitSettled(settled);
    }

    /** The subscriber, once it has asked for one more message; gives the event back if the channel stops first. */
    private Flow.Subscriber<? super Message<?>> awaitDemand() throws InterruptedException {
        synchronized (lock) {
            while (!stopped && (subscriber == null || demand == 0)) {
                lock.wait();
            }
            if (stopped) {
                throw new NotHandledException(MESSAGES.channelStopped(channel));
            }
            demand--;
            return subscriber;
        }
    }

    /** Returns once the message is acked, throws the nack's reason, or gives the event back. */
    private void awaitSettled(CompletableFuture<Void> settled) throws Exception {
        synchronized (lock) {
            long deadline = 0;
            while (!settled.isDone()) {
                if (!stopped) {
                    lock.wait();
                    continue;
                }
                if (deadline == 0) {
                    deadline = System.nanoTime() + settleGrace.toNanos();
                }
                long left = deadline - System.nanoTime();
                if (left <= 0) {
                    throw new NotHandledException(MESSAGES.channelStopped(channel));
                }
                TimeUnit.NANOSECONDS.timedWait(lock, left);
            }
        }
        try {
            settled.join();
        } catch (CompletionException e) {
            Throwable cause = e.getCause();
            throw cause instanceof Exception exception ? exception : new IllegalStateException(cause);
        }
    }

    /**
     * The exception of the application's method, which Reactive Messaging wraps when it nacks for a method that threw:
     * the dead-letter headers name it, as for a listener method.
     */
    private static Throwable applicationFailure(Throwable failure) {
        Throwable current = failure;
        while (current.getCause() != null && (current instanceof InvocationTargetException
                || current.getClass().getName().equals(PROCESSING_EXCEPTION))) {
            current = current.getCause();
        }
        return current;
    }

    private void settle(CompletableFuture<Void> settled, Throwable failure) {
        if (failure == null) {
            settled.complete(null);
        } else {
            settled.completeExceptionally(failure);
        }
        synchronized (lock) {
            lock.notifyAll();
        }
    }

    /** Wakes the waiting listener: an event not yet emitted, or not settled in time, goes back to the queue. */
    @Override
    public void stop() {
        synchronized (lock) {
            stopped = true;
            lock.notifyAll();
        }
    }

    private final class Subscription implements Flow.Subscription {

        private final Flow.Subscriber<? super Message<?>> owner;

        Subscription(Flow.Subscriber<? super Message<?>> owner) {
            this.owner = owner;
        }

        @Override
        public void request(long n) {
            if (owner == null) {
                return;
            }
            if (n <= 0) {
                cancel();
                owner.onError(new IllegalArgumentException("Rule 3.9: request(" + n + ") must ask for at least 1"));
                return;
            }
            synchronized (lock) {
                demand = demand + n < 0 ? Long.MAX_VALUE : demand + n;
                lock.notifyAll();
            }
        }

        @Override
        public void cancel() {
            if (owner == null) {
                return;
            }
            stop();
            ListenerHandle handle = listener;
            if (handle != null) { // not on the caller's thread, which may be the listener's own
                CompletableFuture.runAsync(handle::close);
            }
        }
    }
}
