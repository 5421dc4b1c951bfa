package org.lightbus.cdi.runtime;

import static org.lightbus.cdi.runtime.RuntimeMessages.MESSAGES;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeMap;
import java.util.stream.Collectors;

import org.eclipse.microprofile.config.Config;
import org.lightbus.api.LightbusConfig;
import org.lightbus.cdi.model.EventType;
import org.lightbus.cdi.model.EventTypes;
import org.lightbus.cdi.model.Names;
import org.lightbus.cdi.runtime.IncomingChannel.Payload;

/**
 * The incoming Reactive Messaging channels of an application that are on the bus's connector
 * ({@code mp.messaging.incoming.<channel>.connector=lightbus}), resolved from their configuration and from what their
 * consumers declare, with every problem found.
 */
final class IncomingChannels {

    private static final String PREFIX = "mp.messaging.incoming.";
    private static final String CONNECTOR = ".connector";
    private static final Set<String> JSON_TYPES = Set.of(String.class.getName(), CharSequence.class.getName(),
            Object.class.getName());

    private final Map<String, IncomingChannel> channels;
    private final List<String> problems;

    private IncomingChannels(Map<String, IncomingChannel> channels, List<String> problems) {
        this.channels = channels;
        this.problems = problems;
    }

    /**
     * @param config
     *            the application's configuration
     * @param consumers
     *            what the extension found consuming incoming channels
     * @param listenerNames
     *            the names of the application's {@code @Bus} listener methods, which a channel must not take
     *
     * @return the channels on the bus, and the problems of those that are invalid
     */
    static IncomingChannels resolve(Config config, List<ChannelConsumer> consumers, Set<String> listenerNames,
            EventTypes eventTypes) {
        Map<String, List<ChannelConsumer>> byChannel = consumers.stream()
                .collect(Collectors.groupingBy(ChannelConsumer::channel, TreeMap::new, Collectors.toList()));
        Map<String, IncomingChannel> channels = new LinkedHashMap<>();
        Map<String, String> takenNames = new TreeMap<>();
        listenerNames.forEach(name -> takenNames.put(name, "a @Bus listener method"));
        List<String> problems = new ArrayList<>();
        for (String channel : busChannels(config)) {
            Resolution resolution = new Resolution(config, channel, byChannel.getOrDefault(channel, List.of()),
                    eventTypes, problems);
            IncomingChannel resolved = resolution.resolve();
            if (resolved == null) {
                continue;
            }
            String other = takenNames.putIfAbsent(resolved.listenerName(), "channel " + channel);
            if (other != null) {
                problems.add(MESSAGES.channelListenerNameTaken(resolved.listenerName(), channel, other,
                        LightbusConfig.incomingChannel(channel, LightbusConfig.CHANNEL_LISTENER)));
            } else {
                channels.put(channel, resolved);
            }
        }
        return new IncomingChannels(channels, problems);
    }

    /** The names of the incoming channels whose connector is the bus's, sorted. */
    private static List<String> busChannels(Config config) {
        List<String> names = new ArrayList<>();
        for (String key : config.getPropertyNames()) {
            if (key.startsWith(PREFIX) && key.endsWith(CONNECTOR) && key.length() > PREFIX.length() + CONNECTOR.length()
                    && config.getOptionalValue(key, String.class).map(String::trim)
                            .filter(LightbusConfig.CONNECTOR::equals).isPresent()) {
                names.add(key.substring(PREFIX.length(), key.length() - CONNECTOR.length()));
            }
        }
        names.sort(null);
        return names;
    }

    /**
     * @return the valid channels, in name order
     */
    List<IncomingChannel> all() {
        return List.copyOf(channels.values());
    }

    /**
     * @return the channel of that name, if it is a valid channel on the bus
     */
    Optional<IncomingChannel> get(String channel) {
        return Optional.ofNullable(channels.get(channel));
    }

    /**
     * @return the problems of the invalid channels, each a catalogue message
     */
    List<String> problems() {
        return List.copyOf(problems);
    }

