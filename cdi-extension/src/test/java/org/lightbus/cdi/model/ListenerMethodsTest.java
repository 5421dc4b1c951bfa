package org.lightbus.cdi.model;

import static org.assertj.core.api.Assertions.as;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.InstanceOfAssertFactories.STRING;

import jakarta.enterprise.event.Observes;
import jakarta.enterprise.event.ObservesAsync;

import org.junit.jupiter.api.Test;
import org.lightbus.api.Bus;
import org.lightbus.api.BusApi;
import org.lightbus.api.BusEvent;
import org.lightbus.api.EventContext;
import org.lightbus.api.Listener;

class ListenerMethodsTest {

    @BusApi("auth")
    interface AuthApi {

        @BusEvent
        record UserSignedUp(String username) {
        }
    }

    static class Mailer {
        void welcome(Object unrelated, @Observes @Bus AuthApi.UserSignedUp event, EventContext context) {
        }

        @Listener("audit")
        void audit(@Observes @Bus AuthApi.UserSignedUp event) {
        }

        void local(@Observes AuthApi.UserSignedUp event) {
        }
    }

    static class BaseListener {
        void onSignUp(@Observes @Bus AuthApi.UserSignedUp event) {
        }

        void overridden(@Observes @Bus AuthApi.UserSignedUp event) {
        }
    }

    static class SubListener extends BaseListener {
        @Override
        void overridden(@Observes @Bus @Listener("renamed") AuthApi.UserSignedUp event) {
        }
    }

    static class Broken {
        private void hidden(@Observes @Bus AuthApi.UserSignedUp event) {
        }

        void async(@ObservesAsync @Bus AuthApi.UserSignedUp event) {
        }
    }

    @Test
    void listenersAreTheMethodsWithAnObservesBusParameterWithTheirNamesAndPositions() {
        ListenerMethods.Scan scan = ListenerMethods.scan(Mailer.class);

        assertThat(scan.problems()).isEmpty();
        assertThat(scan.listeners()).extracting(ListenerDefinition::listenerName)
                .containsExactlyInAnyOrder("Mailer.welcome", "audit");
        ListenerDefinition welcome = scan.listeners().stream().filter(l -> l.method().getName().equals("welcome"))
                .findFirst().orElseThrow();
        assertThat(welcome.eventParameter()).isEqualTo(1);
        assertThat(welcome.contextParameter()).isEqualTo(2);
        assertThat(welcome.eventClass()).isEqualTo(AuthApi.UserSignedUp.class);
    }

    @Test
    void inheritedListenersAreNamedAfterTheBeanClassAndOverridesAreReadOnce() {
        ListenerMethods.Scan scan = ListenerMethods.scan(SubListener.class);

        assertThat(scan.listeners()).extracting(ListenerDefinition::listenerName)
                .containsExactlyInAnyOrder("SubListener.onSignUp", "renamed");
        assertThat(scan.listeners()).allSatisfy(l -> assertThat(l.beanClass()).isEqualTo(SubListener.class));
    }

    @Test
    void privateAndAsynchronousListenersAreProblems() {
        ListenerMethods.Scan scan = ListenerMethods.scan(Broken.class);

        assertThat(scan.listeners()).isEmpty();
        assertThat(scan.problems()).hasSize(2).anySatisfy(p -> assertThat(p).startsWith("LBUS01029"))
                .anySatisfy(p -> assertThat(p).startsWith("LBUS01008"));
        assertThat(scan.problems()).element(0, as(STRING)).contains(Broken.class.getName());
    }
}
