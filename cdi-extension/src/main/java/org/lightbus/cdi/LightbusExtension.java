package org.lightbus.cdi;

import jakarta.enterprise.event.Observes;
import jakarta.enterprise.inject.build.compatible.spi.BeanInfo;
import jakarta.enterprise.inject.build.compatible.spi.BuildCompatibleExtension;
import jakarta.enterprise.inject.build.compatible.spi.ClassConfig;
import jakarta.enterprise.inject.build.compatible.spi.Discovery;
import jakarta.enterprise.inject.build.compatible.spi.Enhancement;
import jakarta.enterprise.inject.build.compatible.spi.InvokerFactory;
import jakarta.enterprise.inject.build.compatible.spi.Messages;
import jakarta.enterprise.inject.build.compatible.spi.Registration;
import jakarta.enterprise.inject.build.compatible.spi.ScannedClasses;
import jakarta.enterprise.inject.build.compatible.spi.Synthesis;
import jakarta.enterprise.inject.build.compatible.spi.SyntheticComponents;

import org.lightbus.api.Bus;
import org.lightbus.cdi.runtime.BusConnection;
import org.lightbus.cdi.runtime.BusEventPublisher;
import org.lightbus.cdi.runtime.BusLifecycle;

/**
 * Finds bus listeners, RPC clients and RPC servers at deployment, reports every definition error, and hands what is
 * valid to the runtime ({@link ListenerDiscovery}, {@link RpcDiscovery}).
 *
 * <p>
 * A listener method {@code m(@Observes @Bus E e)} stops being a CDI observer here: the {@code @Observes} is removed, so
 * a local {@code fire()} never reaches it, and an invoker calls it for each event the broker delivers. This extension
 * only collects; {@link BusLifecycle} starts listeners and servers once the container is up.
 */
public class LightbusExtension implements BuildCompatibleExtension {

    private final ListenerDiscovery listeners = new ListenerDiscovery();
    private final RpcDiscovery rpc = new RpcDiscovery();

    @Discovery
    public void registerRuntimeBeans(ScannedClasses scanned) {
        scanned.add(BusConnection.class.getName());
        scanned.add(BusEventPublisher.class.getName());
        scanned.add(BusLifecycle.class.getName());
    }

    @Enhancement(types = Object.class, withSubtypes = true)
    public void turnBusObserversIntoListeners(ClassConfig clazz, Messages messages) {
        listeners.enhance(clazz, messages);
    }

    @Registration(types = Object.class)
    public void inspectBeans(BeanInfo bean, InvokerFactory invokerFactory, Messages messages) {
        listeners.inspect(bean, invokerFactory, messages);
        rpc.inspect(bean, invokerFactory, messages);
    }

    @Synthesis
    public void registerRuntimeState(SyntheticComponents components) {
        listeners.register(components);
        rpc.register(components);
    }

    static Class<?> loadClass(String name) {
        ClassLoader loader = Thread.currentThread().getContextClassLoader();
        try {
            return Class.forName(name, false, loader != null ? loader : LightbusExtension.class.getClassLoader());
        } catch (ClassNotFoundException e) {
            throw new IllegalStateException("Cannot load " + name, e);
        }
    }
}
