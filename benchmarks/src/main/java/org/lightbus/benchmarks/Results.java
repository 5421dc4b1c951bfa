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

    /** The rows in the order of the figures, then of the tools. */
    List<Row> rows() {
        List<Row> rows = new ArrayList<>();
        rounds.forEach((figure, byTool) -> {
            Map<Tool, Double> medians = new EnumMap<>(Tool.class);
            byTool.forEach((tool, values) -> medians.put(tool, Stats.median(values)));
            double perfTest = medians.getOrDefault(Tool.PERFTEST, Double.NaN);
            double bestPeer = medians.entrySet().stream().filter(e -> e.getKey().peer())
                    .mapToDouble(Map.Entry::getValue).reduce(figure::best).orElse(Double.NaN);
            medians.forEach((tool, median) -> rows.add(new Row(figure, tool, median, byTool.get(tool).size(),
                    tool == Tool.PERFTEST ? Double.NaN : median / perfTest, median / bestPeer)));
        });
        return rows;
    }
}
