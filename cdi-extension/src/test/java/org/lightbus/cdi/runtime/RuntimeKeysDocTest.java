package org.lightbus.cdi.runtime;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;

import org.junit.jupiter.api.Test;
import org.lightbus.cdi.model.KnownKeys;

/** Every key the runtime reads has its row in docs/configuration.md. */
class RuntimeKeysDocTest {

    @Test
    void everyRuntimeKeyIsDocumented() throws Exception {
        String doc = Files.readString(Path.of("..", "docs", "configuration.md"));

        for (String pattern : RuntimeSettings.patterns()) {
            // the per-listener keys share one row, lightbus.listener.<listener>.<setting>
            String documented = pattern.contains(KnownKeys.LISTENER) ? "`lightbus.listener.<listener>.<setting>`"
                    : "`" + pattern + "`";
            assertThat(doc).as("the row of %s in docs/configuration.md", pattern).contains("| " + documented + " |");
        }
    }
}
