package org.lightbus.benchmarks;

import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;

/**
 * The figures of every round, by figure and tool; their medians, each with its ratio to PerfTest's median of the same
 * figure and to the best peer's ({@link Tool#peer()}), where they have one.
 */
final class Results {

    /** One line of the table: the median of a figure's rounds for one tool, and its ratios (NaN where none). */
    record Row(Figure figure, Tool tool, double median, int rounds, double toPerfTest, double toBestPeer) {
    }

    private final Map<Figure, Map<Tool, List<Double>>> rounds = new EnumMap<>(Figure.class);

    void add(Figure figure, Tool tool, double value) {
        rounds.computeIfAbsent(figure, f -> new EnumMap<>(Tool.class)).computeIfAbsent(tool, t -> new ArrayList<>())
                .add(value);
    }

    /** The median of a figure's rounds for one tool; NaN where it has none. */
    double median(Figure figure, Tool tool) {
        List<Double> values = rounds.getOrDefault(figure, Map.of()).get(tool);
        return values == null ? Double.NaN : Stats.median(values);
    }

    /** The best of the peers' medians of a figure ({@link Tool#peer()}); NaN where none has one. */
    double bestPeer(Figure figure) {
        return rounds.getOrDefault(figure, Map.of()).keySet().stream().filter(Tool::peer)
                .mapToDouble(tool -> median(figure, tool)).reduce(figure::best).orElse(Double.NaN);
    }

    /** The rows in the order of the figures, then of the tools. */
    List<Row> rows() {
        List<Row> rows = new ArrayList<>();
        rounds.forEach((figure, byTool) -> {
            double perfTest = median(figure, Tool.PERFTEST);
            double bestPeer = bestPeer(figure);
            byTool.forEach((tool, values) -> {
                double median = Stats.median(values);
                rows.add(new Row(figure, tool, median, values.size(),
                        tool == Tool.PERFTEST ? Double.NaN : median / perfTest, median / bestPeer));
            });
        });
        return rows;
    }
}
