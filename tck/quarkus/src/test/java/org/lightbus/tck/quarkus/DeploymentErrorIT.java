package org.lightbus.tck.quarkus;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.fail;

import org.jboss.shrinkwrap.api.asset.StringAsset;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.lightbus.tck.app.BrokenListener;

import io.quarkus.test.QuarkusUnitTest;

/** A definition error fails the Quarkus build with Lightbus's message, naming the listener. */
class DeploymentErrorIT {

    @RegisterExtension
    static final QuarkusUnitTest BUILD = new QuarkusUnitTest()
            .withApplicationRoot(jar -> jar.addClasses(BrokenListener.class, BrokenListener.NotAnEvent.class)
                    .addAsResource(new StringAsset("lightbus.service-name=broken\n"), "application.properties"))
            .assertException(error -> assertThat(error).hasStackTraceContaining("LBUS01001")
                    .hasStackTraceContaining(BrokenListener.class.getName() + "#on")
                    .hasStackTraceContaining("which is not a @BusEvent"));

    @Test
    void theApplicationDoesNotStart() {
        fail("the build should have failed");
    }
}
