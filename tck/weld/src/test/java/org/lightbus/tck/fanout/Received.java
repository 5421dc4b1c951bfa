package org.lightbus.tck.fanout;

import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * What one listener instance received: how often each username arrived.
 */
final class Received {

    private final Map<String, AtomicInteger> counts = new ConcurrentHashMap<>();

    void add(String username) {
        counts.computeIfAbsent(username, u -> new AtomicInteger()).incrementAndGet();
    }

    Map<String, Integer> snapshot() {
        Map<String, Integer> copy = new ConcurrentHashMap<>();
        counts.forEach((k, v) -> copy.put(k, v.get()));
        return copy;
    }

    int total() {
        return counts.values().stream().mapToInt(AtomicInteger::get).sum();
    }
}
