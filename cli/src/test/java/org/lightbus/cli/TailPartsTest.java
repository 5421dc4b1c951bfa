package org.lightbus.cli;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;

import com.fasterxml.jackson.databind.JsonNode;
import com.rabbitmq.client.AMQP;
import com.rabbitmq.client.impl.LongStringHelper;

/** What {@code tail} binds to, how it filters and how it prints an event, without a broker. */
class TailPartsTest {

    @Test
    void anApiAloneIsEveryEventOfIt() {
        assertThat(TailTarget.candidates("auth")).containsExactly(new TailTarget("auth", null));
        assertThat(TailTarget.candidates("acme.auth.*")).containsExactly(new TailTarget("acme.auth", null));
        assertThat(TailTarget.candidates("auth.#").get(0).bindingKey()).isEqualTo("#");
    }

    @Test
    void dottedNamesAreTriedLongestApiFirst() {
        assertThat(TailTarget.candidates("acme.auth.user_signed_up")).containsExactly(
                new TailTarget("acme.auth.user_signed_up", null), new TailTarget("acme.auth", "user_signed_up"),
                new TailTarget("acme", "auth.user_signed_up"));
        TailTarget event = new TailTarget("auth", "user_signed_up");
        assertThat(event.exchange("ns")).isEqualTo("ns.auth");
        assertThat(event.bindingKey()).isEqualTo("user_signed_up");
    }

    @Test
    void somethingThatIsNoApiNameIsAUsageError() {
        assertThatThrownBy(() -> TailTarget.candidates("Auth Events"))
                .isInstanceOfSatisfying(CliException.class, e -> assertThat(e.exitCode()).isEqualTo(ExitCodes.USAGE))
                .hasMessageStartingWith("LBUS07017:");
        assertThatThrownBy(() -> TailTarget.candidates("auth.")).hasMessageStartingWith("LBUS07017:");
    }

    private static JsonNode json(String text) {
        return Json.body(text.getBytes(StandardCharsets.UTF_8));
    }

    @Test
    void fieldFiltersCompareTopLevelFieldsByTextOrJson() {
        EventFilter filter = EventFilter.parse(List.of("username=ada", "amount=42", "vip=true"));

        assertThat(filter.matches(json("{\"username\":\"ada\",\"amount\":42,\"vip\":true,\"x\":1}"))).isTrue();
        assertThat(filter.matches(json("{\"username\":\"bob\",\"amount\":42,\"vip\":true}"))).isFalse();
        assertThat(filter.matches(json("{\"username\":\"ada\",\"amount\":\"42\",\"vip\":true}"))).isTrue();
        assertThat(filter.matches(json("{\"username\":\"ada\",\"vip\":true}"))).isFalse();
        assertThat(filter.matches(json("[1]"))).isFalse();
        assertThat(EventFilter.parse(List.of("note=a=b")).matches(json("{\"note\":\"a=b\"}"))).isTrue();
        assertThat(EventFilter.parse(List.of("coupon=null")).matches(json("{\"coupon\":null}"))).isTrue();
        assertThat(EventFilter.parse(null).matches(json("not json"))).isTrue();
    }

    @Test
    void aFilterWithoutNameOrEqualsIsAUsageError() {
        assertThatThrownBy(() -> EventFilter.parse(List.of("username"))).hasMessage(
                "LBUS07013: 'username' is not a field filter: use --field name=value, e.g. --field username=ada");
        assertThatThrownBy(() -> EventFilter.parse(List.of("=ada"))).hasMessageStartingWith("LBUS07013:");
    }

    @Test
    void anEventIsPrintedWithItsTimeSourceIdNameAndBody() {
        AMQP.BasicProperties properties = new AMQP.BasicProperties.Builder().messageId("m-7").appId("signup")
                .headers(Map.of("x-lightbus-api", LongStringHelper.asLongString("auth"), "x-lightbus-event",
                        LongStringHelper.asLongString("user_signed_up"), "x-lightbus-timestamp",
                        Instant.parse("2025-05-01T10:00:00.123Z").toEpochMilli()))
                .build();

        TailedEvent event = TailedEvent.of(properties, "{\"username\":\"ada\"}".getBytes(StandardCharsets.UTF_8),
                "auth", "user_signed_up", Instant.EPOCH);

        assertThat(event.text()).isEqualTo("""
                2025-05-01T10:00:00.123Z  auth.user_signed_up  from signup  message m-7
                {
                  "username": "ada"
                }
                """);
    }

    @Test
    void anEventWithoutHeadersIsNamedByItsExchangeAndRoutingKey() {
        TailedEvent event = TailedEvent.of(new AMQP.BasicProperties(), "plain".getBytes(StandardCharsets.UTF_8), "auth",
                "password_changed", Instant.EPOCH);

        assertThat(event.text()).isEqualTo("1970-01-01T00:00:00Z  auth.password_changed  from -  message -\nplain\n");
    }
}
