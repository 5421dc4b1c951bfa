package org.lightbus.cdi.deployment;

import static org.lightbus.cdi.deployment.Deployments.assertDeploymentFails;

import java.io.InputStream;
import java.util.List;
import java.util.concurrent.CompletionStage;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;

import org.junit.jupiter.api.Test;
import org.lightbus.api.Bus;
import org.lightbus.api.BusApi;

/**
 * Every rule on a {@code @BusApi} interface fails the deployment, for a client as for a server, with a message that
 * names the API and the method; two beans serving one API fail it naming both.
 */
class ApiDefinitionDeploymentTest {

    @BusApi("search")
    interface Overloaded {
        List<String> find(String text);

        List<String> find(String text, int limit);
    }

    @BusApi("files")
    interface NotSerializableParameter {
        void upload(String name, InputStream content);
    }

    @BusApi("files")
    interface NotSerializableResult {
        CompletionStage<InputStream> download(String name);
    }

    @BusApi("generic")
    interface Generic {
        <T> T anything(String name);
    }

    @BusApi("pricing")
    interface Pricing {
        long price(String sku);
    }

    @ApplicationScoped
    static class OverloadedClient {
        @Inject
        @Bus
        Overloaded search;
    }

    @ApplicationScoped
    static class ParameterClient {
        @Inject
        @Bus
        NotSerializableParameter files;
    }

    @ApplicationScoped
    static class GenericClient {
        @Inject
        @Bus
        Generic generic;
    }

    @ApplicationScoped
    static class ResultServer implements NotSerializableResult {
        @Override
        public CompletionStage<InputStream> download(String name) {
            return null;
        }
    }

    @ApplicationScoped
    static class PricingServer implements Pricing {
        @Override
        public long price(String sku) {
            return 1;
        }
    }

    @ApplicationScoped
    static class OtherPricingServer implements Pricing {
        @Override
        public long price(String sku) {
            return 2;
        }
    }

    @ApplicationScoped
    static class PricingFacade implements Pricing {
        @Inject
        @Bus
        Pricing remote;

        @Override
        public long price(String sku) {
            return remote.price(sku);
        }
    }

    @Test
    void aBeanThatImplementsAnApiAndInjectsItsClientIsRejected() {
        assertDeploymentFails(PricingFacade.class).hasMessageContaining("LBUS01028")
                .hasMessageContaining(PricingFacade.class.getName());
    }

    @Test
    void overloadedProceduresAreRejected() {
        assertDeploymentFails(OverloadedClient.class).hasMessageContaining("LBUS01020")
                .hasMessageContaining(Overloaded.class.getName()).hasMessageContaining("named find");
    }

    @Test
    void aParameterThatIsNotJsonIsRejected() {
        assertDeploymentFails(ParameterClient.class).hasMessageContaining("LBUS01021")
                .hasMessageContaining("parameter 1 of NotSerializableParameter.upload")
                .hasMessageContaining("java.io.InputStream");
    }

    @Test
    void aResultThatIsNotJsonIsRejectedOnTheServer() {
        assertDeploymentFails(ResultServer.class).hasMessageContaining("LBUS01022")
                .hasMessageContaining("NotSerializableResult.download").hasMessageContaining("java.io.InputStream");
    }

    @Test
    void genericProceduresAreRejected() {
        assertDeploymentFails(GenericClient.class).hasMessageContaining("LBUS01025")
                .hasMessageContaining("Generic.anything");
    }

    @Test
    void twoBeansServingOneApiAreRejectedNamingBoth() {
        assertDeploymentFails(PricingServer.class, OtherPricingServer.class).hasMessageContaining("LBUS01024")
                .hasMessageContaining(PricingServer.class.getName())
                .hasMessageContaining(OtherPricingServer.class.getName());
    }
}
