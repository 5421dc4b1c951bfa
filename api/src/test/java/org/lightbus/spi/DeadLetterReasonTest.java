package org.lightbus.spi;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class DeadLetterReasonTest {

    @Test
    void undecodableAndInvalidEventsAreNotRetried() {
        assertThat(DeadLetterReason.immediate(new InvalidEventException("$.x: missing")))
                .contains(DeadLetterReason.INVALID);
        assertThat(DeadLetterReason.immediate(new UndecodableEventException("not JSON", null)))
                .contains(DeadLetterReason.UNDECODABLE);
        assertThat(DeadLetterReason.immediate(new IllegalStateException("down"))).isEmpty();
    }

    @Test
    void theWireNamesAreThoseOfTheProtocol() {
        assertThat(DeadLetterReason.values()).extracting(DeadLetterReason::wireName).containsExactly("undecodable",
                "invalid", "too-large", "listener-failed");
    }

    @Test
    void anErrorReplyIsTheEnvelope() {
        assertThat(new String(RpcReply.error("LBUS1", null, "a \"b\"").body(), java.nio.charset.StandardCharsets.UTF_8))
                .isEqualTo("{\"code\":\"LBUS1\",\"type\":null,\"message\":\"a \\\"b\\\"\"}");
    }
}
