package org.lightbus.faults.rpccrash;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Queue;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.atomic.AtomicLong;
import java.util.concurrent.locks.LockSupport;

import org.lightbus.api.LightbusException;
import org.lightbus.faults.apps.FaultsApi;

/**
 * Threads that call {@code faults.echo} at a steady rate, each one call after the other, until stopped; and what each
 * call did.
 */
final class Callers {

    /** A call: when it started and returned (epoch ms), and its result or failure. */
    record Call(long number, long startedAt, long endedAt, String outcome, String code, long serverPid) {

        static final String SUCCESS = "success";

        boolean succeeded() {
            return outcome.equals(SUCCESS);
        }

        long millis() {
            return endedAt - startedAt;
        }
    }

    private static final long WORK_MILLIS = 20;
    /** Calls per second, all threads together: calls that fail fast during an outage must not eat the machine. */
    private static final int RATE = 200;

    private final FaultsApi faults;
    private final Queue<Call> calls = new ConcurrentLinkedQueue<>();
    private final AtomicLong next = new AtomicLong();
    private final long start = System.nanoTime();
    private final List<Thread> threads = new ArrayList<>();
    private volatile boolean stopping;

    private Callers(FaultsApi faults) {
        this.faults = faults;
    }

    static Callers start(FaultsApi faults, int threads) {
        Callers callers = new Callers(faults);
        for (int i = 0; i < threads; i++) {
            Thread thread = new Thread(callers::callUntilStopped, "caller-" + i);
            thread.setDaemon(true);
            callers.threads.add(thread);
            thread.start();
        }
        return callers;
    }

    /** @return the calls started at or after this time that succeeded */
    long succeededSince(long time) {
        return calls.stream().filter(call -> call.startedAt() >= time && call.succeeded()).count();
    }

    /**
     * Stops calling and waits for the calls in flight to return.
     *
     * @return the threads still calling after the bound (none, if every call returned)
     */
    List<Thread> stop(Duration bound) throws InterruptedException {
        stopping = true;
        long deadline = System.nanoTime() + bound.toNanos();
        for (Thread thread : threads) {
            thread.join(Math.max(1, (deadline - System.nanoTime()) / 1_000_000));
        }
        return threads.stream().filter(Thread::isAlive).toList();
    }

    /** @return every call that returned */
    List<Call> calls() {
        return List.copyOf(calls);
    }

    private void callUntilStopped() {
        while (!stopping) {
            long number = next.getAndIncrement();
            long due = start + number * 1_000_000_000L / RATE;
            for (long wait = due - System.nanoTime(); wait > 0; wait = due - System.nanoTime()) {
                LockSupport.parkNanos(wait);
            }
            long startedAt = System.currentTimeMillis();
            try {
                FaultsApi.Echo echo = faults.echo(number, WORK_MILLIS);
                calls.add(new Call(number, startedAt, System.currentTimeMillis(), Call.SUCCESS, "-",
                        echo.number() == number ? echo.serverPid() : -1));
            } catch (LightbusException e) {
                calls.add(new Call(number, startedAt, System.currentTimeMillis(), e.getClass().getSimpleName(),
                        e.code(), 0));
            } catch (RuntimeException e) { // not how a call may fail: the test says so
                calls.add(new Call(number, startedAt, System.currentTimeMillis(), e.getClass().getName(), "-", 0));
            }
        }
    }
}
