package org.lightbus.memory;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.Executor;

import org.lightbus.spi.SchemaHandler;

/**
 * The schemas the running owners share, and who wants which: an owner's schema is handed to every reader of its API
 * when it is shared and when a reader comes later, as the owners on RabbitMQ publish theirs when asked. An API's schema
 * is the one its latest running owner shared.
 */
final class SchemaBoard {

    private final Map<String, Map<Object, byte[]>> owned = new LinkedHashMap<>();
    private final List<Reader> readers = new ArrayList<>();

    private record Reader(Object owner, Set<String> wanted, SchemaHandler handler, Executor executor) {
    }

    /**
     * @param owner
     *            the transport sharing
     *
     * @return a task that stops sharing: the owner's schemas are no longer handed out
     */
    synchronized Runnable share(Object owner, Map<String, byte[]> schemas, Set<String> wanted, SchemaHandler handler,
            Executor executor) {
        Reader reader = new Reader(owner, Set.copyOf(wanted), handler, executor);
        readers.add(reader);
        schemas.forEach((api, schema) -> {
            Map<Object, byte[]> owners = owned.computeIfAbsent(api, a -> new LinkedHashMap<>());
            owners.remove(owner);
            owners.put(owner, schema.clone());
            readers.stream().filter(r -> r.wanted().contains(api)).forEach(r -> hand(r, api, schema));
        });
        for (String api : reader.wanted()) {
            Map<Object, byte[]> owners = owned.get(api);
            if (owners != null && !owners.isEmpty()) {
                hand(reader, api, latest(owners));
            }
        }
        return () -> stop(owner, reader);
    }

    private synchronized void stop(Object owner, Reader reader) {
        readers.remove(reader);
        owned.values().forEach(owners -> owners.remove(owner));
    }

    private static byte[] latest(Map<Object, byte[]> owners) {
        byte[] latest = null;
        for (byte[] schema : owners.values()) {
            latest = schema;
        }
        return latest;
    }

    private static void hand(Reader reader, String api, byte[] schema) {
        byte[] copy = schema.clone();
        try {
            reader.executor().execute(() -> reader.handler().received(api, copy));
        } catch (RuntimeException e) {
            // the reader's transport closed meanwhile: nobody to tell
        }
    }
}
