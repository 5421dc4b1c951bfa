package org.lightbus.tck.scenarios;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.net.URI;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.stream.Collectors;

import org.lightbus.tck.support.Broker;

import com.rabbitmq.client.GetResponse;

/**
 * Event scenarios, on any runtime: the roles run as applications reachable over HTTP (see
 * {@link org.lightbus.tck.app}). A role that runs as several instances is given as several URLs.
 */
public final class EventScenarios {

    /** Generous for a busy machine: no scenario depends on a short wait succeeding. */
    static final Duration PATIENCE = Duration.ofSeconds(60);

    private EventScenarios() {
    }

    /**
     * {@code signup} fires 40 events with {@code fire()}, one with {@code fireAsync()} and one with
     * {@code EventPublisher}. Each listener service gets every event exactly once across its instances (competing
     * consumers), every instance of {@code images} gets some, and {@code mailer} gets every event too (fan-out).
     */
    public static void fanOutAndCompetingConsumers(URI signup, List<URI> images, List<URI> mailers) {
        String run = "u" + UUID.randomUUID().toString().substring(0, 6) + "-";
        List<String> users = new ArrayList<>();
        for (int i = 0; i < 40; i++) {
            users.add(run + i);
            assertThat(Http.get(signup, "signup", "user", run + i)).isEqualTo("fired " + run + i);
        }
        users.add(run + "async");
        assertThat(Http.get(signup, "signup", "user", run + "async", "mode", "async")).startsWith("fired");
        users.add(run + "publish");
        assertThat(Http.get(signup, "signup", "user", run + "publish", "mode", "publish")).startsWith("fired");

        await().atMost(PATIENCE).untilAsserted(() -> {
            assertThat(usersReceived(images, "Images.resize", run)).containsExactlyInAnyOrderElementsOf(users);
            assertThat(usersReceived(mailers, "welcome-email", run)).containsExactlyInAnyOrderElementsOf(users);
        });
        for (URI instance : images) {
            assertThat(usersReceived(List.of(instance), "Images.resize", run))
                    .as("events received by the images instance at %s", instance).isNotEmpty();
        }
        assertThat(Http.received(mailers.get(0))).filteredOn(line -> line.contains("|" + run))
                .allSatisfy(line -> assertThat(line).endsWith("|1|signup"));
    }

    /**
     * The mailer fails the first attempt of a {@code flaky} user and gets it again; it always fails for a
     * {@code poison} user, whose event ends in the listener's dead-letter queue with the error in its headers; later
     * events still flow.
     *
     * @param mailerService
     *            the service name of the {@code mailer} role, which names its queues
     */
    public static void retryThenDeadLetter(Broker broker, URI signup, List<URI> mailers, String mailerService) {
        String run = UUID.randomUUID().toString().substring(0, 6);
        String deadLetters = broker.listenerQueue(mailerService, "welcome-email") + ".dlq";

        Http.get(signup, "signup", "user", "flaky-" + run);
        await().atMost(PATIENCE).untilAsserted(
                () -> assertThat(lines(mailers, "welcome-email")).contains("welcome-email|flaky-" + run + "|2|signup"));

        Http.get(signup, "signup", "user", "poison-" + run);
        await().atMost(PATIENCE).until(() -> broker.ready(deadLetters) >= 1);
        GetResponse dead = broker.get(deadLetters);
        Map<String, Object> headers = Broker.headers(dead);
        assertThat(headers.get("x-lightbus-reason")).hasToString("listener-failed");
        assertThat(headers.get("x-lightbus-error-type")).hasToString(IllegalArgumentException.class.getName());
        assertThat(headers.get("x-lightbus-error-message")).hasToString("mail server refuses poison-" + run);
        assertThat(headers.get("x-lightbus-attempts")).isEqualTo(3);
        assertThat(headers.get("x-lightbus-listener")).hasToString(mailerService + ".welcome-email");
        assertThat(headers.get("x-lightbus-original-routing-key")).hasToString("user_signed_up");

        Http.get(signup, "signup", "user", "after-" + run);
        await().atMost(PATIENCE).untilAsserted(
                () -> assertThat(lines(mailers, "welcome-email")).contains("welcome-email|after-" + run + "|1|signup"));
        assertThat(lines(mailers, "welcome-email")).noneMatch(line -> line.contains("poison-" + run));
    }

    /**
     * The {@code channels} role, which runs in the {@code signup} service: its {@code @Incoming} channel on the bus
     * gets the events {@code signup} fires with their {@code EventContext}, is retried after a {@code nack} and
     * dead-lettered with the same headers as a listener method; its {@code Emitter} reaches the {@code images}
     * listener.
     *
     * @param channels
     *            the instances of the application with the {@code channels} role
     * @param channelsService
     *            their service name, which names the channel's queues
     */
    public static void reactiveMessagingChannels(Broker broker, URI signup, List<URI> channels, List<URI> images,
            String channelsService) {
        String run = UUID.randomUUID().toString().substring(0, 6);
        Http.get(signup, "signup", "user", "ch-" + run);
        Http.get(signup, "signup", "user", "ch-flaky-" + run);
        await().atMost(PATIENCE).untilAsserted(() -> assertThat(lines(channels, "tck-welcome"))
                .contains("tck-welcome|ch-" + run + "|1|signup", "tck-welcome|ch-flaky-" + run + "|2|signup"));

        String deadLetters = broker.listenerQueue(channelsService, "tck-welcome") + ".dlq";
        Http.get(signup, "signup", "user", "ch-refused-" + run);
        await().atMost(PATIENCE).until(() -> broker.ready(deadLetters) >= 1);
        Map<String, Object> headers = Broker.headers(broker.get(deadLetters));
        assertThat(headers.get("x-lightbus-reason")).hasToString("listener-failed");
        assertThat(headers.get("x-lightbus-error-type")).hasToString(IllegalArgumentException.class.getName());
        assertThat(headers.get("x-lightbus-error-message")).hasToString("channel refuses ch-refused-" + run);
        assertThat(headers.get("x-lightbus-attempts")).isEqualTo(3);
        assertThat(headers.get("x-lightbus-listener")).hasToString(channelsService + ".tck-welcome");

        assertThat(Http.get(channels.get(0), "announce", "user", "ann-" + run)).isEqualTo("announced ann-" + run);
        await().atMost(PATIENCE).untilAsserted(
                () -> assertThat(lines(images, "Images.resize")).contains("Images.resize|ann-" + run + "|1|signup"));
    }

    private static List<String> lines(List<URI> instances, String listener) {
        return instances.stream().flatMap(instance -> Http.received(instance).stream())
                .filter(line -> line.startsWith(listener + "|")).toList();
    }

    /** The users whose events a listener received across instances, once per receipt, for this run. */
    private static List<String> usersReceived(List<URI> instances, String listener, String run) {
        return lines(instances, listener).stream().map(line -> line.split("\\|")[1])
                .filter(user -> user.startsWith(run)).collect(Collectors.toList());
    }

}
