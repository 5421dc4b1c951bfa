package org.lightbus.tck.scenarios;

import java.io.IOException;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.Arrays;
import java.util.List;
import java.util.stream.Collectors;

/** A plain HTTP client for the roles' endpoints. */
public final class Http {

    /**
     * HTTP/1.1: an HTTP/2 upgrade request makes Open Liberty tie the connection to the web application, which then pins
     * its class loader after undeploy.
     */
    private static final HttpClient CLIENT = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1)
            .connectTimeout(Duration.ofSeconds(30)).build();

    private Http() {
    }

    /**
     * @param base
     *            the application's base URL, ending with {@code /}
     * @param path
     *            the endpoint, e.g. {@code signup}
     * @param query
     *            name and value pairs
     *
     * @return the body of a 200 answer
     *
     * @throws AssertionError
     *             for any other status
     */
    public static String get(URI base, String path, String... query) {
        String parameters = query.length == 0 ? "" : "?" + pairs(query);
        HttpRequest request = HttpRequest.newBuilder(base.resolve(path + parameters)).timeout(Duration.ofSeconds(60))
                .GET().build();
        try {
            HttpResponse<String> response = CLIENT.send(request, HttpResponse.BodyHandlers.ofString());
            if (response.statusCode() != 200) {
                throw new AssertionError(request.uri() + " answered " + response.statusCode() + ": " + response.body());
            }
            return response.body();
        } catch (IOException e) {
            throw new AssertionError(request.uri() + " failed", e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new AssertionError(e);
        }
    }

    /** @return the non-empty lines of {@code GET /received} */
    public static List<String> received(URI base) {
        return Arrays.stream(get(base, "received").split("\n")).filter(line -> !line.isBlank()).toList();
    }

    private static String pairs(String... query) {
        return Arrays.stream(query).map(part -> URLEncoder.encode(part, StandardCharsets.UTF_8))
                .collect(Collectors.collectingAndThen(Collectors.toList(), parts -> {
                    StringBuilder joined = new StringBuilder();
                    for (int i = 0; i < parts.size(); i += 2) {
                        joined.append(i == 0 ? "" : "&").append(parts.get(i)).append('=').append(parts.get(i + 1));
                    }
                    return joined.toString();
                }));
    }
}
