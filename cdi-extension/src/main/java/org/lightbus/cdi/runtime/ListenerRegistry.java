package org.lightbus.cdi.runtime;

import java.util.List;

import jakarta.enterprise.invoke.Invoker;

import org.lightbus.cdi.model.ListenerDefinition;

/**
 * The bus listeners of this application, as found at deployment.
 */
public final class ListenerRegistry {

    /**
     * One listener method and the invoker that calls it.
     *
     * @param definition
     *            the listener as declared
     * @param invoker
     *            calls the method on a looked-up bean instance, injecting its further parameters
     */
    public record Entry(ListenerDefinition definition, Invoker<Object, Object> invoker) {
    }

    private final List<Entry> entries;

    /**
     * @param entries
     *            the listeners
     */
    public ListenerRegistry(List<Entry> entries) {
        this.entries = List.copyOf(entries);
    }

    /**
     * @return the listeners, in discovery order
     */
    public List<Entry> entries() {
        return entries;
    }
}
