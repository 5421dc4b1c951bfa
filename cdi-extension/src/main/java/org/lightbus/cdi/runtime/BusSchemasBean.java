package org.lightbus.cdi.runtime;

import static org.lightbus.cdi.runtime.RuntimeMessages.MESSAGES;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;

import org.lightbus.api.BusSchemas;
import org.lightbus.cdi.schema.ApiSchema;

/**
 * The {@link BusSchemas} bean: what the application's {@link Contracts} know.
 */
@ApplicationScoped
public class BusSchemasBean implements BusSchemas {

    @Inject
    BusConnection bus;

    @Override
    public Set<String> apis() {
        return bus.contracts().known().keySet();
    }

    @Override
    public Optional<String> schema(String api) {
        Objects.requireNonNull(api, "api");
        return Optional.ofNullable(bus.contracts().known().get(api))
                .map(schema -> new String(schema.toJson(), StandardCharsets.UTF_8));
    }

    @Override
    public List<String> incompatibilities(String api) {
        Objects.requireNonNull(api, "api");
        return bus.contracts().incompatibilities(api).stream().map(Object::toString).toList();
    }

    @Override
    public List<Path> dump(Path directory) {
        Objects.requireNonNull(directory, "directory");
        List<Path> written = new ArrayList<>();
        try {
            Files.createDirectories(directory);
            for (Map.Entry<String, ApiSchema> schema : bus.contracts().known().entrySet()) {
                written.add(Files.write(directory.resolve(schema.getKey() + ".json"), schema.getValue().toJson()));
            }
        } catch (IOException e) {
            throw BusErrors.exception(MESSAGES.dumpFailed(directory.toString(), e.toString()), e);
        }
        return written;
    }
}
