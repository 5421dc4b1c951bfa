package org.lightbus.faults.support;

/**
 * When a fault was injected, in epoch milliseconds (the clock all processes of the machine share): from just before the
 * action (kill, close, alarm raised) to just after it had taken effect (the broker's VM gone, the connection closed,
 * the alarm cleared).
 */
public record FaultWindow(long start, long end) {

    /** Something that injects a fault. */
    @FunctionalInterface
    public interface Action {
        void run() throws Exception;
    }

    /** Runs the action and returns when it ran. */
    public static FaultWindow of(Action action) throws Exception {
        long start = System.currentTimeMillis();
        action.run();
        return new FaultWindow(start, System.currentTimeMillis());
    }
}
