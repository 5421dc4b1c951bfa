package org.lightbus.spi;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;

class ErrorCodesTest {

    @Test
    void theCodeIsWhatACatalogueMessageStartsWith() {
        assertThat(ErrorCodes.codeOf("LBUS02001: No service name is configured")).isEqualTo("LBUS02001");
    }

    @Test
    void aMessageWithoutCodeIsRejected() {
        assertThatThrownBy(() -> ErrorCodes.codeOf("no code here")).isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("no code here");
    }
}
