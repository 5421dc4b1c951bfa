package org.lightbus.cli;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;
import org.lightbus.spi.WireHeaders;

import com.fasterxml.jackson.databind.JsonNode;
import com.rabbitmq.client.AMQP;

/** The pure parts of dumpschema, fire and call, without a broker. */
class CommandPartsTest {

    private static final String SHOP = """
            {"api": "shop", "version": "sha256:00",
             "events": {"order_placed": {"$schema": "https://json-schema.org/draft/2020-12/schema", "type": "object",
                 "properties": {"orderId": {"type": "string"}, "amount": {"type": "integer"},
                                "at": {"type": "string", "format": "date-time"}},
                 "required": ["orderId", "amount"]}},
             "rpcs": {"price": {"parameters": {"type": "array", "prefixItems": [{"type": "string"}, {"type": "integer"}],
                                               "items": false, "minItems": 2, "maxItems": 2},
                                "result": {"type": "integer"}}}}
            """;

    private static JsonNode json(String text) throws Exception {
        return Json.parse(text);
    }

    @Test
    void durations() {
        assertThat(Durations.parse("--wait", "5s")).isEqualTo(Duration.ofSeconds(5));
        assertThat(Durations.parse("--wait", "7")).isEqualTo(Duration.ofSeconds(7));
        assertThat(Durations.parse("--wait", "250ms")).isEqualTo(Duration.ofMillis(250));
        assertThat(Durations.parse("--wait", "2m")).isEqualTo(Duration.ofMinutes(2));
        assertThat(Durations.text(Duration.ofMillis(1500))).isEqualTo("1.500 s");
        assertThat(Durations.text(Duration.ofSeconds(2))).isEqualTo("2 s");
        for (String wrong : List.of("0s", "-1s", "5h", "soon", "")) {
            assertThatThrownBy(() -> Durations.parse("--timeout", wrong)).hasMessageContaining("LBUS07024")
                    .hasMessageContaining("--timeout");
        }
    }

    @Test
    void targetsAreReadLongestApiFirst() {
        assertThat(MemberTarget.candidates("acme.auth.user_signed_up", "event", "x")).containsExactly(
                new MemberTarget("acme.auth", "user_signed_up"), new MemberTarget("acme", "auth.user_signed_up"));
        assertThat(MemberTarget.procedure("acme.auth.check_password"))
                .isEqualTo(new MemberTarget("acme.auth", "check_password"));
        assertThat(new MemberTarget("auth", "check").callQueue("lb")).isEqualTo("lb.auth.$rpc");
        for (String wrong : List.of("auth", "Auth.x", "auth.", ".x", "a b.c")) {
            assertThatThrownBy(() -> MemberTarget.candidates(wrong, "event", "x")).hasMessageContaining("LBUS07028");
        }
    }

    @Test
    void anEventIsCheckedAgainstItsSchemaWithThePathOfEachViolation() throws Exception {
        Map<String, JsonNode> schemas = Map.of("shop", json(SHOP));
        List<MemberTarget> candidates = MemberTarget.candidates("shop.order_placed", "event", "x");

        assertThat(SchemaCheck.EVENT.check(schemas, candidates, json("{\"orderId\":\"o\",\"amount\":1}"), "1 s", "lb"))
                .isEqualTo(new MemberTarget("shop", "order_placed"));
        assertThatThrownBy(() -> SchemaCheck.EVENT.check(schemas, candidates,
                json("{\"amount\":\"x\",\"at\":\"yesterday\"}"), "1 s", "lb"))
                        .isInstanceOfSatisfying(CliException.class,
                                e -> assertThat(e.exitCode()).isEqualTo(ExitCodes.USAGE))
                        .hasMessageContaining("LBUS07035").hasMessageContaining("$.orderId")
                        .hasMessageContaining("$.amount").hasMessageContaining("$.at")
                        .hasMessageContaining("sha256:00");
    }

