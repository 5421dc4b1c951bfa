package org.lightbus.cli;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.io.OutputStream;
import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;
import java.util.Properties;
import java.util.concurrent.atomic.AtomicReference;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

import com.sun.net.httpserver.HttpServer;

/** Listing queues through the management HTTP API, against a stand-in for it on a loopback port. */
class ManagementApiTest {

    private HttpServer server;
    private final AtomicReference<String> authorization = new AtomicReference<>();
    private final AtomicReference<String> requested = new AtomicReference<>();

    private BrokerSettings serve(int status, String body, String virtualHost) throws IOException {
        server = HttpServer.create(new InetSocketAddress("127.0.0.1", 0), 0);
        server.createContext("/", exchange -> {
            authorization.set(exchange.getRequestHeaders().getFirst("Authorization"));
            requested.set(exchange.getRequestURI().getRawPath() + "?" + exchange.getRequestURI().getRawQuery());
            byte[] bytes = body.getBytes(StandardCharsets.UTF_8);
            exchange.sendResponseHeaders(status, bytes.length);
            try (OutputStream out = exchange.getResponseBody()) {
                out.write(bytes);
            }
        });
        server.start();
        Properties file = new Properties();
        file.setProperty("lightbus.cli.management-url", "http://127.0.0.1:" + server.getAddress().getPort());
        file.setProperty("lightbus.rabbitmq.virtual-host", virtualHost);
        return new SettingsResolver(Map.of(), Map.of(), file, "f").resolve();
    }

    @AfterEach
    void stop() {
        if (server != null) {
            server.stop(0);
        }
    }

    @Test
    void theQueuesOfTheVirtualHostAreListedWithTheCredentials() throws Exception {
        BrokerSettings settings = serve(200,
                "[{\"name\":\"lightbus.mailer.welcome-email.dlq\"},{\"name\":\"lightbus.mailer.welcome-email\"}]", "/");

        assertThat(new ManagementApi(settings).queueNames()).containsExactly("lightbus.mailer.welcome-email.dlq",
                "lightbus.mailer.welcome-email");
        assertThat(requested.get()).isEqualTo("/api/queues/%2F?columns=name");
        assertThat(authorization.get()).isEqualTo("Basic Z3Vlc3Q6Z3Vlc3Q="); // guest:guest
    }

    @Test
    void refusedCredentialsAreABrokerError() throws Exception {
        BrokerSettings settings = serve(401, "{\"error\":\"not_authorised\"}", "shop");

        assertThatThrownBy(() -> new ManagementApi(settings).queueNames())
                .isInstanceOfSatisfying(CliException.class, e -> assertThat(e.exitCode()).isEqualTo(ExitCodes.BROKER))
                .hasMessageStartingWith("LBUS07007:");
        assertThat(requested.get()).isEqualTo("/api/queues/shop?columns=name");
    }

    @Test
    void anotherAnswerOrNoAnswerMakesItUnavailable() throws Exception {
        BrokerSettings settings = serve(404, "{\"error\":\"Object Not Found\"}", "/");
        assertThatThrownBy(() -> new ManagementApi(settings).queueNames()).isInstanceOf(ManagementApi.Unavailable.class)
                .hasMessage("it answered HTTP 404 to GET /api/queues/%2F");

        server.stop(0);
        assertThatThrownBy(() -> new ManagementApi(settings).queueNames()).isInstanceOf(ManagementApi.Unavailable.class)
                .hasMessage("connection refused");
    }

    @Test
    void theListenersOfAServiceAreThoseWithADeadLetterQueue() {
        List<String> queues = List.of("ns.mailer.welcome-email", "ns.mailer.welcome-email.dlq",
                "ns.mailer.welcome-email.retry", "ns.mailer.Digest.weekly.dlq", "ns.images.resize.dlq",
                "other.mailer.x.dlq", "ns.mailer..dlq", "ns.mailer.dlq");

        assertThat(ManagementApi.listenersOf(queues, "ns", "mailer")).containsExactly("Digest.weekly", "welcome-email");
    }
}
