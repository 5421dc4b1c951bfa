package org.lightbus.benchmarks;

import org.lightbus.api.BusApi;
import org.lightbus.api.BusEvent;

@BusApi("bench")
public interface BenchApi {

    /** About 100 bytes of JSON, like PerfTest's 100-byte messages. */
    @BusEvent
    record Ping(long sequence, String padding) {
    }
}
