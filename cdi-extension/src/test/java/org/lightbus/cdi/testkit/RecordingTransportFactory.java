package org.lightbus.cdi.testkit;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

import org.eclipse.microprofile.config.Config;
import org.lightbus.memory.InMemoryTransport;
import org.lightbus.memory.InMemoryTransportFactory;
import org.lightbus.spi.Transport;
import org.lightbus.spi.TransportFactory;

/**
 * Creates the {@link RecordingTransport}s of the component tests around the transports of
 * {@link InMemoryTransportFactory} (the broker of the application's {@code lightbus.namespace}).
 *
 * <p>
 * Both factories are on the test class path; this one's {@linkplain #priority() priority} is above the 0 of the plain
 * in-memory one, so the runtime chooses it without {@code lightbus.transport} being set. Like a connector, it declares
 * a key of its own, {@value #LATENCY}, whose value must be a number, so that tests see the runtime check a connector's
 * keys.
 */
public class RecordingTransportFactory implements TransportFactory {

    /** The {@linkplain #name() name} of this transport. */
    public static final String NAME = "in-memory-recording";

    /** The connector key of this transport: a number, not used otherwise. */
    public static final String LATENCY = "lightbus.in-memory.latency";

    private final InMemoryTransportFactory memory = new InMemoryTransportFactory();

    @Override
    public String name() {
        return NAME;
    }

    /** Above the plain in-memory transport, which keeps the default 0. */
    @Override
    public int priority() {
        return 1;
    }

    @Override
    public Transport create(Config config, String serviceName) {
        RecordingTransport transport = new RecordingTransport((InMemoryTransport) memory.create(config, serviceName));
        RecordingTransport.CREATED.add(transport);
        return transport;
    }

    @Override
    public Set<String> configKeys() {
        Set<String> keys = new HashSet<>(memory.configKeys());
        keys.add(LATENCY);
        return keys;
    }

    @Override
    public List<String> configProblems(Config config) {
        List<String> problems = new ArrayList<>(memory.configProblems(config));
        config.getOptionalValue(LATENCY, String.class).filter(value -> !value.matches("\\d+")).ifPresent(
                value -> problems.add("LBUS00001: The value '" + value + "' of " + LATENCY + " is not a number"));
        return problems;
    }
}
