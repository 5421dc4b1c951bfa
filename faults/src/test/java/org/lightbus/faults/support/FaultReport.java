package org.lightbus.faults.support;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.StandardOpenOption;
import java.time.Duration;
import java.util.Locale;

/**
 * Prints a scenario's figures, one {@code FAULT <scenario>: ...} line, to the build's output and appends it to
 * {@code target/faults/figures.txt}.
 */
public final class FaultReport {

    private FaultReport() {
    }

    /** Prints and keeps a line of figures. */
    public static void print(String line) {
        System.out.println(line);
        try {
            Files.createDirectories(FaultSuiteExtension.workDir().resolve("faults"));
            Files.writeString(FaultSuiteExtension.workDir().resolve("faults/figures.txt"), line + "\n",
                    StandardOpenOption.CREATE, StandardOpenOption.APPEND);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Forgets the figures of an earlier run. */
    static void reset() {
        try {
            Files.deleteIfExists(FaultSuiteExtension.workDir().resolve("faults/figures.txt"));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** @return a duration in seconds with one decimal, e.g. {@code 6.1s} */
    public static String seconds(Duration duration) {
        return String.format(Locale.ROOT, "%.1fs", duration.toMillis() / 1000.0);
    }
}
