package org.lightbus.cdi.model;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

class NamesTest {

    @ParameterizedTest
    @CsvSource({ "UserSignedUp, user_signed_up", "Event, event", "A, a", "userSignedUp, user_signed_up",
            "HTTPRequestFailed, http_request_failed", "URLChanged, url_changed", "UserID, user_id", "URL, url",
            "Order2Shipped, order2_shipped", "Already_Snake, already_snake", "already_snake, already_snake" })
    void snakeCaseSplitsWordsAndAcronyms(String camelCase, String snakeCase) {
        assertThat(Names.snakeCase(camelCase)).isEqualTo(snakeCase);
    }

    @ParameterizedTest
    @ValueSource(strings = { "auth", "acme.auth", "user_signed_up", "v2", "order-events", "a.b.c", "x_1-y" })
    void validBusNames(String name) {
        assertThat(Names.isValidBusName(name)).isTrue();
    }

    @ParameterizedTest
    @ValueSource(strings = { "", "Auth", "userSignedUp", ".auth", "auth.", "acme..auth", "a b", "auth/x", "auth*",
            "auth#", "é" })
    void invalidBusNames(String name) {
        assertThat(Names.isValidBusName(name)).isFalse();
    }

    @ParameterizedTest
    @ValueSource(strings = { "Images.resizeAvatar", "welcome-email", "audit", "Mailer.welcome_2", "a.B.c" })
    void validListenerNames(String name) {
        assertThat(Names.isValidListenerName(name)).isTrue();
    }

    @ParameterizedTest
    @ValueSource(strings = { "", "send mail", ".audit", "audit.", "a..b", "a/b", "a*", "a#b", "é" })
    void invalidListenerNames(String name) {
        assertThat(Names.isValidListenerName(name)).isFalse();
    }
}
