package org.lightbus.cdi.model;

import static org.assertj.core.api.Assertions.as;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.InstanceOfAssertFactories.STRING;

import org.junit.jupiter.api.Test;
import org.lightbus.api.BusApi;
import org.lightbus.api.BusEvent;

class EventTypesTest {

    @BusApi("acme.auth")
    interface AuthApi {

        @BusEvent
        record UserSignedUp(String username) {
        }

        @BusEvent(name = "renamed")
        record PasswordChanged(String username) {
        }

        @BusEvent(api = "acme.auth")
        record UserDeleted(String username) {
        }

        @BusEvent(api = "billing")
        record InvoicePaid(String invoice) {
        }
    }

    @BusEvent(api = "billing")
    record PaymentFailed(String invoice) {
    }

    @BusEvent
    record Orphan(String id) {
    }

    @BusEvent(api = "billing")
    static class NotARecord {
    }

    record NotAnnotated(String id) {
    }

    @BusApi("Acme")
    interface BadNames {

        @BusEvent(name = "Bad Name")
        record Bad(String id) {
        }
    }

    private final EventTypes eventTypes = new EventTypes();

    @Test
    void aNestedEventTakesTheEnclosingApiAndItsSnakeCaseName() {
        EventTypes.Inspection inspection = eventTypes.inspect(AuthApi.UserSignedUp.class);

        assertThat(inspection.isValid()).isTrue();
        assertThat(inspection.eventType())
                .isEqualTo(new EventType(AuthApi.UserSignedUp.class, "acme.auth", "user_signed_up"));
        assertThat(inspection.eventType().fullName()).isEqualTo("acme.auth.user_signed_up");
    }

    @Test
    void anExplicitNameWins() {
        assertThat(eventTypes.inspect(AuthApi.PasswordChanged.class).eventType().name()).isEqualTo("renamed");
    }

    @Test
    void aNestedEventMayRepeatItsApi() {
        assertThat(eventTypes.inspect(AuthApi.UserDeleted.class).eventType().api()).isEqualTo("acme.auth");
    }

    @Test
    void aStandaloneEventNamesItsApi() {
        assertThat(eventTypes.inspect(PaymentFailed.class).eventType())
                .isEqualTo(new EventType(PaymentFailed.class, "billing", "payment_failed"));
    }

    @Test
    void aStandaloneEventWithoutApiIsInvalid() {
        assertThat(eventTypes.inspect(Orphan.class).problems()).singleElement(as(STRING)).startsWith("LBUS01003")
                .contains(Orphan.class.getName());
    }

    @Test
    void anApiThatContradictsTheEnclosingOneIsInvalid() {
        assertThat(eventTypes.inspect(AuthApi.InvoicePaid.class).problems()).singleElement(as(STRING))
                .startsWith("LBUS01004").contains(AuthApi.InvoicePaid.class.getName(), "\"billing\"", "\"acme.auth\"");
    }

    @Test
    void aClassThatIsNotARecordIsInvalid() {
        EventTypes.Inspection inspection = eventTypes.inspect(NotARecord.class);

        assertThat(inspection.eventType()).isNull();
        assertThat(inspection.problems()).singleElement(as(STRING)).startsWith("LBUS01002")
                .contains(NotARecord.class.getName());
    }

    @Test
    void aRecordWithoutBusEventIsNotAnEvent() {
        assertThat(EventTypes.isAnnotated(NotAnnotated.class)).isFalse();
        assertThat(eventTypes.inspect(NotAnnotated.class).problems()).singleElement(as(STRING)).startsWith("LBUS01011")
                .contains(NotAnnotated.class.getName());
    }

    @Test
    void invalidApiAndEventNamesAreReported() {
        assertThat(eventTypes.inspect(BadNames.Bad.class).problems()).satisfiesExactlyInAnyOrder(
                problem -> assertThat(problem).startsWith("LBUS01007").contains("API name 'Acme'"),
                problem -> assertThat(problem).startsWith("LBUS01007").contains("event name 'Bad Name'"));
    }
}
