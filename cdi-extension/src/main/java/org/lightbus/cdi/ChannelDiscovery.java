package org.lightbus.cdi;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;

import jakarta.enterprise.inject.build.compatible.spi.BeanInfo;
import jakarta.enterprise.inject.build.compatible.spi.InjectionPointInfo;
import jakarta.enterprise.lang.model.AnnotationInfo;
import jakarta.enterprise.lang.model.AnnotationMember;
import jakarta.enterprise.lang.model.declarations.MethodInfo;
import jakarta.enterprise.lang.model.types.Type;

import org.lightbus.api.BusEvent;
import org.lightbus.cdi.runtime.ChannelConsumer;

/**
 * The Reactive Messaging part of {@link LightbusExtension}: finds what consumes each incoming channel, an
 * {@code @Incoming} method or an {@code @Inject @Channel} stream, and the payload type it declares, so that a channel
 * on the bus's connector delivers that type ({@code IncomingChannels} of the runtime); and the bus events sent on
 * channels, by an {@code Emitter} or an {@code @Outgoing} method, which belong in the schema of an API the application
 * owns as much as those it fires. Annotations are matched by name: the extension does not need Reactive Messaging on
 * the class path.
 */
final class ChannelDiscovery {

    private static final String INCOMING = "org.eclipse.microprofile.reactive.messaging.Incoming";
    private static final String INCOMINGS = "io.smallrye.reactive.messaging.annotations.Incomings";
    private static final String OUTGOING = "org.eclipse.microprofile.reactive.messaging.Outgoing";
    private static final String CHANNEL = "org.eclipse.microprofile.reactive.messaging.Channel";
    private static final String MESSAGE = "org.eclipse.microprofile.reactive.messaging.Message";

    /** The stream types whose type argument is what flows through them. */
    private static final Set<String> STREAMS = Set.of(MESSAGE, "io.smallrye.mutiny.Multi",
            "org.reactivestreams.Publisher", "java.util.concurrent.Flow$Publisher",
            "org.eclipse.microprofile.reactive.streams.operators.PublisherBuilder");

    /** The types through which an application sends on a channel: emitters, and what an {@code @Outgoing} returns. */
    private static final Set<String> SENDERS = Set.of("org.eclipse.microprofile.reactive.messaging.Emitter",
            "io.smallrye.reactive.messaging.MutinyEmitter", "io.smallrye.mutiny.Uni",
            "java.util.concurrent.CompletionStage");

    private final List<ChannelConsumer> consumers = new ArrayList<>();
    private final Set<String> sentEvents = new TreeSet<>();

    void inspect(BeanInfo bean) {
        if (!bean.isClassBean()) {
            return;
        }
        for (MethodInfo method : bean.declaringClass().methods()) {
            if (method.hasAnnotation(a -> a.name().equals(OUTGOING))) {
                sent(method.returnType());
            }
            List<String> channels = incomingChannels(method);
            if (!channels.isEmpty() && !method.parameters().isEmpty()) {
                String payload = payloadType(method.parameters().get(0).type());
                String where = method.declaringClass().name() + "." + method.name() + "()";
                channels.forEach(channel -> consumers.add(new ChannelConsumer(channel, payload, where)));
            }
        }
        for (InjectionPointInfo injectionPoint : bean.injectionPoints()) {
            Type type = injectionPoint.type();
            AnnotationInfo channel = injectionPoint.qualifiers().stream().filter(q -> q.name().equals(CHANNEL))
                    .findFirst().orElse(null);
            if (channel != null && type.isParameterizedType()
                    && SENDERS.contains(type.asParameterizedType().declaration().name())) {
                sent(type);
            } else if (channel != null && type.isParameterizedType()
                    && STREAMS.contains(type.asParameterizedType().declaration().name())) {
                consumers.add(new ChannelConsumer(channel.value().asString(), payloadType(type),
                        bean.declaringClass().name() + " (injected @Channel)"));
            }
        }
    }

    private static List<String> incomingChannels(MethodInfo method) {
        List<String> channels = new ArrayList<>();
        for (AnnotationInfo annotation : method.annotations()) {
            if (annotation.name().equals(INCOMING)) {
                channels.add(annotation.value().asString());
            } else if (annotation.name().equals(INCOMINGS)) {
                for (AnnotationMember nested : annotation.value().asArray()) {
                    channels.add(nested.asNestedAnnotation().value().asString());
                }
            }
        }
        return channels;
    }

    /** Remembers the payload of what is sent, when it is a bus event, as an event the application fires. */
    private void sent(Type type) {
        Type payload = type;
        while (payload.isParameterizedType() && (STREAMS.contains(payload.asParameterizedType().declaration().name())
                || SENDERS.contains(payload.asParameterizedType().declaration().name()))) {
            payload = payload.asParameterizedType().typeArguments().get(0);
        }
        if (payload.isClass() && payload.asClass().declaration().hasAnnotation(BusEvent.class)) {
            sentEvents.add(payload.asClass().declaration().name());
        }
    }

    /** The type of the payload in a declared type: {@code Multi<Message<T>>} carries {@code T}. */
    private static String payloadType(Type type) {
        Type current = type;
        while (current.isParameterizedType() && STREAMS.contains(current.asParameterizedType().declaration().name())) {
            current = current.asParameterizedType().typeArguments().get(0);
        }
        if (current.isParameterizedType()) {
            return current.asParameterizedType().declaration().name();
        }
        if (current.isClass()) {
            return current.asClass().declaration().name();
        }
        if (current.isArray() && current.asArray().componentType().isPrimitive()) {
            return current.asArray().componentType().asPrimitive().name() + "[]";
        }
        return Object.class.getName(); // a wildcard, type variable or raw stream: anything goes
    }

    /**
     * @return the class names of the {@code @BusEvent} records sent on channels, whatever their connector: events the
     *         application fires, for the schema of an API it owns
     */
    Set<String> sentEvents() {
        return Set.copyOf(sentEvents);
    }

    /**
     * @return the consumers found, in the order found
     */
    List<ChannelConsumer> consumers() {
        return List.copyOf(consumers);
    }
}
