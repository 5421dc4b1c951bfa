package org.lightbus.faults.apps;

import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CompletionException;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.Semaphore;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicLong;
import java.util.concurrent.locks.LockSupport;

import org.lightbus.api.LightbusException;
import org.lightbus.testing.BusApplication;

/**
 * An application that publishes {@link FaultsApi.Numbered} events 0, 1, 2, ... at a steady rate once the test sends
 * {@code go}, at least {@code count} of them and on until the test sends {@code finish}, then waits for every
 * outstanding publish to settle and exits. Each event goes to exactly one journal:
 * {@code <number> <published at> <confirmed at>} (epoch ms) when the broker confirmed it,
 * {@code <number> <published at> <failed at> <exception type> <code>} when the publish failed. A failed publish is not
 * retried.
 *
 * <p>
 * Arguments: mode ({@code fire}: {@code Event.fire()} from {@code concurrency} threads; {@code publisher}:
 * {@code EventPublisher.publish()} from one thread with up to {@code concurrency} events in flight), count, rate
 * (events per second), concurrency, the confirmed journal, the failed journal.
 */
public final class PublisherApp {

    private static final Duration SETTLE = Duration.ofMinutes(2);
    private static final CountDownLatch GO = new CountDownLatch(1);
    private static volatile boolean finishing;

    private final Source source;
    private final long count;
    private final double rate;
    private final Journal confirmed;
    private final Journal failed;
    private final AtomicLong next = new AtomicLong();
    private final AtomicLong confirmedCount = new AtomicLong();
    private final AtomicLong failedCount = new AtomicLong();
    private volatile long start;

    private PublisherApp(Source source, long count, double rate, Journal confirmed, Journal failed) {
        this.source = source;
        this.count = count;
        this.rate = rate;
        this.confirmed = confirmed;
        this.failed = failed;
    }

    public static void main(String[] args) throws Exception {
        String mode = args[0];
        int concurrency = Integer.parseInt(args[3]);
        boolean settled;
        try (Journal confirmed = Journal.open(Path.of(args[4])); Journal failed = Journal.open(Path.of(args[5]))) {
            BusApplication application = BusProcess.start(command -> {
                if (command.equals("go")) {
                    GO.countDown();
                } else if (command.equals("finish")) {
                    finishing = true;
                }
            }, Source.class);
            PublisherApp publisher = new PublisherApp(application.bean(Source.class), Long.parseLong(args[1]),
                    Double.parseDouble(args[2]), confirmed, failed);
            BusProcess.ready();
            if (!GO.await(SETTLE.toMillis(), TimeUnit.MILLISECONDS)) {
                throw new IllegalStateException("no go within " + SETTLE);
            }
            publisher.start = System.nanoTime();
            settled = switch (mode) {
            case "fire" -> publisher.fireFrom(concurrency);
            case "publisher" -> publisher.publishWithWindow(concurrency);
            default -> throw new IllegalArgumentException("mode " + mode);
            };
            System.out.printf("confirmed %d, failed %d%n", publisher.confirmedCount.get(), publisher.failedCount.get());
            application.close();
        }
        System.exit(settled ? 0 : 2);
    }

    /** Fires from several threads, each waiting for its confirm. */
    private boolean fireFrom(int threads) throws InterruptedException {
        List<Thread> firing = new ArrayList<>();
        for (int t = 0; t < threads; t++) {
            Thread thread = new Thread(() -> {
                for (long number = ticket(); number >= 0; number = ticket()) {
                    long publishedAt = System.currentTimeMillis();
                    try {
                        source.fire(number);
                        confirmed(number, publishedAt);
                    } catch (RuntimeException e) {
                        failed(number, publishedAt, e);
                    }
                }
            }, "fire-" + t);
            thread.start();
            firing.add(thread);
        }
        for (Thread thread : firing) {
            thread.join(SETTLE.toMillis());
            if (thread.isAlive()) {
                System.err.println(thread.getName() + " did not return within " + SETTLE);
                return false;
            }
        }
        return true;
    }

    /** Publishes from one thread, with up to {@code window} events waiting for their confirms. */
    private boolean publishWithWindow(int window) throws InterruptedException {
        Semaphore inFlight = new Semaphore(window);
        for (long number = ticket(); number >= 0; number = ticket()) {
            inFlight.acquire();
            long publishedAt = System.currentTimeMillis();
            long published = number;
            try {
                source.publish(number).whenComplete((nothing, error) -> {
                    if (error == null) {
                        confirmed(published, publishedAt);
                    } else {
                        failed(published, publishedAt, error);
                    }
                    inFlight.release();
                });
            } catch (RuntimeException e) { // the stage carries every failure of a publish; this would be a bug
                failed(number, publishedAt, e);
                inFlight.release();
            }
        }
        if (!inFlight.tryAcquire(window, SETTLE.toMillis(), TimeUnit.MILLISECONDS)) {
            System.err.println((window - inFlight.availablePermits()) + " publishes did not settle within " + SETTLE);
            return false;
        }
        return true;
    }

    /** @return the next number, once its time has come; -1 when publishing is over */
    private long ticket() {
        long number = next.getAndIncrement();
        if (number >= count && finishing) {
            return -1;
        }
        long due = start + (long) (number * 1e9 / rate);
        for (long wait = due - System.nanoTime(); wait > 0; wait = due - System.nanoTime()) {
            LockSupport.parkNanos(wait);
        }
        return number;
    }

    private void confirmed(long number, long publishedAt) {
        confirmed.append(number + " " + publishedAt + " " + System.currentTimeMillis());
        confirmedCount.incrementAndGet();
    }

    private void failed(long number, long publishedAt, Throwable error) {
        Throwable cause = error instanceof CompletionException && error.getCause() != null ? error.getCause() : error;
        String code = cause instanceof LightbusException lightbus ? lightbus.code() : "-";
        failed.append(number + " " + publishedAt + " " + System.currentTimeMillis() + " "
                + cause.getClass().getSimpleName() + " " + code);
        failedCount.incrementAndGet();
    }
}
