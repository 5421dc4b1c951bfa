package org.lightbus.cdi.model;

import static org.assertj.core.api.Assertions.as;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.InstanceOfAssertFactories.STRING;

import org.junit.jupiter.api.Test;
import org.lightbus.api.BusApi;
import org.lightbus.api.BusEvent;

class ListenerDefinitionsTest {

    @BusApi("auth")
    interface AuthApi {

        @BusEvent
        record UserSignedUp(String username) {
        }
    }

    @BusEvent
    record Orphan(String id) {
    }

    record NotAnEvent(String id) {
    }

    private final ListenerDefinitions definitions = new ListenerDefinitions(new EventTypes());

    @Test
    void aValidListenerHasNoProblems() {
        ListenerDefinition listener = listener(Mailer.class, "welcome", "Mailer.welcome", AuthApi.UserSignedUp.class);

        assertThat(definitions.add(listener)).isEmpty();
        assertThat(definitions.problems()).isEmpty();
        assertThat(definitions.all()).containsExactly(listener);
    }

    @Test
    void theDefaultNameIsTheSimpleClassNameAndTheMethod() {
        assertThat(ListenerDefinition.defaultName("Images", "resizeAvatar")).isEqualTo("Images.resizeAvatar");
    }

    @Test
    void aDuplicateNameIsReportedNamingBothMethods() {
        definitions.add(listener(Mailer.class, "welcome", "welcome", AuthApi.UserSignedUp.class));

        assertThat(definitions.add(listener(Crm.class, "onSignUp", "welcome", AuthApi.UserSignedUp.class)))
                .singleElement(as(STRING)).startsWith("LBUS01006")
                .contains("'welcome'", Mailer.class.getName() + "#welcome", Crm.class.getName() + "#onSignUp");
    }

    @Test
    void anInvalidNameIsReported() {
        assertThat(definitions.add(listener(Mailer.class, "welcome", "welcome mail", AuthApi.UserSignedUp.class)))
                .singleElement(as(STRING)).startsWith("LBUS01009")
                .contains("'welcome mail'", Mailer.class.getName() + "#welcome");
    }

    @Test
    void aListenerOfANonEventIsReported() {
        assertThat(definitions.add(listener(Mailer.class, "welcome", "Mailer.welcome", NotAnEvent.class)))
                .singleElement(as(STRING)).startsWith("LBUS01001")
                .contains(Mailer.class.getName() + "#welcome", NotAnEvent.class.getName());
    }

    @Test
    void theProblemsOfTheEventTypeAreReportedOnceForAllItsListeners() {
        definitions.add(listener(A.class, "on", "A.on", Orphan.class));
        definitions.add(listener(B.class, "on", "B.on", Orphan.class));

        assertThat(definitions.problems()).singleElement(as(STRING)).startsWith("LBUS01003");
    }

    @Test
    void everyProblemOfAListenerIsReported() {
        assertThat(definitions.add(listener(A.class, "on", "bad name", NotAnEvent.class))).satisfiesExactly(
                problem -> assertThat(problem).startsWith("LBUS01001"),
                problem -> assertThat(problem).startsWith("LBUS01009"));
    }

    static class Mailer {
        void welcome(Object event) {
        }
    }

    static class Crm {
        void onSignUp(Object event) {
        }
    }

    static class A {
        void on(Object event) {
        }
    }

    static class B {
        void on(Object event) {
        }
    }

    private static ListenerDefinition listener(Class<?> beanClass, String method, String name, Class<?> event) {
        try {
            return new ListenerDefinition(beanClass, beanClass.getDeclaredMethod(method, Object.class), name, event, 0,
                    -1);
        } catch (NoSuchMethodException e) {
            throw new AssertionError(e);
        }
    }
}
