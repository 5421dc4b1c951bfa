package org.lightbus.memory;

import java.time.Duration;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.TimeUnit;

import org.lightbus.spi.IncomingEvent;
import org.lightbus.spi.ListenerSpec;
import org.lightbus.spi.OutgoingEvent;

/**
 * The broker of one namespace inside this JVM, shared by the applications that use the {@code in-memory} transport with
 * that {@code lightbus.namespace}. A test reads it through {@link #named(String)}:
 *
 * <pre>
 * InMemoryBroker broker = InMemoryBroker.named("lightbus");
 * assertThat(broker.awaitIdle(Duration.ofSeconds(30))).isTrue();
 * assertThat(broker.deadLetters("images")).isEmpty();
 * </pre>
 *
 * <p>
 * Thread-safe. Queues, waiting events and dead letters live as long as the JVM, or until {@link #reset()}.
 */
public final class InMemoryBroker {

    private static final Map<String, InMemoryBroker> BROKERS = new ConcurrentHashMap<>();

    private final String namespace;
    private final Map<String, ListenerQueue> queues = new ConcurrentHashMap<>();
    private final Map<String, CallQueue> callQueues = new ConcurrentHashMap<>();
    private final SchemaBoard schemas = new SchemaBoard();
    private final Set<InMemoryTransport> connected = ConcurrentHashMap.newKeySet();

    private InMemoryBroker(String namespace) {
        this.namespace = namespace;
    }

    /**
     * @param namespace
     *            a {@code lightbus.namespace}; not null
     *
     * @return the broker of that namespace, created on first use
     */
    public static InMemoryBroker named(String namespace) {
        return BROKERS.computeIfAbsent(namespace, InMemoryBroker::new);
    }

    /**
     * {@linkplain #reset() Resets} the broker of every namespace.
     */
    public static void resetAll() {
        BROKERS.values().forEach(InMemoryBroker::reset);
    }

    /**
     * @return the namespace of this broker
     */
    public String namespace() {
        return namespace;
    }

    /**
     * Connects an application.
     *
     * @param serviceName
     *            the application's service name; not null
     *
     * @return its transport; close it when the application stops
     */
    public InMemoryTransport connect(String serviceName) {
        InMemoryTransport transport = new InMemoryTransport(this, serviceName);
        connected.add(transport);
        return transport;
    }

    void disconnected(InMemoryTransport transport) {
        connected.remove(transport);
    }

    /**
     * @return the applications connected now, by service name, one entry per instance
     */
    public List<String> connectedServices() {
        return connected.stream().map(InMemoryTransport::serviceName).sorted().toList();
    }

    void publish(OutgoingEvent event) {
        IncomingEvent delivered = new IncomingEvent(event.api(), event.eventName(), event.messageId(),
                event.sourceService(), event.timestamp(), 1, event.body(), event.headers());
        for (ListenerQueue queue : queues.values()) {
            if (queue.binds(event.api(), event.eventName())) {
                queue.enqueue(delivered);
            }
        }
    }

    ListenerQueue queue(ListenerSpec spec) {
        ListenerQueue queue = queues.computeIfAbsent(id(spec.serviceName(), spec.listenerName()),
                id -> new ListenerQueue(id, this::changed));
        queue.bind(spec.api(), spec.eventName());
        return queue;
    }

    CallQueue callQueue(String api) {
        return callQueues.computeIfAbsent(api, CallQueue::new);
    }

    SchemaBoard schemas() {
        return schemas;
    }

    /**
     * @param serviceName
     *            a service name
     *
     * @return the dead letters of the service's listeners, oldest first per listener
     */
    public List<DeadLetter> deadLetters(String serviceName) {
        return queues.values().stream().filter(queue -> queue.id().startsWith(serviceName + "."))
                .flatMap(queue -> queue.deadLetters().stream()).toList();
    }

    /**
     * @param serviceName
     *            a service name
     * @param listenerName
     *            one of its listeners, e.g. {@code Images.resizeAvatar}
     *
     * @return how many events wait in the listener's queue (none while an instance listens and keeps up)
     */
    public int waiting(String serviceName, String listenerName) {
        ListenerQueue queue = queues.get(id(serviceName, listenerName));
        return queue == null ? 0 : queue.waiting();
    }

    /**
     * Waits until every event published so far has been handled or dead-lettered by every listener that has an instance
     * running (retries included). Events waiting for a listener with no instance do not count.
     *
     * @param timeout
     *            how long to wait at most
     *
     * @return true if the broker is idle, false if the timeout passed first
     *
     * @throws InterruptedException
     *             if interrupted while waiting
     */
    public boolean awaitIdle(Duration timeout) throws InterruptedException {
        long deadline = System.nanoTime() + timeout.toNanos();
        synchronized (this) {
            while (!idle()) {
                long left = deadline - System.nanoTime();
                if (left <= 0) {
                    return false;
                }
                TimeUnit.NANOSECONDS.timedWait(this, Math.min(left, TimeUnit.MILLISECONDS.toNanos(100)));
            }
            return true;
        }
    }

    private boolean idle() {
        return queues.values().stream().allMatch(ListenerQueue::idle);
    }

    private void changed() {
        synchronized (this) {
            notifyAll();
        }
    }

    /**
     * Forgets the waiting events, dead letters and calls, and the queues no instance listens to, so that a test starts
     * from an empty broker. The queues of running listeners stay.
     */
    public void reset() {
        Collection<ListenerQueue> all = queues.values();
        all.forEach(ListenerQueue::clear);
        all.removeIf(queue -> !queue.listened());
        callQueues.values().forEach(CallQueue::clear);
    }

    private static String id(String serviceName, String listenerName) {
        return serviceName + "." + listenerName;
    }
}
