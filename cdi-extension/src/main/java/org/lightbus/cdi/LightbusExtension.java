package org.lightbus.cdi;

import java.util.List;
import java.util.Set;
import java.util.TreeSet;

import jakarta.enterprise.inject.Any;
import jakarta.enterprise.inject.Default;
import jakarta.enterprise.inject.build.compatible.spi.BeanInfo;
import jakarta.enterprise.inject.build.compatible.spi.BuildCompatibleExtension;
import jakarta.enterprise.inject.build.compatible.spi.ClassConfig;
import jakarta.enterprise.inject.build.compatible.spi.Discovery;
import jakarta.enterprise.inject.build.compatible.spi.Enhancement;
import jakarta.enterprise.inject.build.compatible.spi.Messages;
import jakarta.enterprise.inject.build.compatible.spi.MetaAnnotations;
import jakarta.enterprise.inject.build.compatible.spi.Registration;
import jakarta.enterprise.inject.build.compatible.spi.ScannedClasses;
import jakarta.enterprise.inject.build.compatible.spi.Synthesis;
import jakarta.enterprise.inject.build.compatible.spi.SyntheticComponents;
import jakarta.enterprise.inject.build.compatible.spi.Validation;
import jakarta.inject.Named;
import jakarta.inject.Qualifier;
import jakarta.inject.Singleton;

import org.lightbus.api.Bus;
import org.lightbus.cdi.model.DefinitionErrors;
import org.lightbus.cdi.runtime.BusComponent;
import org.lightbus.cdi.runtime.BusComponents;
import org.lightbus.cdi.runtime.BusComponentsCreator;
import org.lightbus.cdi.runtime.BusConnection;
import org.lightbus.cdi.runtime.BusEventPublisher;
import org.lightbus.cdi.runtime.BusLifecycle;
import org.lightbus.cdi.runtime.BusSchemasBean;
import org.lightbus.cdi.runtime.ChannelConsumer;

/**
 * Finds bus listeners, RPC clients and RPC servers at deployment, reports every definition error, and hands what is
 * valid to the runtime ({@link ListenerDiscovery}, {@link RpcDiscovery}), with the consumers of Reactive Messaging
 * channels ({@link ChannelDiscovery}).
 *
 * <p>
 * Only CDI 4.0 Lite API is used, so the extension runs on CDI 4.0 and 4.1 containers alike, and on Quarkus at build
 * time. It hands the runtime class names, never classes or generated code ({@link BusComponents}); the runtime calls
 * listeners and servers on the beans' contextual references. This extension only collects; {@link BusLifecycle} starts
 * listeners and servers once the container is up.
 */
public class LightbusExtension implements BuildCompatibleExtension {

    private final ListenerDiscovery listeners = new ListenerDiscovery();
    private final RpcDiscovery rpc = new RpcDiscovery();
    private final EventDiscovery events = new EventDiscovery();
    private final ChannelDiscovery channels = new ChannelDiscovery();

    @Discovery
    public void registerRuntimeBeans(ScannedClasses scanned, MetaAnnotations meta) {
        // containers that only know indexed classes (Quarkus) learn the qualifiers here
        meta.addQualifier(Bus.class);
        meta.addQualifier(BusComponent.class);
        scanned.add(BusConnection.class.getName());
        scanned.add(BusEventPublisher.class.getName());
        scanned.add(BusLifecycle.class.getName());
        scanned.add(BusSchemasBean.class.getName());
    }

    @Enhancement(types = Object.class, withSubtypes = true)
    public void turnBusObserversIntoListeners(ClassConfig clazz) {
        boolean listens = listeners.enhance(clazz);
        if (listens || RpcDiscovery.servesAnApi(clazz.info())) {
            markAsBusComponent(clazz);
        }
    }

    @Registration(types = Object.class)
    public void inspectBeans(BeanInfo bean, Messages messages) {
        listeners.inspect(bean, messages);
        rpc.inspect(bean, messages);
        events.inspect(bean);
        channels.inspect(bean);
    }

    @Synthesis
    public void registerRuntimeState(SyntheticComponents components) {
        rpc.registerClients(components);
        Set<String> fired = new TreeSet<>(List.of(events.firedEvents()));
        fired.addAll(channels.sentEvents());
        String[] firedEvents = fired.toArray(String[]::new);
        components.addBean(BusComponents.class).type(BusComponents.class).scope(Singleton.class)
                .withParam(BusComponentsCreator.LISTENER_BEANS, listeners.listenerBeans())
                .withParam(BusComponentsCreator.SERVED_APIS, rpc.servedApis())
                .withParam(BusComponentsCreator.SERVER_BEANS, rpc.serverBeans())
                .withParam(BusComponentsCreator.CLIENT_APIS, rpc.clientApis())
                .withParam(BusComponentsCreator.FIRED_EVENTS, firedEvents)
                .withParam(BusComponentsCreator.CHANNEL_CONSUMERS,
                        channels.consumers().stream().map(ChannelConsumer::encoded).toArray(String[]::new))
                .createWith(BusComponentsCreator.class);
    }

    @Validation
    public void requireMicroProfileConfig(Messages messages) {
        String missing = RequiredPlatform.missingMicroProfileConfig();
        if (missing != null) {
            messages.error(DefinitionErrors.MESSAGES.noMicroProfileConfig(missing));
        }
    }

    /** Adds {@link BusComponent}, keeping {@code @Default} where the class had it implicitly. */
    private static void markAsBusComponent(ClassConfig clazz) {
        boolean ownQualifier = !clazz.info().annotations(a -> a.declaration().hasAnnotation(Qualifier.class)
                && !a.name().equals(Named.class.getName()) && !a.name().equals(Any.class.getName())).isEmpty();
        if (!ownQualifier) {
            clazz.addAnnotation(Default.Literal.INSTANCE);
        }
        clazz.addAnnotation(BusComponent.Literal.INSTANCE);
    }

}
