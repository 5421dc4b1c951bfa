package org.lightbus.tck.quarkus;

import static org.assertj.core.api.Assertions.fail;

import java.util.UUID;

import org.jboss.shrinkwrap.api.asset.StringAsset;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.lightbus.tck.app.OutdatedListener;
import org.lightbus.tck.scenarios.SchemaScenarios;

import io.quarkus.test.QuarkusUnitTest;

/**
 * With strict validation, a Quarkus application whose contract of {@code auth} does not match the schema its owner
 * published does not start, and says which field differs.
 */
class SchemaIT {

    private static final String NAMESPACE = "tck-schema-" + UUID.randomUUID().toString().substring(0, 8);
    private static final SchemaOwner OWNER = SchemaOwner.start(NAMESPACE);

    @RegisterExtension
    static final QuarkusUnitTest START = new QuarkusUnitTest()
            .withApplicationRoot(
                    jar -> jar.addClasses(OutdatedListener.class, OutdatedListener.UserSignedUpWithAge.class)
                            .addAsResource(new StringAsset(String.join("\n", "lightbus.service-name=outdated",
                                    "lightbus.namespace=" + NAMESPACE, "lightbus.api.auth.validate.strict=true", "")),
                                    "application.properties"))
            .assertException(SchemaScenarios::anIncompatibleContractFailsTheDeployment);

    @AfterAll
    static void stopOwner() throws Exception {
        OWNER.close();
    }

    @Test
    void theApplicationDoesNotStart() {
        fail("the application should not have started");
    }
}
