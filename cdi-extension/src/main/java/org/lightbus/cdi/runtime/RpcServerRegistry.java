package org.lightbus.cdi.runtime;

import java.util.List;
import java.util.Map;

import jakarta.enterprise.invoke.Invoker;

/**
 * The APIs this application serves, as found at deployment: for each, the invokers of its bean's methods by procedure
 * name.
 */
public final class RpcServerRegistry {

    /**
     * One served API.
     *
     * @param api
     *            the {@code @BusApi} interface
     * @param bean
     *            the class of the bean that serves it, for messages
     * @param invokers
     *            the invokers of the bean's methods, by procedure name
     */
    public record Entry(Class<?> api, String bean, Map<String, Invoker<Object, Object>> invokers) {
    }

    private final List<Entry> entries;

    /**
     * @param entries
     *            the served APIs
     */
    public RpcServerRegistry(List<Entry> entries) {
        this.entries = List.copyOf(entries);
    }

    /**
     * @return the served APIs
     */
    public List<Entry> entries() {
        return entries;
    }
}
