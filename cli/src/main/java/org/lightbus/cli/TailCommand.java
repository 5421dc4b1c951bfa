package org.lightbus.cli;

import static org.lightbus.cli.CliMessages.MESSAGES;

import java.io.PrintWriter;
import java.util.List;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicLong;
import java.util.concurrent.atomic.AtomicReference;

import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/**
 * {@code lightbus tail <api>[.<event>] [--field name=value ...]}: prints the events of an API as they are published,
 * from a temporary queue of its own bound to the API's exchange ({@link EventTail}), until Ctrl-C (or {@code --limit}
 * events); the queue is deleted when it stops.
 */
@Command(name = "tail", mixinStandardHelpOptions = true, description = {
        "Prints the events of an API as they are published: time, source service, message id, event name and the "
                + "JSON body, until Ctrl-C.",
        "It reads them from a temporary queue of its own bound to the API's exchange <namespace>.<api>, deleted when "
                + "it stops; the applications' queues are not touched." })
public final class TailCommand extends BusCommand {

    /** How long the Ctrl-C handler waits for the queue to be deleted. */
    private static final long STOP_WAIT_SECONDS = 5;

    @Parameters(index = "0", paramLabel = "<api>[.<event>]", description = "An API (every event of it: auth, or "
            + "auth.*), or one event of an API (auth.user_signed_up).")
    String target;

    @Option(names = "--field", paramLabel = "name=value", description = "Print only the events whose top-level field "
            + "has this value (strings by their text, other values by their JSON: amount=42, vip=true). Repeat it "
            + "to require several fields.")
    List<String> fields;

    @Option(names = "--limit", paramLabel = "N", description = "Stop after N events have been printed.")
    Long limit;

    @Override
    public Integer call() {
        EventFilter filter = EventFilter.parse(fields);
        long most = limit == null ? Long.MAX_VALUE : checkLimit(limit);
        BrokerSettings settings = settings();
        CountDownLatch stop = new CountDownLatch(1);
        CountDownLatch stopped = new CountDownLatch(1);
        AtomicReference<String> lost = new AtomicReference<>();
        AtomicLong printed = new AtomicLong();
        boolean interrupted = false;
        Thread onCtrlC = new Thread(() -> {
            stop.countDown();
            try {
                stopped.await(STOP_WAIT_SECONDS, TimeUnit.SECONDS);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
        }, "lightbus-tail-stop");
        try (Broker broker = connect(settings); EventTail tail = EventTail.of(broker, target)) {
            broker.connection().addShutdownListener(cause -> {
                if (!cause.isInitiatedByApplication()) {
                    lost.compareAndSet(null, Broker.reason(cause));
                    stop.countDown();
                }
            });
            PrintWriter out = out();
            tail.start(event -> {
                if (filter.matches(event.body()) && printed.get() < most) {
                    synchronized (out) {
                        out.println(event.text());
                        out.flush();
                    }
                    if (printed.incrementAndGet() >= most) {
                        stop.countDown();
                    }
                }
            }, () -> {
                lost.compareAndSet(null, "the broker cancelled the consumer of queue " + tail.queue());
                stop.countDown();
            });
            err().println("Tailing " + tail.target() + " on exchange " + tail.target().exchange(settings.namespace())
                    + " through queue " + tail.queue() + "; Ctrl-C stops");
            err().flush();
            Runtime.getRuntime().addShutdownHook(onCtrlC);
            try {
                stop.await();
            } catch (InterruptedException e) {
                interrupted = true;
            }
        } finally {
            stopped.countDown();
            try {
                Runtime.getRuntime().removeShutdownHook(onCtrlC);
            } catch (IllegalStateException e) {
                // the JVM is shutting down (Ctrl-C): the hook is running
            }
            if (interrupted) {
                Thread.currentThread().interrupt();
            }
        }
        if (lost.get() != null) {
            throw CliException.broker(MESSAGES.tailStopped(target, lost.get()), null);
        }
        return ExitCodes.OK;
    }
}
