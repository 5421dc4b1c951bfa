package org.lightbus.cdi.runtime;

import java.lang.reflect.InvocationHandler;
import java.lang.reflect.Method;
import java.lang.reflect.Proxy;
import java.util.function.Supplier;

import org.lightbus.cdi.model.ApiType;
import org.lightbus.cdi.model.Procedure;

/**
 * The client proxy of one {@code @BusApi} interface: abstract methods become remote calls, default methods run locally
 * on the proxy, {@code Object} methods describe the proxy.
 */
public final class RpcClientHandler implements InvocationHandler {

    private final ApiType api;
    private final Supplier<RpcClient> client;

    private RpcClientHandler(ApiType api, Supplier<RpcClient> client) {
        this.api = api;
        this.client = client;
    }

    /**
     * @param api
     *            the API
     * @param bus
     *            the application's connection, which provides the RPC client
     *
     * @return a proxy implementing the API's interface
     */
    public static Object proxy(ApiType api, BusConnection bus) {
        return Proxy.newProxyInstance(api.type().getClassLoader(), new Class<?>[] { api.type() },
                new RpcClientHandler(api, bus::rpcClient));
    }

    @Override
    public Object invoke(Object proxy, Method method, Object[] args) throws Throwable {
        if (method.getDeclaringClass() == Object.class) {
            return switch (method.getName()) {
            case "equals" -> proxy == args[0];
            case "hashCode" -> System.identityHashCode(proxy);
            default -> "Lightbus client of API " + api.name() + " (" + api.type().getName() + ")";
            };
        }
        if (method.isDefault()) {
            return InvocationHandler.invokeDefault(proxy, method, args);
        }
        Procedure procedure = api.byMethod().get(method);
        return procedure.async() ? client.get().call(api, procedure, args)
                : client.get().callAndWait(api, procedure, args);
    }
}
