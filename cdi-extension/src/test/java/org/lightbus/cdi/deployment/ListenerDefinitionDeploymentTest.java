package org.lightbus.cdi.deployment;

import static org.lightbus.cdi.deployment.Deployments.assertDeploymentFails;
import static org.lightbus.cdi.deployment.Deployments.assertStartFails;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.enterprise.event.ObservesAsync;
import jakarta.enterprise.inject.Typed;

import org.junit.jupiter.api.Test;
import org.lightbus.api.Bus;
import org.lightbus.api.BusApi;
import org.lightbus.api.BusEvent;
import org.lightbus.api.EventContext;
import org.lightbus.api.LightbusException;
import org.lightbus.api.Listener;

/**
 * Every rule on a listener method fails the deployment with a message naming the class and method.
 */
class ListenerDefinitionDeploymentTest {

    @BusApi("auth")
    interface AuthApi {

        @BusEvent
        record UserSignedUp(String username) {
        }
    }

    record NotAnEvent(String username) {
    }

    @ApplicationScoped
    static class ObservesNonEvent {
        void on(@Observes @Bus NotAnEvent event) {
        }
    }

    @ApplicationScoped
    static class Audit {
        void record(@Observes @Bus @Listener("audit") AuthApi.UserSignedUp event) {
        }
    }

    @ApplicationScoped
    static class Security {
        @Listener("audit")
        void check(@Observes @Bus AuthApi.UserSignedUp event) {
        }
    }

    @ApplicationScoped
    static class AsyncListener {
        void on(@ObservesAsync @Bus AuthApi.UserSignedUp event) {
        }
    }

    @ApplicationScoped
    static class BadListenerName {
        void on(@Observes @Bus @Listener("send mail") AuthApi.UserSignedUp event) {
        }
    }

    @ApplicationScoped
    static class TwoContexts {
        void on(@Observes @Bus AuthApi.UserSignedUp event, EventContext first, EventContext second) {
        }
    }

    @ApplicationScoped
    static class ReservedListenerName {
        void on(@Observes @Bus @Listener("audit.dlq") AuthApi.UserSignedUp event) {
        }
    }

    @ApplicationScoped
    static class PrivateListener {
        private void on(@Observes @Bus AuthApi.UserSignedUp event) {
        }
    }

    interface Auditor {
    }

    @ApplicationScoped
    @Typed(Auditor.class)
    static class TypedListener implements Auditor {
        void on(@Observes @Bus AuthApi.UserSignedUp event) {
        }
    }

    interface Unknown {
    }

    @ApplicationScoped
    static class UnsatisfiedParameter {
        void on(@Observes @Bus AuthApi.UserSignedUp event, Unknown unknown) {
        }
    }

    @Test
    void aPrivateListenerFailsTheDeployment() {
        assertDeploymentFails(PrivateListener.class).hasMessageContaining("LBUS01029")
                .hasMessageContaining("Listener " + PrivateListener.class.getName() + "#on is private");
    }

    @Test
    void aListenerBeanTypedWithoutItsClassFailsTheDeployment() {
        assertDeploymentFails(TypedListener.class).hasMessageContaining("LBUS01030")
                .hasMessageContaining("Bean " + TypedListener.class.getName() + " declares bus listeners");
    }

    @Test
    void aFurtherParameterThatCannotBeInjectedFailsTheDeployment() {
        assertStartFails(UnsatisfiedParameter.class).isInstanceOf(LightbusException.class)
                .hasMessageContaining("LBUS02011")
                .hasMessageContaining("Listener " + UnsatisfiedParameter.class.getName() + "#on")
                .hasMessageContaining("parameter 1 of type " + Unknown.class.getName());
    }

    @Test
    void aListenerNameEndingLikeADeadLetterQueueFailsTheDeployment() {
        assertDeploymentFails(ReservedListenerName.class).hasMessageContaining("LBUS01027")
                .hasMessageContaining("'audit.dlq'").hasMessageContaining(ReservedListenerName.class.getName() + "#on");
    }

    @Test
    void aBusListenerOfANonEventTypeFailsTheDeployment() {
        assertDeploymentFails(ObservesNonEvent.class).hasMessageContaining("LBUS01001")
                .hasMessageContaining("Listener " + ObservesNonEvent.class.getName() + "#on")
                .hasMessageContaining(NotAnEvent.class.getName() + ", which is not a @BusEvent");
    }

    @Test
    void aListenerNameUsedTwiceFailsTheDeploymentNamingBothMethods() {
        assertDeploymentFails(Audit.class, Security.class).hasMessageContaining("LBUS01006")
                .hasMessageContaining("'audit'").hasMessageContaining(Audit.class.getName() + "#record")
                .hasMessageContaining(Security.class.getName() + "#check");
    }

    @Test
    void anAsyncBusListenerFailsTheDeployment() {
        assertDeploymentFails(AsyncListener.class).hasMessageContaining("LBUS01008")
                .hasMessageContaining("Listener " + AsyncListener.class.getName() + "#on uses @ObservesAsync");
    }

    @Test
    void anInvalidListenerNameFailsTheDeployment() {
        assertDeploymentFails(BadListenerName.class).hasMessageContaining("LBUS01009")
                .hasMessageContaining("'send mail'").hasMessageContaining(BadListenerName.class.getName() + "#on");
    }

    @Test
    void twoEventContextParametersFailTheDeployment() {
        assertDeploymentFails(TwoContexts.class).hasMessageContaining("LBUS01010")
                .hasMessageContaining("Listener " + TwoContexts.class.getName() + "#on declares EventContext twice");
    }

    @Test
    void everyErrorOfADeploymentIsReportedAtOnce() {
        assertDeploymentFails(ObservesNonEvent.class, AsyncListener.class, TwoContexts.class)
                .hasMessageContaining("LBUS01001").hasMessageContaining(ObservesNonEvent.class.getName() + "#on")
                .hasMessageContaining("LBUS01008").hasMessageContaining(AsyncListener.class.getName() + "#on")
                .hasMessageContaining("LBUS01010").hasMessageContaining(TwoContexts.class.getName() + "#on");
    }
}
