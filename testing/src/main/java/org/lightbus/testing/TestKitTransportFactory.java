package org.lightbus.testing;

import static org.lightbus.testing.TestKitMessages.MESSAGES;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;

import org.eclipse.microprofile.config.Config;
import org.lightbus.api.LightbusException;
import org.lightbus.memory.InMemoryTransportFactory;
import org.lightbus.spi.ErrorCodes;
import org.lightbus.spi.Transport;
import org.lightbus.spi.TransportFactories;
import org.lightbus.spi.TransportFactory;

/**
 * The transport {@value #NAME} of the test kit: records what the application sends, answers mocked calls, and passes
 * everything else to the broker {@value #BROKER} names, the in-memory one by default. Its priority is above the
 * connectors', so that an application whose tests have the kit on their class path uses it.
 */
public final class TestKitTransportFactory implements TransportFactory {

    /** The {@linkplain #name() name} of the test kit's transport. */
    public static final String NAME = "lightbus-testing";

    /**
     * The transport the kit sends through: {@code in-memory} (the default: no broker needed) or {@code rabbitmq} (the
     * real broker): {@code lightbus.testing.broker}.
     */
    public static final String BROKER = "lightbus.testing.broker";

    /**
     * Whether a call that no mock answers fails the test, unless the application serves the API itself:
     * {@code lightbus.testing.strict-calls}, default {@code false} (it goes to the broker).
     */
    public static final String STRICT_CALLS = "lightbus.testing.strict-calls";

    /** Above the connectors, which keep the default 0. */
    private static final int PRIORITY = 100;

    @Override
    public String name() {
        return NAME;
    }

    @Override
    public int priority() {
        return PRIORITY;
    }

    @Override
    public Transport create(Config config, String serviceName) {
        String brokerName = broker(config);
        TransportFactory broker = others().stream().filter(factory -> factory.name().equals(brokerName)).findFirst()
                .orElseThrow(() -> error(MESSAGES.unknownBroker(BROKER, brokerName,
                        others().stream().map(TransportFactory::name).sorted().collect(Collectors.joining(", ")))));
        return new RecordingTransport(broker.create(config, serviceName), broker.name(), serviceName,
                strictCalls(config).orElse(false));
    }

    /** Its own keys and those of every other transport present, which it may pass the application to. */
    @Override
    public Set<String> configKeys() {
        Set<String> keys = new HashSet<>(Set.of(BROKER, STRICT_CALLS));
        others().forEach(factory -> keys.addAll(factory.configKeys()));
        return keys;
    }

    @Override
    public List<String> configProblems(Config config) {
        List<String> problems = new ArrayList<>();
        String brokerName = broker(config);
        List<TransportFactory> others = others();
        others.stream().filter(factory -> factory.name().equals(brokerName)).findFirst().ifPresentOrElse(
                factory -> problems.addAll(factory.configProblems(config)),
                () -> problems.add(MESSAGES.unknownBroker(BROKER, brokerName,
                        others.stream().map(TransportFactory::name).sorted().collect(Collectors.joining(", ")))));
        try {
            strictCalls(config);
        } catch (LightbusException e) {
            problems.add(e.getMessage());
        }
        return problems;
    }

    private static String broker(Config config) {
        return config.getOptionalValue(BROKER, String.class).map(String::trim).orElse(InMemoryTransportFactory.NAME);
    }

    private static java.util.Optional<Boolean> strictCalls(Config config) {
        return config.getOptionalValue(STRICT_CALLS, String.class).map(String::trim).map(value -> switch (value) {
        case "true" -> true;
        case "false" -> false;
        default -> throw error(MESSAGES.notBoolean(value, STRICT_CALLS));
        });
    }

    private static List<TransportFactory> others() {
        return TransportFactories.available(TestKitTransportFactory.class.getClassLoader()).stream()
                .filter(factory -> !(factory instanceof TestKitTransportFactory)).toList();
    }

    static LightbusException error(String message) {
        return new LightbusException(ErrorCodes.codeOf(message), message, null);
    }
}
