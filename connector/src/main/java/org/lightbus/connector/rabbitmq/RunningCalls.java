package org.lightbus.connector.rabbitmq;

import java.time.Duration;

/**
 * Counts the calls a server has started and not yet answered, so that stopping can wait for them: once
 * {@linkplain #stop() stopped}, no call starts any more, and {@link #awaitIdle} waits for the running ones.
 */
final class RunningCalls {

    private int running;
    private boolean stopped;

    /**
     * @return true if the call may start (then {@link #end()} must follow), false once stopped
     */
    synchronized boolean begin() {
        if (stopped) {
            return false;
        }
        running++;
        return true;
    }

    /** A started call has been answered (or given up). */
    synchronized void end() {
        running--;
        if (running == 0) {
            notifyAll();
        }
    }

    /** No call starts any more. */
    synchronized void stop() {
        stopped = true;
    }

    /**
     * Stops, and waits until no call runs, at most {@code timeout}.
     *
     * @return how many calls still run
     */
    synchronized int awaitIdle(Duration timeout) {
        stopped = true;
        long deadline = System.nanoTime() + timeout.toNanos();
        try {
            for (long left = timeout.toNanos(); running > 0 && left > 0; left = deadline - System.nanoTime()) {
                wait(Math.max(1, left / 1_000_000));
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
        return running;
    }

    synchronized int running() {
        return running;
    }
}
