package org.lightbus.cli;

import static org.lightbus.cli.CliMessages.MESSAGES;

import java.io.IOException;
import java.net.ConnectException;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.net.http.HttpTimeoutException;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Base64;
import java.util.List;
import java.util.TreeSet;

import com.fasterxml.jackson.databind.JsonNode;

/**
 * What the commands ask of the RabbitMQ management HTTP API, which AMQP cannot do: list the queues and exchanges of the
 * virtual host ({@code GET /api/queues/<vhost>}, {@code /api/exchanges/<vhost>}), count a queue's unacknowledged
 * messages and list its bindings. Everything else goes through AMQP, so the management plugin is never required.
 */
final class ManagementApi {

    private static final Duration TIMEOUT = Duration.ofSeconds(5);
    private static final int OK = 200;
    private static final int UNAUTHORIZED = 401;
    private static final int NOT_FOUND = 404;

    /** The management API did not answer, or not with the list asked for. */
    static final class Unavailable extends Exception {
        private static final long serialVersionUID = 1L;

        Unavailable(String reason, Throwable cause) {
            super(reason, cause);
        }
    }

    private final BrokerSettings settings;

    ManagementApi(BrokerSettings settings) {
        this.settings = settings;
    }

    /**
     * @return the names of the queues of the settings' virtual host
     *
     * @throws Unavailable
     *             saying why, if the API does not answer or answers with no list of queues
     * @throws CliException
     *             (broker) if the API refuses the credentials
     */
    List<String> queueNames() throws Unavailable {
        return names(queuesUri(), null);
    }

    /**
     * @param type
     *            the exchange type, e.g. {@code topic}
     *
     * @return the names of the exchanges of that type of the settings' virtual host
     *
     * @throws Unavailable
     *             saying why, if the API does not answer or answers with no list of exchanges
     * @throws CliException
     *             (broker) if the API refuses the credentials
     */
    List<String> exchangeNames(String type) throws Unavailable {
        return names(uri("exchanges", "name,type"), type);
    }

    private List<String> names(URI uri, String type) throws Unavailable {
        JsonNode items = get(uri);
        if (items == null) {
            throw new Unavailable("it answered HTTP " + NOT_FOUND + " to GET " + uri.getRawPath(), null);
        }
        if (!items.isArray()) {
            throw new Unavailable("its answer to GET " + uri.getRawPath() + " is not a list", null);
        }
        List<String> names = new ArrayList<>();
        for (JsonNode item : items) {
            if (item.path("name").isTextual() && (type == null || type.equals(item.path("type").asText()))) {
                names.add(item.path("name").textValue());
            }
        }
        return names;
    }

    /**
     * @return the queue's details ({@code GET /api/queues/<vhost>/<queue>}: {@code messages_ready},
     *         {@code messages_unacknowledged}, {@code consumers}, ...), or null if it does not exist
     *
     * @throws Unavailable
     *             saying why, if the API does not answer
     * @throws CliException
     *             (broker) if the API refuses the credentials
     */
    JsonNode queue(String queue) throws Unavailable {
        return get(uri("queues/" + vhost() + "/" + encode(queue), null));
    }

    /**
     * @return the routing keys with which the queue is bound to the exchange
     *         ({@code GET /api/bindings/<vhost>/e/<exchange>/q/<queue>}); empty if none, or if either does not exist
     *
     * @throws Unavailable
     *             saying why, if the API does not answer or answers with no list
     * @throws CliException
     *             (broker) if the API refuses the credentials
     */
    List<String> routingKeys(String exchange, String queue) throws Unavailable {
        URI uri = uri("bindings/" + vhost() + "/e/" + encode(exchange) + "/q/" + encode(queue), null);
        JsonNode bindings = get(uri);
        if (bindings == null) {
            return List.of();
        }
        if (!bindings.isArray()) {
            throw new Unavailable("its answer to GET " + uri.getRawPath() + " is not a list", null);
        }
        List<String> keys = new ArrayList<>();
        bindings.forEach(binding -> keys.add(binding.path("routing_key").asText()));
        return keys;
    }

