package org.lightbus.messaging;

import jakarta.enterprise.inject.build.compatible.spi.BuildCompatibleExtension;
import jakarta.enterprise.inject.build.compatible.spi.Discovery;
import jakarta.enterprise.inject.build.compatible.spi.ScannedClasses;

/**
 * Registers the {@link LightbusConnector} bean, so that the connector needs no bean scanning of this jar; where
 * SmallRye Reactive Messaging is missing, it registers nothing, and the jar does no harm.
 */
public class ReactiveMessagingExtension implements BuildCompatibleExtension {

    /**
     * @param scanned
     *            where the bean class goes
     */
    @Discovery
    public void registerConnector(ScannedClasses scanned) {
        if (reactiveMessagingPresent()) {
            scanned.add(LightbusConnector.class.getName());
        }
    }

    private static boolean reactiveMessagingPresent() {
        try {
            Class.forName("io.smallrye.reactive.messaging.connector.OutboundConnector", false,
                    ReactiveMessagingExtension.class.getClassLoader());
            return true;
        } catch (ClassNotFoundException | LinkageError e) {
            return false;
        }
    }
}
