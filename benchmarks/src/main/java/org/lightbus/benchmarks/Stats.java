package org.lightbus.benchmarks;

import java.util.Arrays;
import java.util.Collection;

/** Medians of rounds and percentiles of latencies. */
final class Stats {

    private Stats() {
    }

    /** The median; of an even count, the mean of the two middle values. */
    static double median(Collection<Double> values) {
        double[] sorted = values.stream().mapToDouble(Double::doubleValue).sorted().toArray();
        int middle = sorted.length / 2;
        return sorted.length % 2 == 1 ? sorted[middle] : (sorted[middle - 1] + sorted[middle]) / 2;
    }

    /** The percentile of durations in nanoseconds, in microseconds. */
    static double percentileMicros(long[] nanos, int percentile) {
        long[] sorted = nanos.clone();
        Arrays.sort(sorted);
        return sorted[(int) Math.min(sorted.length - 1, (long) sorted.length * percentile / 100)] / 1_000.0;
    }
}
