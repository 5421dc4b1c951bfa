package org.lightbus.messaging;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.awaitility.Awaitility.await;

import java.lang.reflect.InvocationTargetException;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.Flow;
import java.util.concurrent.TimeUnit;

import org.eclipse.microprofile.reactive.messaging.Message;
import org.junit.jupiter.api.Test;
import org.lightbus.api.EventContext;
import org.lightbus.spi.NotHandledException;

/**
 * The stream of an incoming channel, without a broker: the listener's thread waits for demand and then for the
 * message's settlement, which decides what the transport does with the event.
 */
class IncomingChannelPublisherTest {

    private static final Duration WAIT = Duration.ofSeconds(30);

    private final IncomingChannelPublisher channel = new IncomingChannelPublisher("welcome");
    private final Subscriber subscriber = new Subscriber();

    @Test
    void anAckedMessageLetsTheListenerTakeTheNextEvent() throws Exception {
        channel.subscribe(subscriber);
        subscriber.subscription.request(1);

        CompletableFuture<Void> accepted = acceptAsync("ada");
        await().atMost(WAIT).until(() -> subscriber.messages.size() == 1);
        Message<?> message = subscriber.messages.get(0);
        assertThat(message.getPayload()).isEqualTo("ada");
        assertThat(message.getMetadata(EventContext.class)).get().extracting(EventContext::messageId)
                .isEqualTo("m-ada");
        assertThat(accepted).isNotDone();

        message.ack().toCompletableFuture().get(30, TimeUnit.SECONDS);
        accepted.get(30, TimeUnit.SECONDS);
    }

    @Test
    void aNackedMessageFailsTheEventWithTheApplicationsExceptionUnwrapped() {
        channel.subscribe(subscriber);
        subscriber.subscription.request(1);

        CompletableFuture<Void> accepted = acceptAsync("poison");
        await().atMost(WAIT).until(() -> subscriber.messages.size() == 1);
        IllegalStateException failure = new IllegalStateException("cannot welcome poison");
        // as Reactive Messaging nacks for a method that threw: wrapped in the invocation's exception
        subscriber.messages.get(0).nack(new InvocationTargetException(failure));

        assertThatThrownBy(() -> accepted.get(30, TimeUnit.SECONDS)).cause().isSameAs(failure);
    }

    @Test
    void anEventWaitsForDemandAndGoesBackToTheQueueWhenTheSubscriberCancels() {
        channel.subscribe(subscriber);

        CompletableFuture<Void> accepted = acceptAsync("ada");
        assertThat(subscriber.messages).isEmpty();
        subscriber.subscription.cancel();

        assertThatThrownBy(() -> accepted.get(30, TimeUnit.SECONDS)).cause().isInstanceOf(NotHandledException.class)
                .hasMessage("LBUS06002: Channel welcome stopped before the event was processed; the event goes back "
                        + "to its queue");
        assertThat(subscriber.messages).isEmpty();
    }

    @Test
    void anEmittedEventNotSettledWithinTheGraceOnceTheChannelStopsGoesBackToTheQueue() {
        IncomingChannelPublisher stopping = new IncomingChannelPublisher("welcome", Duration.ofSeconds(1));
        stopping.subscribe(subscriber);
        subscriber.subscription.request(1);
        CompletableFuture<Void> accepted = acceptAsync(stopping, "ada");
        await().atMost(WAIT).until(() -> subscriber.messages.size() == 1);

        stopping.stop(); // the message is never settled

        assertThatThrownBy(() -> accepted.get(30, TimeUnit.SECONDS)).cause().isInstanceOf(NotHandledException.class);
    }

    @Test
    void anEmittedEventSettledAfterTheChannelStoppedIsStillAcknowledged() throws Exception {
        channel.subscribe(subscriber);
        subscriber.subscription.request(1);
        CompletableFuture<Void> accepted = acceptAsync("ada");
        await().atMost(WAIT).until(() -> subscriber.messages.size() == 1);

        channel.stop();
        subscriber.messages.get(0).ack().toCompletableFuture().get(30, TimeUnit.SECONDS);

        accepted.get(30, TimeUnit.SECONDS);
    }

    @Test
    void aSecondSubscriberIsRefused() {
        channel.subscribe(subscriber);
        Subscriber second = new Subscriber();

        channel.subscribe(second);

        assertThat(second.failure).isInstanceOf(IllegalStateException.class)
                .hasMessageStartingWith("LBUS06001: Channel welcome on connector lightbus already has a subscriber");
    }

    private CompletableFuture<Void> acceptAsync(String payload) {
        return acceptAsync(channel, payload);
    }

    private static CompletableFuture<Void> acceptAsync(IncomingChannelPublisher target, String payload) {
        return CompletableFuture.runAsync(() -> {
            try {
                target.accept(payload, new Context("m-" + payload));
            } catch (RuntimeException e) {
                throw e;
            } catch (Exception e) {
                throw new IllegalStateException(e);
            }
        });
    }

    private record Context(String messageId) implements EventContext {

        @Override
        public String api() {
            return "auth";
        }

        @Override
        public String eventName() {
            return "user_signed_up";
        }

        @Override
        public String sourceService() {
            return "signup";
        }

        @Override
        public int attempt() {
            return 1;
        }

        @Override
        public Instant timestamp() {
            return Instant.EPOCH;
        }
    }

    private static final class Subscriber implements Flow.Subscriber<Message<?>> {

        final List<Message<?>> messages = new CopyOnWriteArrayList<>();
        volatile Flow.Subscription subscription;
        volatile Throwable failure;

        @Override
        public void onSubscribe(Flow.Subscription subscription) {
            this.subscription = subscription;
        }

        @Override
        public void onNext(Message<?> message) {
            messages.add(message);
        }

        @Override
        public void onError(Throwable throwable) {
            failure = throwable;
        }

        @Override
        public void onComplete() {
        }
    }
}
