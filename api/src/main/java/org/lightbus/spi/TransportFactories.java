package org.lightbus.spi;

import java.util.List;
import java.util.ServiceLoader;

/**
 * Finds the {@link TransportFactory} implementations present.
 */
public final class TransportFactories {

    private TransportFactories() {
    }

    /**
     * @param loader
     *            the class loader of the library that asks: it sees the connectors deployed beside it (a WAR's
     *            {@code WEB-INF/lib}), even where the thread's context class loader is another
     *
     * @return the factories that loader finds, or else those the thread's context class loader finds; may be empty
     */
    public static List<TransportFactory> available(ClassLoader loader) {
        List<TransportFactory> factories = load(loader);
        ClassLoader context = Thread.currentThread().getContextClassLoader();
        if (factories.isEmpty() && context != null) {
            factories = load(context);
        }
        return factories;
    }

    private static List<TransportFactory> load(ClassLoader loader) {
        return ServiceLoader.load(TransportFactory.class, loader).stream().map(ServiceLoader.Provider::get).toList();
    }
}
