package org.lightbus.connector.rabbitmq;

import static java.nio.charset.StandardCharsets.UTF_8;
import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.util.Map;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.lightbus.api.LightbusException;

import com.fasterxml.jackson.core.type.TypeReference;
import com.fasterxml.jackson.databind.ObjectMapper;

class ErrorEnvelopeTest {

    private static final ObjectMapper JSON = new ObjectMapper();

    private static Map<String, Object> parse(byte[] json) throws Exception {
        return JSON.readValue(json, new TypeReference<Map<String, Object>>() {
        });
    }

    @Test
    void anyExceptionGetsTheCodeOfAFailedProcedureItsTypeAndMessage() throws Exception {
        ErrorEnvelope envelope = ErrorEnvelope.of("auth.check_password", new IllegalStateException("no such user"));

        assertThat(envelope)
                .isEqualTo(new ErrorEnvelope("LBUS03210", "java.lang.IllegalStateException", "no such user"));
        assertThat(new String(envelope.toJson(), UTF_8)).isEqualTo(
                "{\"code\":\"LBUS03210\",\"type\":\"java.lang.IllegalStateException\",\"message\":\"no such user\"}");
    }

    @Test
    void aLightbusExceptionKeepsItsCode() {
        ErrorEnvelope envelope = ErrorEnvelope.of("auth.check_password",
                new LightbusException("LBUS02007", "LBUS02007: cannot decode", null));

        assertThat(envelope.code()).isEqualTo("LBUS02007");
        assertThat(envelope.type()).isEqualTo("org.lightbus.api.LightbusException");
    }

    @Test
    void aMissingMessageIsJsonNull() throws Exception {
        byte[] json = ErrorEnvelope.of("auth.check_password", new NullPointerException()).toJson();

        assertThat(parse(json)).containsEntry("message", null).containsEntry("type", "java.lang.NullPointerException");
    }

    @ParameterizedTest
    @ValueSource(strings = { "plain", "", "quote \" and backslash \\ and slash /", "new\nline\r\ttab\b\f",
            "control \u0000 \u0001 \u001f \u007f", "unicode \u00e9 \u4e2d \ud83d\ude00", "separators \u2028 \u2029",
            "{\"code\":\"fake\"}" })
    void anyMessageSurvivesAJsonParser(String message) throws Exception {
        byte[] json = new ErrorEnvelope("LBUS03210", "x.Y", message).toJson();

        assertThat(parse(json))
                .containsExactlyInAnyOrderEntriesOf(Map.of("code", "LBUS03210", "type", "x.Y", "message", message));
    }

    @Test
    void quoteEscapesControlCharactersAsUnicode() {
        assertThat(new String(new ErrorEnvelope("c", "t", "a\u0001b").toJson(), StandardCharsets.UTF_8))
                .contains("\"message\":\"a\\u0001b\"");
        assertThat(new String(new ErrorEnvelope("c", null, null).toJson(), StandardCharsets.UTF_8))
                .isEqualTo("{\"code\":\"c\",\"type\":null,\"message\":null}");
    }
}
