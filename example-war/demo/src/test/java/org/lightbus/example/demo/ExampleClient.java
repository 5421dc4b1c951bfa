package org.lightbus.example.demo;

import java.io.IOException;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.List;

import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.ObjectMapper;

/** The example's HTTP endpoints, as the page uses them: sign-up and each application's activity. */
final class ExampleClient {

    /** What {@code GET /<app>/activity} answers. */
    record Report(String service, List<Entry> entries) {
    }

    /** One thing an application did. */
    record Entry(String time, String kind, String user, String text) {
    }

    /** HTTP/1.1: Open Liberty ties a connection upgraded to HTTP/2 to the application it first served. */
    private static final HttpClient HTTP = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1)
            .connectTimeout(Duration.ofSeconds(30)).build();

    private static final ObjectMapper JSON = new ObjectMapper()
            .configure(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES, false);

    private final URI base;

    ExampleClient(URI base) {
        this.base = base;
    }

    /** {@code POST /signup/accounts}; returns the response (status and text). */
    HttpResponse<String> signUp(String username, String password) {
        String form = "username=" + encode(username) + "&email=" + encode(username + "@example.com") + "&password="
                + encode(password);
        return send(HttpRequest.newBuilder(base.resolve("signup/accounts"))
                .header("Content-Type", "application/x-www-form-urlencoded")
                .POST(HttpRequest.BodyPublishers.ofString(form)));
    }

    /** @return the entries of an application's activity that concern a user, oldest first */
    List<Entry> activity(String application, String user) {
        HttpResponse<String> response = send(HttpRequest.newBuilder(base.resolve(application + "/activity")).GET());
        if (response.statusCode() != 200) {
            throw new AssertionError(application + "/activity answered " + response.statusCode());
        }
        try {
            Report report = JSON.readValue(response.body(), Report.class);
            return report.entries().stream().filter(entry -> entry.user().equals(user)).toList();
        } catch (IOException e) {
            throw new AssertionError(application + "/activity answered " + response.body(), e);
        }
    }

    /** @return the kinds of {@link #activity(String, String)} */
    List<String> kinds(String application, String user) {
        return activity(application, user).stream().map(Entry::kind).toList();
    }

    private static HttpResponse<String> send(HttpRequest.Builder request) {
        try {
            return HTTP.send(request.timeout(Duration.ofSeconds(60)).build(), HttpResponse.BodyHandlers.ofString());
        } catch (IOException e) {
            throw new AssertionError(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new AssertionError(e);
        }
    }

    private static String encode(String value) {
        return URLEncoder.encode(value, StandardCharsets.UTF_8);
    }
}
