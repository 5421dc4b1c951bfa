package org.lightbus.cdi;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import jakarta.enterprise.inject.Instance;
import jakarta.enterprise.inject.build.compatible.spi.Parameters;
import jakarta.enterprise.inject.build.compatible.spi.SyntheticBeanCreator;
import jakarta.enterprise.invoke.Invoker;

import org.lightbus.cdi.runtime.RpcServerRegistry;

/**
 * Builds the {@link RpcServerRegistry} bean from what {@link LightbusExtension} found at deployment. Parameters are
 * flat arrays: for API {@code i}, {@code counts[i]} procedures follow in {@code procedures} and {@code invokers}.
 */
public class RpcServerRegistryCreator implements SyntheticBeanCreator<RpcServerRegistry> {

    static final String APIS = "apis";
    static final String BEANS = "beans";
    static final String COUNTS = "counts";
    static final String PROCEDURES = "procedures";
    static final String INVOKERS = "invokers";

    @Override
    @SuppressWarnings("unchecked")
    public RpcServerRegistry create(Instance<Object> lookup, Parameters params) {
        Class<?>[] apis = params.get(APIS, Class[].class);
        String[] beans = params.get(BEANS, String[].class);
        int[] counts = params.get(COUNTS, int[].class);
        String[] procedures = params.get(PROCEDURES, String[].class);
        Invoker<Object, Object>[] invokers = params.get(INVOKERS, Invoker[].class);
        List<RpcServerRegistry.Entry> entries = new ArrayList<>();
        int next = 0;
        for (int i = 0; i < apis.length; i++) {
            Map<String, Invoker<Object, Object>> byProcedure = new HashMap<>();
            for (int j = 0; j < counts[i]; j++, next++) {
                byProcedure.put(procedures[next], invokers[next]);
            }
            entries.add(new RpcServerRegistry.Entry(apis[i], beans[i], byProcedure));
        }
        return new RpcServerRegistry(entries);
    }
}