    @Test
    void theArgumentsOfACallAreCheckedAgainstTheParameters() throws Exception {
        Map<String, JsonNode> schemas = Map.of("shop", json(SHOP));
        List<MemberTarget> price = List.of(new MemberTarget("shop", "price"));

        SchemaCheck.PROCEDURE.check(schemas, price, json("[\"a\",2]"), "1 s", "lb");
        assertThatThrownBy(() -> SchemaCheck.PROCEDURE.check(schemas, price, json("[\"a\",2,3]"), "1 s", "lb"))
                .hasMessageContaining("$[2]");
        assertThatThrownBy(() -> SchemaCheck.PROCEDURE.check(schemas, price, json("[\"a\",\"b\"]"), "1 s", "lb"))
                .hasMessageContaining("$[1]");
    }

    @Test
    void aMissingSchemaOrNameIsReported() throws Exception {
        Map<String, JsonNode> schemas = Map.of("shop", json(SHOP));

        assertThatThrownBy(() -> SchemaCheck.EVENT.check(Map.of(), List.of(new MemberTarget("shop", "x")), json("{}"),
                "1 s", "lb"))
                        .isInstanceOfSatisfying(CliException.class,
                                e -> assertThat(e.exitCode()).isEqualTo(ExitCodes.NOT_FOUND))
                        .hasMessageContaining("LBUS07033");
        assertThatThrownBy(() -> SchemaCheck.EVENT.check(schemas, List.of(new MemberTarget("shop", "price")),
                json("{}"), "1 s", "lb")).hasMessageContaining("LBUS07034").hasMessageContaining("order_placed");
        assertThatThrownBy(() -> SchemaCheck.PROCEDURE.check(schemas, List.of(new MemberTarget("shop", "order_placed")),
                json("[]"), "1 s", "lb")).hasMessageContaining("LBUS07034").hasMessageContaining("price");
    }

    @Test
    void schemaDocumentsAndApiExchangesAreRecognized() throws Exception {
        assertThat(SchemaFetch.isSchemaDocument(json(SHOP), "shop")).isTrue();
        assertThat(SchemaFetch.isSchemaDocument(json(SHOP), "auth")).isFalse();
        assertThat(SchemaFetch.isSchemaDocument(json("\"shop\""), "shop")).isFalse();
        assertThat(SchemaFetch.apiOf("schema.acme.auth")).isEqualTo("acme.auth");
        assertThat(SchemaFetch.apiOf("request.auth")).isNull();
        assertThat(ManagementApi.apisOf(List.of("lb.auth", "lb.$schemas", "other.x", "lb.acme.billing", "lb"), "lb"))
                .containsExactly("acme.billing", "auth");
    }

    @Test
    void eventsAndCallsCarryTheRuntimesPropertiesAndHeaders() {
        Instant now = Instant.ofEpochMilli(1_700_000_000_123L);
        AMQP.BasicProperties event = FireCommand.properties(new MemberTarget("shop", "order_placed"), "m-1", "ops",
                now);
        assertThat(event.getContentType()).isEqualTo("application/json");
        assertThat(event.getDeliveryMode()).isEqualTo(2);
        assertThat(event.getMessageId()).isEqualTo("m-1");
        assertThat(event.getAppId()).isEqualTo("ops");
        assertThat(event.getType()).isEqualTo("shop.order_placed");
        assertThat(event.getTimestamp().toInstant()).isEqualTo(now);
        assertThat(event.getHeaders()).containsEntry(WireHeaders.API, "shop")
                .containsEntry(WireHeaders.EVENT, "order_placed")
                .containsEntry(WireHeaders.TIMESTAMP, 1_700_000_000_123L);

        AMQP.BasicProperties call = CallCommand.request(new MemberTarget("shop", "price"), "c-1", "ops", 1000,
                Duration.ofSeconds(2));
        assertThat(call.getDeliveryMode()).isEqualTo(1);
        assertThat(call.getCorrelationId()).isEqualTo("c-1");
        assertThat(call.getMessageId()).isEqualTo("c-1");
        assertThat(call.getReplyTo()).isEqualTo("amq.rabbitmq.reply-to");
        assertThat(call.getExpiration()).isEqualTo("2000");
        assertThat(call.getType()).isEqualTo("shop.price");
        assertThat(call.getHeaders()).containsEntry(WireHeaders.API, "shop")
                .containsEntry(WireHeaders.PROCEDURE, "price").containsEntry(WireHeaders.DEADLINE, 3000L);
    }
}
