package org.lightbus.cdi.runtime;

import static org.lightbus.cdi.runtime.RuntimeMessages.MESSAGES;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.stream.Stream;

import jakarta.enterprise.inject.Instance;
import jakarta.enterprise.inject.ResolutionException;
import jakarta.enterprise.inject.spi.BeanContainer;

import org.lightbus.api.LightbusException;
import org.lightbus.cdi.model.ApiType;
import org.lightbus.cdi.model.ApiTypes;
import org.lightbus.cdi.model.ApplicationNames;
import org.lightbus.cdi.model.EventType;
import org.lightbus.cdi.model.EventTypes;
import org.lightbus.cdi.model.ListenerDefinition;
import org.lightbus.cdi.model.ListenerMethods;
import org.lightbus.cdi.model.Procedure;

/**
 * The listeners and servers of the application bound to its beans, and the APIs it calls: what the extension found at
 * deployment ({@link BusComponents}), resolved against the running container. Every problem is reported at once.
 *
 * @param listeners
 *            the listener methods
 * @param servers
 *            the served APIs
 * @param clients
 *            the APIs the application calls
 */
record Bindings(List<Listener> listeners, List<Server> servers, List<ApiType> clients) {

    /** A listener method, its event type, and how to call it. */
    record Listener(ListenerDefinition definition, EventType type, BeanMethod method) {
    }

    /** A served API, the class of its bean (for messages), and how to call each procedure. */
    record Server(ApiType api, String bean, Map<String, BeanMethod> methods) {
    }

    /**
     * @param beans
     *            the beans the extension marked {@link BusComponent}
     *
     * @throws LightbusException
     *             if a bean is missing or a listener's further parameter cannot be injected, naming each
     */
    static Bindings resolve(BusComponents components, BeanContainer container, Instance<Object> beans,
            EventTypes eventTypes, ApiTypes apiTypes) {
        List<String> problems = new ArrayList<>();
        List<Listener> listeners = new ArrayList<>();
        for (String name : components.listenerBeans()) {
            Class<?> beanClass = ApplicationClasses.load(name);
            BeanReference bean = BeanReference.ofClass(container, beans, beanClass, beanClass);
            if (bean == null) {
                problems.add(MESSAGES.beanNotAvailable(name));
                continue;
            }
            for (ListenerDefinition definition : ListenerMethods.scan(beanClass).listeners()) {
                try {
                    listeners.add(new Listener(definition, eventTypes.inspect(definition.eventClass()).eventType(),
                            BeanMethod.withInjection(container, bean, definition.method(), given(definition))));
                } catch (ResolutionException e) {
                    problems.add(MESSAGES.listenerParameterNotInjectable(definition.describe(), e.getMessage()));
                }
            }
        }
        List<Server> servers = new ArrayList<>();
        components.servers().forEach((apiName, beanName) -> {
            ApiType api = apiTypes.inspect(ApplicationClasses.load(apiName)).apiType();
            BeanReference bean = BeanReference.ofClass(container, beans, ApplicationClasses.load(beanName), api.type());
            if (bean == null) {
                problems.add(MESSAGES.beanNotAvailable(beanName));
                return;
            }
            Map<String, BeanMethod> methods = new HashMap<>();
            for (Procedure procedure : api.procedures().values()) {
                methods.put(procedure.name(), BeanMethod.of(bean, procedure.method()));
            }
            servers.add(new Server(api, beanName, methods));
        });
        if (!problems.isEmpty()) {
            throw BusErrors.exception(String.join("\n", problems), null);
        }
        List<ApiType> clients = components.clients().stream()
                .map(name -> apiTypes.inspect(ApplicationClasses.load(name)).apiType()).toList();
        return new Bindings(List.copyOf(listeners), List.copyOf(servers), clients);
    }

    /**
     * @return the names that configuration keys of this application contain: its listeners, the procedures of the APIs
     *         it serves or calls, and the APIs it listens to
     */
    ApplicationNames names() {
        Set<String> listenerNames = new TreeSet<>();
        listeners.forEach(listener -> listenerNames.add(listener.definition().listenerName()));
        Map<String, Set<String>> procedures = new TreeMap<>();
        Stream.concat(servers.stream().map(Server::api), clients.stream()).forEach(api -> procedures
                .computeIfAbsent(api.name(), name -> new TreeSet<>()).addAll(api.procedures().keySet()));
        Set<String> apis = new TreeSet<>();
        listeners.forEach(listener -> apis.add(listener.type().api()));
        return ApplicationNames.of(listenerNames, procedures, apis);
    }

    private static int[] given(ListenerDefinition definition) {
        return definition.contextParameter() < 0 ? new int[] { definition.eventParameter() }
                : new int[] { definition.eventParameter(), definition.contextParameter() };
    }
}