    /** Resolves one channel, adding its problems to the list. */
    private record Resolution(Config config, String channel, List<ChannelConsumer> consumers, EventTypes eventTypes,
            List<String> problems) {

        IncomingChannel resolve() {
            List<String> types = consumers.stream().map(ChannelConsumer::payloadType).distinct().toList();
            if (types.size() > 1) {
                problems.add(MESSAGES.channelConsumedAsSeveralTypes(channel, consumers.stream()
                        .map(c -> c.where() + " takes " + c.payloadType()).collect(Collectors.joining(", "))));
                return null;
            }
            String listenerName = attribute(LightbusConfig.CHANNEL_LISTENER).orElse(channel);
            if (!Names.isValidListenerName(listenerName) || Names.reservedListenerSuffix(listenerName) != null) {
                problems.add(MESSAGES.invalidChannelName(listenerName, key(LightbusConfig.CHANNEL_LISTENER),
                        "listener name", "letters, digits, '.', '_' and '-', not ending in .retry or .dlq"));
                return null;
            }
            String type = types.isEmpty() ? Object.class.getName() : types.get(0);
            String where = consumers.isEmpty() ? "" : consumers.get(0).where();
            if (JSON_TYPES.contains(type) || type.equals("byte[]")) {
                return named(listenerName, JSON_TYPES.contains(type) ? Payload.JSON : Payload.BYTES);
            }
            Class<?> record = ApplicationClasses.load(type);
            if (!EventTypes.isAnnotated(record)) {
                problems.add(MESSAGES.channelPayloadNotSupported(channel, where, type));
                return null;
            }
            EventTypes.Inspection inspection = eventTypes.inspect(record);
            if (!inspection.isValid()) {
                problems.add(MESSAGES.invalidChannelEvent(channel, type, String.join("; ", inspection.problems())));
                return null;
            }
            EventType event = inspection.eventType();
            boolean matches = agrees(LightbusConfig.CHANNEL_API, event.api(), where, event)
                    & agrees(LightbusConfig.CHANNEL_EVENT, event.name(), where, event);
            return matches
                    ? new IncomingChannel(channel, listenerName, event.api(), event.name(), Payload.RECORD, event)
                    : null;
        }

        /** A channel whose consumer does not name the event: the configuration must. */
        private IncomingChannel named(String listenerName, Payload payload) {
            Optional<String> api = attribute(LightbusConfig.CHANNEL_API);
            Optional<String> event = attribute(LightbusConfig.CHANNEL_EVENT);
            if (api.isEmpty() || event.isEmpty()) {
                problems.add(MESSAGES.channelEventMissing(channel, key(LightbusConfig.CHANNEL_API),
                        key(LightbusConfig.CHANNEL_EVENT)));
                return null;
            }
            boolean valid = validBusName(LightbusConfig.CHANNEL_API, api.get())
                    & validBusName(LightbusConfig.CHANNEL_EVENT, event.get());
            return valid ? new IncomingChannel(channel, listenerName, api.get(), event.get(), payload, null) : null;
        }

        private boolean validBusName(String attribute, String value) {
            if (Names.isValidBusName(value)) {
                return true;
            }
            problems.add(MESSAGES.invalidChannelName(value, key(attribute), attribute + " name",
                    "lowercase letters, digits, '_' and '-', with dots between parts"));
            return false;
        }

        private boolean agrees(String attribute, String actual, String where, EventType event) {
            Optional<String> configured = attribute(attribute);
            if (configured.isPresent() && !configured.get().equals(actual)) {
                problems.add(MESSAGES.channelEventMismatch(channel, key(attribute), configured.get(), where,
                        event.type().getName(), event.fullName()));
                return false;
            }
            return true;
        }

        private Optional<String> attribute(String attribute) {
            return config.getOptionalValue(key(attribute), String.class).map(String::trim).filter(s -> !s.isEmpty());
        }

        private String key(String attribute) {
            return LightbusConfig.incomingChannel(channel, attribute);
        }
    }
}
