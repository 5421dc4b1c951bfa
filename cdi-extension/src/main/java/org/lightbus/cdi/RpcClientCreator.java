package org.lightbus.cdi;

import jakarta.enterprise.inject.Instance;
import jakarta.enterprise.inject.build.compatible.spi.Parameters;
import jakarta.enterprise.inject.build.compatible.spi.SyntheticBeanCreator;

import org.lightbus.cdi.model.ApiTypes;
import org.lightbus.cdi.runtime.BusConnection;
import org.lightbus.cdi.runtime.RpcClientHandler;

/**
 * Creates the {@code @Bus} client proxy of one {@code @BusApi} interface.
 */
public class RpcClientCreator implements SyntheticBeanCreator<Object> {

    static final String API = "api";

    @Override
    public Object create(Instance<Object> lookup, Parameters params) {
        Class<?> api = params.get(API, Class.class);
        BusConnection bus = lookup.select(BusConnection.class).get();
        ApiTypes.Inspection inspection = bus.apiTypes().inspect(api);
        return RpcClientHandler.proxy(inspection.apiType(), bus);
    }
}
