package org.lightbus.cdi.runtime;

import jakarta.enterprise.inject.Instance;
import jakarta.enterprise.inject.build.compatible.spi.Parameters;
import jakarta.enterprise.inject.build.compatible.spi.SyntheticBeanCreator;

/**
 * Creates the {@code @Bus} client proxy of one {@code @BusApi} interface, named by the parameter {@value #API}.
 */
public class RpcClientCreator implements SyntheticBeanCreator<Object> {

    /** Parameter: the name of the {@code @BusApi} interface. */
    public static final String API = "api";

    @Override
    public Object create(Instance<Object> lookup, Parameters params) {
        BusConnection bus = lookup.select(BusConnection.class).get();
        Class<?> api = ApplicationClasses.load(params.get(API, String.class));
        return RpcClientHandler.proxy(bus.apiTypes().inspect(api).apiType(), bus);
    }
}
