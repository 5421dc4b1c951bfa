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
        ListenerDefinition listener = listener("com.acme.Mailer", "welcome", "Mailer.welcome",
                AuthApi.UserSignedUp.class);

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
        definitions.add(listener("com.acme.Mailer", "welcome", "welcome", AuthApi.UserSignedUp.class));

        assertThat(definitions.add(listener("com.acme.Crm", "onSignUp", "welcome", AuthApi.UserSignedUp.class)))
                .singleElement(as(STRING)).startsWith("LBUS01006")
                .contains("'welcome'", "com.acme.Mailer#welcome", "com.acme.Crm#onSignUp");
    }

    @Test
    void anInvalidNameIsReported() {
        assertThat(definitions.add(listener("com.acme.Mailer", "welcome", "welcome mail", AuthApi.UserSignedUp.class)))
                .singleElement(as(STRING)).startsWith("LBUS01009")
                .contains("'welcome mail'", "com.acme.Mailer#welcome");
    }

    @Test
    void aListenerOfANonEventIsReported() {
        assertThat(definitions.add(listener("com.acme.Mailer", "welcome", "Mailer.welcome", NotAnEvent.class)))
                .singleElement(as(STRING)).startsWith("LBUS01001")
                .contains("com.acme.Mailer#welcome", NotAnEvent.class.getName());
    }

    @Test
    void theProblemsOfTheEventTypeAreReportedOnceForAllItsListeners() {
        definitions.add(listener("com.acme.A", "on", "A.on", Orphan.class));
        definitions.add(listener("com.acme.B", "on", "B.on", Orphan.class));

        assertThat(definitions.problems()).singleElement(as(STRING)).startsWith("LBUS01003");
    }

    @Test
    void everyProblemOfAListenerIsReported() {
        assertThat(definitions.add(listener("com.acme.A", "on", "bad name", NotAnEvent.class))).satisfiesExactly(
                problem -> assertThat(problem).startsWith("LBUS01001"),
                problem -> assertThat(problem).startsWith("LBUS01009"));
    }

    private static ListenerDefinition listener(String beanClass, String method, String name, Class<?> event) {
        return new ListenerDefinition(beanClass, method, name, event, 0, -1, 1);
    }
}