    /**
     * @return the answer's JSON, or null for HTTP 404
     */
    private JsonNode get(URI uri) throws Unavailable {
        String credentials = settings.managementUsername() + ":" + settings.managementPassword();
        HttpRequest request = HttpRequest.newBuilder(uri).timeout(TIMEOUT)
                .header("Authorization",
                        "Basic " + Base64.getEncoder().encodeToString(credentials.getBytes(StandardCharsets.UTF_8)))
                .header("Accept", "application/json").GET().build();
        HttpResponse<byte[]> response;
        try {
            response = HttpClient.newBuilder().connectTimeout(TIMEOUT).build().send(request,
                    HttpResponse.BodyHandlers.ofByteArray());
        } catch (ConnectException e) {
            throw new Unavailable("connection refused", e);
        } catch (HttpTimeoutException e) {
            throw new Unavailable("no answer within " + TIMEOUT.toSeconds() + " s", e);
        } catch (IOException e) {
            throw new Unavailable(Broker.reason(e), e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new Unavailable("interrupted", e);
        }
        if (response.statusCode() == UNAUTHORIZED) {
            throw CliException.broker(MESSAGES.managementRefused(settings.managementUrl().toString(),
                    settings.managementUsername(), response.statusCode()), null);
        }
        if (response.statusCode() == NOT_FOUND) {
            return null;
        }
        if (response.statusCode() != OK) {
            throw new Unavailable("it answered HTTP " + response.statusCode() + " to GET " + uri.getRawPath(), null);
        }
        return Json.body(response.body());
    }

    /**
     * @return {@code <management-url>/api/queues/<vhost>?columns=name}
     */
    URI queuesUri() {
        return uri("queues", "name");
    }

    private URI uri(String resource, String columns) {
        String base = settings.managementUrl().toString();
        base = base.endsWith("/") ? base.substring(0, base.length() - 1) : base;
        return URI.create(base + "/api/" + resource + (columns == null ? "" : "/" + vhost() + "?columns=" + columns));
    }

    private String vhost() {
        return encode(settings.virtualHost());
    }

    private static String encode(String segment) {
        return URLEncoder.encode(segment, StandardCharsets.UTF_8).replace("+", "%20");
    }

    /**
     * @param queueNames
     *            the queues of the virtual host
     *
     * @return the listeners of the service that have a dead-letter queue
     *         ({@code <namespace>.<service>.<listener>.dlq}), sorted. A service whose name extends this one's with a
     *         dot ({@code mailer.eu} for {@code mailer}) cannot be told apart by queue name: its listeners are listed
     *         too, with the service's part in their name.
     */
    static List<String> listenersOf(List<String> queueNames, String namespace, String service) {
        String prefix = namespace + "." + service + ".";
        String suffix = ".dlq";
        TreeSet<String> listeners = new TreeSet<>();
        for (String name : queueNames) {
            if (name.startsWith(prefix) && name.endsWith(suffix) && name.length() > prefix.length() + suffix.length()) {
                listeners.add(name.substring(prefix.length(), name.length() - suffix.length()));
            }
        }
        return List.copyOf(listeners);
    }

    /**
     * @param exchangeNames
     *            the topic exchanges of the virtual host
     *
     * @return the APIs of the namespace: the exchanges {@code <namespace>.<api>}, without {@code $schemas} and any
     *         other name with a {@code $}, sorted
     */
    static List<String> apisOf(List<String> exchangeNames, String namespace) {
        String prefix = namespace + ".";
        TreeSet<String> apis = new TreeSet<>();
        for (String name : exchangeNames) {
            if (name.startsWith(prefix) && name.length() > prefix.length() && name.indexOf('$') < 0) {
                apis.add(name.substring(prefix.length()));
            }
        }
        return List.copyOf(apis);
    }
}
