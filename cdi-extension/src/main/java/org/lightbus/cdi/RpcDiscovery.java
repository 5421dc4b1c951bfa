package org.lightbus.cdi;

import static org.lightbus.cdi.model.DefinitionErrors.MESSAGES;

import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.Map;
import java.util.Set;

import jakarta.enterprise.inject.build.compatible.spi.BeanInfo;
import jakarta.enterprise.inject.build.compatible.spi.InjectionPointInfo;
import jakarta.enterprise.inject.build.compatible.spi.Messages;
import jakarta.enterprise.inject.build.compatible.spi.SyntheticComponents;
import jakarta.enterprise.lang.model.declarations.ClassInfo;
import jakarta.enterprise.lang.model.types.Type;
import jakarta.inject.Singleton;

import org.lightbus.api.Bus;
import org.lightbus.api.BusApi;
import org.lightbus.cdi.model.ApiType;
import org.lightbus.cdi.model.ApiTypes;
import org.lightbus.cdi.runtime.ApplicationClasses;
import org.lightbus.cdi.runtime.RpcClientCreator;

/**
 * The RPC part of {@link LightbusExtension}: finds {@code @Inject @Bus SomeApi} injection points (clients) and beans
 * that implement a {@code @BusApi} interface (servers), checks the APIs, registers the client proxies, and remembers
 * the servers. A server's procedures are called through the interface's methods on the bean, so a bean that implements
 * the interface implements every procedure.
 */
final class RpcDiscovery {

    private final ApiTypes apiTypes = new ApiTypes();
    private final Set<Class<?>> clients = new LinkedHashSet<>();
    /** The class name of the bean serving each API. */
    private final Map<Class<?>, String> servers = new LinkedHashMap<>();
    private final Set<Class<?>> reported = new HashSet<>();

    void inspect(BeanInfo bean, Messages messages) {
        Set<String> injectedClients = new HashSet<>();
        for (InjectionPointInfo injectionPoint : bean.injectionPoints()) {
            ClassInfo api = busApi(injectionPoint.type());
            if (api != null
                    && injectionPoint.qualifiers().stream().anyMatch(q -> q.name().equals(Bus.class.getName()))) {
                check(api, messages);
                // registered even when invalid, so that the deployment fails with the API's problems only
                clients.add(ApplicationClasses.load(api.name()));
                injectedClients.add(api.name());
            }
        }
        if (!bean.isClassBean()) {
            return;
        }
        for (Type beanType : bean.types()) {
            ClassInfo api = busApi(beanType);
            if (api == null || api.name().equals(bean.declaringClass().name())) {
                continue;
            }
            if (injectedClients.contains(api.name())) {
                // a facade that forwards to the bus would serve the API itself and call itself in a loop
                messages.error(MESSAGES.serverCallsItself(bean.declaringClass().name(), api.name()), bean);
                continue;
            }
            ApiType type = check(api, messages);
            String previous = type == null ? null : servers.putIfAbsent(type.type(), bean.declaringClass().name());
            if (previous != null) {
                messages.error(MESSAGES.duplicateServer(previous, bean.declaringClass().name(), api.name()), bean);
            }
        }
    }

    /** Registers a {@code @Bus} client bean for each API that is injected. */
    void registerClients(SyntheticComponents components) {
        for (Class<?> api : clients) {
            components.addBean(Object.class).type(api).qualifier(Bus.Literal.INSTANCE).scope(Singleton.class)
                    .withParam(RpcClientCreator.API, api.getName()).createWith(RpcClientCreator.class);
        }
    }

    /**
     * @return the interface names of the APIs injected as clients
     */
    String[] clientApis() {
        return clients.stream().map(Class::getName).toArray(String[]::new);
    }

    /**
     * @return the served APIs' interface names, in the order of {@link #serverBeans()}
     */
    String[] servedApis() {
        return servers.keySet().stream().map(Class::getName).toArray(String[]::new);
    }

    /**
     * @return the class names of the beans that serve the {@link #servedApis()}, position by position
     */
    String[] serverBeans() {
        return servers.values().toArray(String[]::new);
    }

    /** Inspects an API, reporting its problems the first time only. */
    private ApiType check(ClassInfo api, Messages messages) {
        Class<?> type = ApplicationClasses.load(api.name());
        ApiTypes.Inspection inspection = apiTypes.inspect(type);
        if (reported.add(type)) {
            inspection.problems().forEach(problem -> messages.error(problem, api));
        }
        return inspection.apiType();
    }

    /**
     * @return true if the class is not itself an API and implements one, directly or through its superclasses or
     *         superinterfaces
     */
    static boolean servesAnApi(ClassInfo clazz) {
        return !clazz.isInterface() && !clazz.isAnnotation() && implementsApi(clazz);
    }

    private static boolean implementsApi(ClassInfo type) {
        if (type == null || type.name().equals(Object.class.getName())) {
            return false;
        }
        if (type.isInterface() && type.hasAnnotation(BusApi.class)) {
            return true;
        }
        return implementsApi(type.superClassDeclaration())
                || type.superInterfacesDeclarations().stream().anyMatch(RpcDiscovery::implementsApi);
    }

    private static ClassInfo busApi(Type type) {
        if (!type.isClass()) {
            return null;
        }
        ClassInfo declaration = type.asClass().declaration();
        return declaration.hasAnnotation(BusApi.class) ? declaration : null;
    }
}
