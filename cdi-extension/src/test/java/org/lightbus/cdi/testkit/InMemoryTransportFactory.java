package org.lightbus.cdi.testkit;

import java.util.List;
import java.util.Set;

import org.eclipse.microprofile.config.Config;
import org.lightbus.spi.Transport;
import org.lightbus.spi.TransportFactory;

/**
 * Creates {@link InMemoryTransport}s. Like a connector, it declares a key of its own, {@value #LATENCY}, whose value
 * must be a number, so that tests see the runtime check a connector's keys.
 */
public class InMemoryTransportFactory implements TransportFactory {

    /** The connector key of this transport: a number, not used otherwise. */
    public static final String LATENCY = "lightbus.in-memory.latency";

    @Override
    public Transport create(Config config, String serviceName) {
        InMemoryTransport transport = new InMemoryTransport(serviceName);
        InMemoryTransport.CREATED.add(transport);
        return transport;
    }

    @Override
    public Set<String> configKeys() {
        return Set.of(LATENCY);
    }

    @Override
    public List<String> configProblems(Config config) {
        return config.getOptionalValue(LATENCY, String.class).filter(value -> !value.matches("\\d+"))
                .map(value -> List.of("LBUS00001: The value '" + value + "' of " + LATENCY + " is not a number"))
                .orElse(List.of());
    }
}
