package org.lightbus.memory;

import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.List;
import java.util.concurrent.Executor;

import org.lightbus.spi.DeliveryHandler;
import org.lightbus.spi.IncomingEvent;
import org.lightbus.spi.ListenerSpec;
import org.lightbus.spi.NotHandledException;

/**
 * The queue of one listener, {@code <service>.<listener>}: keeps its events while no instance listens, hands each to
 * one of the instances in turn, one event at a time, on the executor of the instance's transport.
 */
final class ListenerQueue {

    private final String id;
    private final Runnable changed;
    private final List<String> bindings = new ArrayList<>();
    private final Deque<IncomingEvent> events = new ArrayDeque<>();
    private final List<Instance> instances = new ArrayList<>();
    private final List<DeadLetter> deadLetters = new ArrayList<>();
    private int next;
    private boolean delivering;

    private record Instance(ListenerSpec spec, DeliveryHandler handler, Executor executor) {
    }

    /**
     * @param changed
     *            told whenever an event has been handled or dead-lettered
     */
    ListenerQueue(String id, Runnable changed) {
        this.id = id;
        this.changed = changed;
    }

    synchronized void bind(String api, String eventName) {
        String key = api + "/" + eventName;
        if (!bindings.contains(key)) {
            bindings.add(key);
        }
    }

    synchronized boolean binds(String api, String eventName) {
        return bindings.contains(api + "/" + eventName);
    }

    void enqueue(IncomingEvent event) {
        synchronized (this) {
            events.add(event);
        }
        deliverNext();
    }

    /**
     * @return a task that removes the instance
     */
    Runnable subscribe(ListenerSpec spec, DeliveryHandler handler, Executor executor) {
        Instance instance = new Instance(spec, handler, executor);
        synchronized (this) {
            instances.add(instance);
        }
        deliverNext();
        return () -> {
            synchronized (this) {
                instances.remove(instance);
            }
        };
    }

    private void deliverNext() {
        IncomingEvent event;
        Instance instance;
        synchronized (this) {
            if (delivering || events.isEmpty() || instances.isEmpty()) {
                return;
            }
            event = events.poll();
            instance = instances.get(next++ % instances.size());
            delivering = true;
        }
        try {
            instance.executor().execute(() -> deliver(instance, event));
        } catch (RuntimeException e) { // the instance's transport closed meanwhile: the event waits for another
            synchronized (this) {
                events.addFirst(event);
                instances.remove(instance);
                delivering = false;
            }
            deliverNext();
        }
    }

    private void deliver(Instance instance, IncomingEvent event) {
        try {
            ListenerOutcome outcome = ListenerRun.deliver(instance.spec(), instance.handler(), event);
            if (outcome.deadLettered()) {
                synchronized (this) {
                    deadLetters.add(DeadLetter.of(outcome));
                }
            }
        } catch (NotHandledException e) { // the instance is stopping: the event waits for another
            synchronized (this) {
                events.addFirst(event);
                instances.remove(instance);
            }
        } finally {
            synchronized (this) {
                delivering = false;
            }
            changed.run();
            deliverNext();
        }
    }

    String id() {
        return id;
    }

    synchronized List<DeadLetter> deadLetters() {
        return List.copyOf(deadLetters);
    }

    synchronized int waiting() {
        return events.size();
    }

    /**
     * @return true if nothing is being delivered and nothing waits that an instance could take
     */
    synchronized boolean idle() {
        return !delivering && (events.isEmpty() || instances.isEmpty());
    }

    synchronized boolean listened() {
        return !instances.isEmpty();
    }

    synchronized void clear() {
        events.clear();
        deadLetters.clear();
    }
}
