package org.lightbus.cdi;

import static org.lightbus.cdi.model.DefinitionErrors.MESSAGES;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

import jakarta.enterprise.inject.build.compatible.spi.BeanInfo;
import jakarta.enterprise.inject.build.compatible.spi.InjectionPointInfo;
import jakarta.enterprise.inject.build.compatible.spi.InvokerFactory;
import jakarta.enterprise.inject.build.compatible.spi.InvokerInfo;
import jakarta.enterprise.inject.build.compatible.spi.Messages;
import jakarta.enterprise.inject.build.compatible.spi.SyntheticComponents;
import jakarta.enterprise.lang.model.declarations.ClassInfo;
import jakarta.enterprise.lang.model.declarations.MethodInfo;
import jakarta.enterprise.lang.model.types.Type;
import jakarta.inject.Singleton;

import org.lightbus.api.Bus;
import org.lightbus.api.BusApi;
import org.lightbus.cdi.model.ApiType;
import org.lightbus.cdi.model.ApiTypes;
import org.lightbus.cdi.model.Procedure;
import org.lightbus.cdi.runtime.RpcServerRegistry;

/**
 * The RPC part of {@link LightbusExtension}: finds {@code @Inject @Bus SomeApi} injection points (clients) and beans
 * that implement a {@code @BusApi} interface (servers), checks the APIs, creates invokers for the servers' methods, and
 * registers the client proxies and the server registry.
 */
final class RpcDiscovery {

    private final ApiTypes apiTypes = new ApiTypes();
    private final Set<Class<?>> clients = new LinkedHashSet<>();
    private final Map<Class<?>, Server> servers = new LinkedHashMap<>();
    private final Set<Class<?>> reported = new HashSet<>();

    private record Server(String bean, ApiType api, List<String> procedures, List<InvokerInfo> invokers) {
    }

    void inspect(BeanInfo bean, InvokerFactory invokerFactory, Messages messages) {
        Set<String> injectedClients = new HashSet<>();
        for (InjectionPointInfo injectionPoint : bean.injectionPoints()) {
            ClassInfo api = busApi(injectionPoint.type());
            if (api != null
                    && injectionPoint.qualifiers().stream().anyMatch(q -> q.name().equals(Bus.class.getName()))) {
                check(api, messages);
                // registered even when invalid, so that the deployment fails with the API's problems only
                clients.add(LightbusExtension.loadClass(api.name()));
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
            if (type != null) {
                addServer(bean, type, invokerFactory, messages);
            }
        }
    }

    void register(SyntheticComponents components) {
        for (Class<?> api : clients) {
            components.addBean(Object.class).type(api).qualifier(Bus.Literal.INSTANCE).scope(Singleton.class)
                    .withParam(RpcClientCreator.API, api).createWith(RpcClientCreator.class);
        }
        List<String> procedures = new ArrayList<>();
        List<InvokerInfo> invokers = new ArrayList<>();
        int[] counts = new int[servers.size()];
        int i = 0;
        for (Server server : servers.values()) {
            procedures.addAll(server.procedures());
            invokers.addAll(server.invokers());
            counts[i++] = server.procedures().size();
        }
        components.addBean(RpcServerRegistry.class).type(RpcServerRegistry.class).scope(Singleton.class)
                .withParam(RpcServerRegistryCreator.APIS, servers.keySet().toArray(Class<?>[]::new))
                .withParam(RpcServerRegistryCreator.BEANS,
                        servers.values().stream().map(Server::bean).toArray(String[]::new))
                .withParam(RpcServerRegistryCreator.COUNTS, counts)
                .withParam(RpcServerRegistryCreator.PROCEDURES, procedures.toArray(String[]::new))
                .withParam(RpcServerRegistryCreator.INVOKERS, invokers.toArray(InvokerInfo[]::new))
                .createWith(RpcServerRegistryCreator.class);
    }

    private void addServer(BeanInfo bean, ApiType api, InvokerFactory invokerFactory, Messages messages) {
        String beanClass = bean.declaringClass().name();
        Server previous = servers.get(api.type());
        if (previous != null) {
            messages.error(MESSAGES.duplicateServer(previous.bean(), beanClass, api.type().getName()), bean);
            return;
        }
        List<String> procedures = new ArrayList<>();
        List<InvokerInfo> invokers = new ArrayList<>();
        for (Procedure procedure : api.procedures().values()) {
            MethodInfo method = implementation(bean.declaringClass(), procedure);
            if (method == null) {
                messages.error(MESSAGES.noImplementation(beanClass, procedure.method().toString()), bean);
                return;
            }
            procedures.add(procedure.name());
            invokers.add(invokerFactory.createInvoker(bean, method).withInstanceLookup().build());
        }
        servers.put(api.type(), new Server(beanClass, api, procedures, invokers));
    }

    /**
     * The bean class's method that implements a procedure, looking up the superclasses: same name, same erased
     * parameter types. Null if there is none.
     */
    private static MethodInfo implementation(ClassInfo beanClass, Procedure procedure) {
        Class<?>[] parameterTypes = procedure.method().getParameterTypes();
        for (ClassInfo type = beanClass; type != null; type = type.superClassDeclaration()) {
            for (MethodInfo method : type.methods()) {
                if (method.name().equals(procedure.method().getName()) && !method.isAbstract() && !method.isStatic()
                        && sameErasure(method, parameterTypes)) {
                    return method;
                }
            }
        }
        return null;
    }

    private static boolean sameErasure(MethodInfo method, Class<?>[] parameterTypes) {
        if (method.parameters().size() != parameterTypes.length) {
            return false;
        }
        for (int i = 0; i < parameterTypes.length; i++) {
            String erasure = erasure(method.parameters().get(i).type());
            if (erasure != null && !erasure.equals(parameterTypes[i].getTypeName())) {
                return false;
            }
        }
        return true;
    }

    /** The erased type name as {@link Class#getTypeName()} gives it, or null for a type variable. */
    private static String erasure(Type type) {
        return switch (type.kind()) {
        case CLASS -> type.asClass().declaration().name();
        case PARAMETERIZED_TYPE -> type.asParameterizedType().genericClass().declaration().name();
        case PRIMITIVE -> type.asPrimitive().name();
        case ARRAY -> {
            String component = erasure(type.asArray().componentType());
            yield component == null ? null : component + "[]";
        }
        default -> null;
        };
    }

    /** Inspects an API, reporting its problems the first time only. */
    private ApiType check(ClassInfo api, Messages messages) {
        Class<?> type = LightbusExtension.loadClass(api.name());
        ApiTypes.Inspection inspection = apiTypes.inspect(type);
        if (reported.add(type)) {
            inspection.problems().forEach(problem -> messages.error(problem, api));
        }
        return inspection.apiType();
    }

    private static ClassInfo busApi(Type type) {
        if (!type.isClass()) {
            return null;
        }
        ClassInfo declaration = type.asClass().declaration();
        return declaration.hasAnnotation(BusApi.class) ? declaration : null;
    }
}
