package org.lightbus.cdi.runtime;

import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;

import org.lightbus.cdi.model.ApiType;
import org.lightbus.cdi.model.ApiTypes;
import org.lightbus.cdi.model.EventType;
import org.lightbus.cdi.model.EventTypes;
import org.lightbus.cdi.model.ListenerMethods;
import org.lightbus.cdi.schema.ApiSchema;
import org.lightbus.cdi.schema.SchemaGenerator;

/**
 * This application's own contract of each API it owns or uses, generated from its Java types. The contract of an API it
 * owns holds every event nested in the API's interface, the events it fires or listens to, and the procedures it
 * serves; the contract of an API it uses holds only what it uses: the events it listens to and the procedures it calls.
 */
final class LocalContracts {

    private final Set<String> owned;
    private final EventTypes eventTypes;
    private final Map<String, Set<EventType>> events = new TreeMap<>();
    private final Map<String, ApiType> apis = new TreeMap<>();

    LocalContracts(Set<String> owned, EventTypes eventTypes) {
        this.owned = owned;
        this.eventTypes = eventTypes;
    }

    /**
     * @param components
     *            what the extension found
     * @param ownedInConfig
     *            the APIs {@link org.lightbus.api.LightbusConfig#OWNED_APIS} lists
     * @param channels
     *            the incoming channels on the bus: those that take a record listen to its event
     *
     * @return the contracts of the application's APIs
     */
    static LocalContracts of(BusComponents components, Set<String> ownedInConfig, List<IncomingChannel> channels,
            EventTypes eventTypes, ApiTypes apiTypes) {
        List<ApiType> served = components.servers().keySet().stream().map(name -> api(name, apiTypes)).toList();
        Set<String> owned = new TreeSet<>(ownedInConfig);
        served.forEach(api -> owned.add(api.name()));
        LocalContracts contracts = new LocalContracts(owned, eventTypes);
        served.forEach(contracts::served);
        components.clients().forEach(name -> contracts.called(api(name, apiTypes)));
        List<EventType> listened = new ArrayList<>();
        for (String bean : components.listenerBeans()) {
            ListenerMethods.scan(ApplicationClasses.load(bean)).listeners()
                    .forEach(listener -> listened.add(eventTypes.inspect(listener.eventClass()).eventType()));
        }
        List<EventType> fired = new ArrayList<>();
        components.firedEvents()
                .forEach(name -> fired.add(eventTypes.inspect(ApplicationClasses.load(name)).eventType()));
        channels.stream().map(IncomingChannel::eventType).forEach(listened::add);
        listened.removeIf(Objects::isNull);
        // firing an event of an API the application does not own fails: such an API is not one it uses
        fired.removeIf(type -> type == null || !owned.contains(type.api()));
        return contracts.events(listened).events(fired);
    }

    /**
     * @return the APIs this application owns
     */
    Set<String> owned() {
        return Set.copyOf(owned);
    }

    private static ApiType api(String interfaceName, ApiTypes apiTypes) {
        return apiTypes.inspect(ApplicationClasses.load(interfaceName)).apiType();
    }

    /** An API this application serves: it owns it. */
    LocalContracts served(ApiType api) {
        apis.put(api.name(), api);
        nestedEvents(api.type());
        return this;
    }

    /** An API this application calls. */
    LocalContracts called(ApiType api) {
        apis.putIfAbsent(api.name(), api);
        return this;
    }

    /** Events this application listens to, or fires of the APIs it owns. */
    LocalContracts events(Collection<EventType> used) {
        for (EventType type : used) {
            add(type);
            Class<?> enclosing = type.type().getEnclosingClass();
            if (enclosing != null && owned.contains(type.api())) {
                nestedEvents(enclosing);
            }
        }
        return this;
    }

    /**
     * @return every API this application owns or uses
     */
    Set<String> apis() {
        Set<String> all = new LinkedHashSet<>(apis.keySet());
        all.addAll(events.keySet());
        all.addAll(owned);
        return all;
    }

    /**
     * @return the contract of each API, by name
     */
    Map<String, ApiSchema> schemas(SchemaGenerator generator) {
        Map<String, ApiSchema> schemas = new TreeMap<>();
        for (String api : apis()) {
            schemas.put(api, generator.api(api, events.getOrDefault(api, Set.of()), apis.get(api)));
        }
        return schemas;
    }

    private void nestedEvents(Class<?> type) {
        for (Class<?> nested : type.getDeclaredClasses()) {
            EventTypes.Inspection inspection = eventTypes.inspect(nested);
            if (EventTypes.isAnnotated(nested) && inspection.isValid()) {
                add(inspection.eventType());
            }
        }
    }

    private void add(EventType type) {
        events.computeIfAbsent(type.api(), api -> new LinkedHashSet<>()).add(type);
    }
}
