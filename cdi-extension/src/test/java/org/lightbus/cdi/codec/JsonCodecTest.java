package org.lightbus.cdi.codec;

import static java.nio.charset.StandardCharsets.UTF_8;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.math.BigDecimal;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class JsonCodecTest {

    enum Plan {
        FREE, PRO
    }

    record Invoice(UUID id, BigDecimal amount, Instant paidAt, LocalDate due, Duration grace, Optional<String> note,
            Plan plan, List<String> lines, Map<String, Integer> counts) {
    }

    record Attachment(String name, byte[] content) {
    }

    record Counter(String name, int count) {
    }

    private final JsonCodec codec = new JsonCodec();

    @Test
    void aRecordOfValuesRoundTrips() throws IOException {
        Invoice invoice = new Invoice(UUID.randomUUID(), new BigDecimal("12.50"), Instant.parse("2024-05-01T10:15:30Z"),
                LocalDate.of(2024, 6, 1), Duration.ofDays(3), Optional.of("thanks"), Plan.PRO, List.of("a", "b"),
                Map.of("x", 1));

        assertThat(codec.decode(codec.encode(invoice), Invoice.class)).isEqualTo(invoice);
    }

    @Test
    void anEmptyOptionalRoundTrips() throws IOException {
        Invoice invoice = new Invoice(UUID.randomUUID(), BigDecimal.ONE, Instant.EPOCH, LocalDate.EPOCH, Duration.ZERO,
                Optional.empty(), Plan.FREE, List.of(), Map.of());

        assertThat(codec.decode(codec.encode(invoice), Invoice.class).note()).isEmpty();
    }

    @Test
    void javaTimeValuesAreIsoStringsAndBytesBase64() throws IOException {
        String json = new String(codec.encode(new Invoice(UUID.fromString("00000000-0000-0000-0000-000000000001"),
                new BigDecimal("12.50"), Instant.parse("2024-05-01T10:15:30Z"), LocalDate.of(2024, 6, 1),
                Duration.ofSeconds(90), Optional.empty(), Plan.PRO, List.of(), Map.of())), UTF_8);

        assertThat(json).contains("\"id\":\"00000000-0000-0000-0000-000000000001\"", "\"amount\":12.50",
                "\"paidAt\":\"2024-05-01T10:15:30Z\"", "\"due\":\"2024-06-01\"", "\"grace\":\"PT1M30S\"",
                "\"plan\":\"PRO\"");
        assertThat(new String(codec.encode(new Attachment("a.txt", "hi".getBytes(UTF_8))), UTF_8))
                .contains("\"content\":\"aGk=\"");
    }

    @Test
    void bytesRoundTrip() throws IOException {
        byte[] content = { 0, 1, 2, (byte) 0xff };

        assertThat(codec.decode(codec.encode(new Attachment("bin", content)), Attachment.class).content())
                .containsExactly(content);
    }

    @Test
    void unknownPropertiesAreIgnored() throws IOException {
        assertThat(codec.decode(json("{\"name\":\"hits\",\"count\":3,\"addedLater\":{\"x\":1}}"), Counter.class))
                .isEqualTo(new Counter("hits", 3));
    }

    @ParameterizedTest
    @ValueSource(strings = { "null", "hello", "{\"name\":", "[\"hits\",3]", "{\"name\":\"hits\",\"count\":\"many\"}",
            "{\"name\":\"hits\",\"count\":null}", "{\"name\":\"hits\",\"count\":3} trailing", "" })
    void whatDoesNotFitTheRecordFails(String body) {
        assertThatThrownBy(() -> codec.decode(json(body), Counter.class)).isInstanceOf(IOException.class);
    }

    @Test
    void nullNamesTheExpectedType() {
        assertThatThrownBy(() -> codec.decode(json("null"), Counter.class)).isInstanceOf(IOException.class)
                .hasMessageContaining("Counter").hasMessageContaining("null");
    }

    private static byte[] json(String text) {
        return text.getBytes(UTF_8);
    }
}
