package org.lightbus.cdi.deployment;

import static org.lightbus.cdi.deployment.Deployments.assertDeploymentFails;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;

import org.junit.jupiter.api.Test;
import org.lightbus.api.Bus;
import org.lightbus.api.BusApi;
import org.lightbus.api.BusEvent;

/**
 * Every rule on the observed {@code @BusEvent} fails the deployment. The message names the event type; Weld appends the
 * listener method it was reported on ({@code at ... Class.method(...)}).
 */
class EventDefinitionDeploymentTest {

    @BusEvent(api = "shop")
    static class NotARecord {
    }

    @BusEvent
    record WithoutApi(String id) {
    }

    @BusApi("shop")
    interface ShopApi {

        @BusEvent(api = "billing")
        record OrderPaid(String id) {
        }

        @BusEvent(name = "Order Placed")
        record OrderPlaced(String id) {
        }
    }

    @BusApi("Shop")
    interface BadApiName {

        @BusEvent
        record OrderCancelled(String id) {
        }
    }

    @BusEvent(api = "shop")
    record WithObject(String id, Object payload) {
    }

    @ApplicationScoped
    static class ObservesNotARecord {
        void on(@Observes @Bus NotARecord event) {
        }
    }

    @ApplicationScoped
    static class ObservesWithoutApi {
        void on(@Observes @Bus WithoutApi event) {
        }
    }

    @ApplicationScoped
    static class ObservesApiMismatch {
        void on(@Observes @Bus ShopApi.OrderPaid event) {
        }
    }

    @ApplicationScoped
    static class ObservesNotSerializable {
        void on(@Observes @Bus WithObject event) {
        }
    }

    @ApplicationScoped
    static class ObservesBadApiName {
        void on(@Observes @Bus BadApiName.OrderCancelled event) {
        }
    }

    @ApplicationScoped
    static class ObservesBadEventName {
        void on(@Observes @Bus ShopApi.OrderPlaced event) {
        }
    }

    @Test
    void anEventThatIsNotARecordFailsTheDeployment() {
        assertDeploymentFails(ObservesNotARecord.class).hasMessageContaining("LBUS01002")
                .hasMessageContaining(NotARecord.class.getName() + " is not a record")
                .hasMessageContaining(ObservesNotARecord.class.getName() + ".on(");
    }

    @Test
    void aStandaloneEventWithoutApiFailsTheDeployment() {
        assertDeploymentFails(ObservesWithoutApi.class).hasMessageContaining("LBUS01003")
                .hasMessageContaining(WithoutApi.class.getName())
                .hasMessageContaining(ObservesWithoutApi.class.getName() + ".on(");
    }

    @Test
    void anApiThatContradictsTheEnclosingOneFailsTheDeployment() {
        assertDeploymentFails(ObservesApiMismatch.class).hasMessageContaining("LBUS01004")
                .hasMessageContaining(ShopApi.OrderPaid.class.getName())
                .hasMessageContaining("api = \"billing\" but is nested in @BusApi(\"shop\")")
                .hasMessageContaining(ObservesApiMismatch.class.getName() + ".on(");
    }

    @Test
    void aComponentThatIsNotJsonFailsTheDeploymentNamingIt() {
        assertDeploymentFails(ObservesNotSerializable.class).hasMessageContaining("LBUS01005")
                .hasMessageContaining(WithObject.class.getName()).hasMessageContaining("component 'payload'")
                .hasMessageContaining("java.lang.Object")
                .hasMessageContaining(ObservesNotSerializable.class.getName() + ".on(");
    }

    @Test
    void anInvalidApiNameFailsTheDeployment() {
        assertDeploymentFails(ObservesBadApiName.class).hasMessageContaining("LBUS01007")
                .hasMessageContaining("Invalid API name 'Shop'")
                .hasMessageContaining(BadApiName.OrderCancelled.class.getName())
                .hasMessageContaining(ObservesBadApiName.class.getName() + ".on(");
    }

    @Test
    void anInvalidEventNameFailsTheDeployment() {
        assertDeploymentFails(ObservesBadEventName.class).hasMessageContaining("LBUS01007")
                .hasMessageContaining("Invalid event name 'Order Placed'")
                .hasMessageContaining(ShopApi.OrderPlaced.class.getName())
                .hasMessageContaining(ObservesBadEventName.class.getName() + ".on(");
    }
}
