package org.lightbus.testing;

import jakarta.enterprise.inject.build.compatible.spi.BuildCompatibleExtension;
import jakarta.enterprise.inject.build.compatible.spi.Discovery;
import jakarta.enterprise.inject.build.compatible.spi.ScannedClasses;

/**
 * Adds {@link TestBus} to every application that has the test kit on its class path: a weld-junit5 test, an Arquillian
 * deployment, a {@code @QuarkusTest}.
 */
public class TestKitExtension implements BuildCompatibleExtension {

    /**
     * @param scanned
     *            where the bean class goes
     */
    @Discovery
    public void registerTestBus(ScannedClasses scanned) {
        scanned.add(RecordingBus.class.getName());
    }
}
