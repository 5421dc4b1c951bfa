package org.lightbus.benchmarks;

import java.io.IOException;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/** {@link Comparison}'s table, on a console and as CSV: one line per figure and tool. */
final class Report {

    private static final String LINE = "%-3s %-38s %-16s %-22s %,12.0f %10s %10s %6d%n";

    private Report() {
    }

    static void print(List<Results.Row> rows, PrintStream out) {
        out.printf("%-3s %-38s %-16s %-22s %12s %10s %10s %6s%n", "#", "figure", "unit", "tool", "median", "/PerfTest",
                "/best peer", "rounds");
        String previous = null;
        for (Results.Row row : rows) {
            if (previous != null && !previous.equals(row.figure().scenario())) {
                out.println();
            }
            previous = row.figure().scenario();
            out.printf(Locale.ROOT, LINE, row.figure().scenario(), row.figure().label(), row.figure().unit(),
                    row.tool().label(), row.median(), ratio(row.toPerfTest()), ratio(row.toBestPeer()), row.rounds());
        }
    }

    static void writeCsv(List<Results.Row> rows, Machine machine, Path file) throws IOException {
        List<String> lines = new ArrayList<>();
        lines.add("# " + machine.describe());
        lines.add("scenario,figure,unit,tool,median,to_perftest,to_best_peer,rounds");
        for (Results.Row row : rows) {
            lines.add(String.join(",", row.figure().scenario(), quote(row.figure().label()), row.figure().unit(),
                    row.tool().label(), String.format(Locale.ROOT, "%.1f", row.median()), csvRatio(row.toPerfTest()),
                    csvRatio(row.toBestPeer()), Integer.toString(row.rounds())));
        }
        Files.createDirectories(file.toAbsolutePath().getParent());
        Files.write(file, lines, StandardCharsets.UTF_8);
    }

    private static String ratio(double ratio) {
        return Double.isNaN(ratio) ? "" : String.format(Locale.ROOT, "%.2fx", ratio);
    }

    private static String csvRatio(double ratio) {
        return Double.isNaN(ratio) ? "" : String.format(Locale.ROOT, "%.3f", ratio);
    }

    private static String quote(String text) {
        return "\"" + text.replace("\"", "\"\"") + "\"";
    }
}
