package org.lightbus.cdi.runtime;

import static org.lightbus.cdi.runtime.RuntimeMessages.MESSAGES;

import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import java.util.stream.Collectors;

import org.lightbus.api.LightbusConfig;
import org.lightbus.spi.TransportFactory;

/**
 * Chooses the transport of an application among those on its class path: the one {@link LightbusConfig#TRANSPORT}
 * names, else the only one, else the one of highest {@link TransportFactory#priority()}.
 */
final class TransportChoice {

    private TransportChoice() {
    }

    /**
     * @param factories
     *            the transports found
     * @param configured
     *            the value of {@link LightbusConfig#TRANSPORT}, if set
     *
     * @return the factory to use
     *
     * @throws org.lightbus.api.LightbusException
     *             if none is present, the configured name matches none, or several share the highest priority
     */
    static TransportFactory choose(List<TransportFactory> factories, Optional<String> configured) {
        if (factories.isEmpty()) {
            throw BusErrors.exception(MESSAGES.noTransport(), null);
        }
        if (configured.isPresent()) {
            String name = configured.get().trim();
            return factories.stream().filter(factory -> factory.name().equals(name)).findFirst()
                    .orElseThrow(() -> BusErrors.exception(
                            MESSAGES.unknownTransport(LightbusConfig.TRANSPORT, name, describe(factories)), null));
        }
        int highest = factories.stream().mapToInt(TransportFactory::priority).max().getAsInt();
        List<TransportFactory> first = factories.stream().filter(factory -> factory.priority() == highest).toList();
        if (first.size() > 1) {
            throw BusErrors.exception(MESSAGES.severalTransports(describe(first), LightbusConfig.TRANSPORT), null);
        }
        return first.get(0);
    }

    private static String describe(List<TransportFactory> factories) {
        return factories.stream().sorted(Comparator.comparing(TransportFactory::name))
                .map(factory -> factory.name() + " (" + factory.getClass().getName() + ")")
                .collect(Collectors.joining(", "));
    }
}
