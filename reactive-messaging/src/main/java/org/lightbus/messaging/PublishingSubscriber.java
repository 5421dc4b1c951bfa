package org.lightbus.messaging;

import java.util.Objects;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionException;
import java.util.concurrent.CompletionStage;
import java.util.concurrent.Flow;

import org.eclipse.microprofile.reactive.messaging.Message;
import org.jboss.logging.Logger;
import org.lightbus.api.EventPublisher;

/**
 * Publishes the messages of an outgoing channel as bus events: each payload through {@link EventPublisher}, the message
 * acknowledged once the broker confirmed it and negatively acknowledged with the failure otherwise. At most
 * {@link ChannelSettings#maxInFlight()} messages wait for their confirm; the next is requested when one settles.
 */
final class PublishingSubscriber implements Flow.Subscriber<Message<?>> {

    private static final Logger LOG = Logger.getLogger(PublishingSubscriber.class);

    private final EventPublisher publisher;
    private final ChannelSettings settings;
    private volatile Flow.Subscription subscription;

    PublishingSubscriber(EventPublisher publisher, ChannelSettings settings) {
        this.publisher = publisher;
        this.settings = settings;
    }

    @Override
    public void onSubscribe(Flow.Subscription subscription) {
        this.subscription = Objects.requireNonNull(subscription, "subscription");
        subscription.request(settings.maxInFlight());
    }

    @Override
    public void onNext(Message<?> message) {
        publish(message.getPayload()).whenComplete((confirmed, failure) -> {
            CompletionStage<Void> settled = failure == null ? message.ack() : message.nack(unwrap(failure));
            settled.whenComplete((done, error) -> subscription.request(1));
        });
    }

    private CompletionStage<Void> publish(Object payload) {
        try {
            return publisher.publish(payload);
        } catch (RuntimeException e) { // not a bus event, or one that cannot be encoded: the message fails, not the
                                       // channel
            return CompletableFuture.failedFuture(e);
        }
    }

    private static Throwable unwrap(Throwable failure) {
        return failure instanceof CompletionException && failure.getCause() != null ? failure.getCause() : failure;
    }

    @Override
    public void onError(Throwable failure) {
        LOG.debugf(failure, "The upstream of channel %s failed", settings.channel());
    }

    @Override
    public void onComplete() {
        LOG.debugf("The upstream of channel %s completed", settings.channel());
    }
}
