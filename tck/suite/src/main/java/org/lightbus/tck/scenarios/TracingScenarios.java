package org.lightbus.tck.scenarios;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.net.URI;
import java.util.Arrays;
import java.util.List;
import java.util.UUID;

/**
 * Tracing scenarios, on any runtime that offers MicroProfile Telemetry with its SDK on: the traced roles (see
 * {@link TckArchives#tracedSignup}) note the OpenTelemetry span current where they fire or call, where each listener
 * handles the event and where each procedure runs, and answer their notes over HTTP ({@code /traces}). The bus carries
 * the trace context across applications, so the receiving side runs in the sender's trace, in a span of its own.
 */
public final class TracingScenarios {

    private static final String NO_TRACE = "0".repeat(32);
    private static final String NO_SPAN = "0".repeat(16);

    private TracingScenarios() {
    }

    /**
     * {@code signup} fires in a span it starts; the {@code images} listener and the {@code mailer} listener each handle
     * the event in that trace, in a span of their own (the bus's consumer span).
     */
    public static void listenersRunInTheSendersTrace(URI signup, List<URI> images, List<URI> mailers) {
        String user = "tr-" + UUID.randomUUID().toString().substring(0, 6);
        Note fired = Note.of(Http.get(signup, "traced/signup", "user", user));
        assertValid(fired, "signup");

        await().atMost(EventScenarios.PATIENCE).untilAsserted(() -> {
            assertThat(notes(images, "Images.resize", user)).hasSize(1);
            assertThat(notes(mailers, "welcome-email", user)).hasSize(1);
        });
        for (Note handled : List.of(notes(images, "Images.resize", user).get(0),
                notes(mailers, "welcome-email", user).get(0))) {
            assertInTraceOf(handled, fired);
        }
    }

    /**
     * {@code mailer} calls a synchronous and an asynchronous procedure of {@code auth} in a span it starts; each
     * procedure runs in that trace, in a span of its own (the bus's server span).
     */
    public static void proceduresRunInTheCallersTrace(URI caller, List<URI> servers) {
        for (String procedure : List.of("check_password", "display_name")) {
            String user = "tr-" + UUID.randomUUID().toString().substring(0, 6);
            Note called = Note.of(Http.get(caller, "traced/call", "procedure", procedure, "user", user));
            assertValid(called, "caller");
            // the procedure noted its span before it replied
            List<Note> served = notes(servers, "auth." + procedure, user);
            assertThat(served).as("notes of auth.%s for %s", procedure, user).hasSize(1);
            assertInTraceOf(served.get(0), called);
        }
    }

    private static void assertValid(Note note, String where) {
        assertThat(note.where()).isEqualTo(where);
        assertThat(note.traceId()).as("trace id of %s", note).matches("[0-9a-f]{32}").isNotEqualTo(NO_TRACE);
        assertThat(note.spanId()).as("span id of %s", note).matches("[0-9a-f]{16}").isNotEqualTo(NO_SPAN);
    }

    private static void assertInTraceOf(Note received, Note sent) {
        assertThat(received.traceId()).as("trace of %s, sent in %s", received, sent).isEqualTo(sent.traceId());
        assertThat(received.spanId()).as("span of %s, sent in %s", received, sent).matches("[0-9a-f]{16}")
                .isNotEqualTo(NO_SPAN).isNotEqualTo(sent.spanId());
    }

    /** The notes of one listener or procedure for one user, across instances. */
    private static List<Note> notes(List<URI> instances, String where, String user) {
        return instances.stream().flatMap(instance -> Arrays.stream(Http.get(instance, "traces").split("\n")))
                .filter(line -> !line.isBlank()).map(Note::of)
                .filter(note -> note.where().equals(where) && note.user().equals(user)).toList();
    }

    /** A role's note: {@code where|user|trace id|span id}. */
    record Note(String where, String user, String traceId, String spanId) {

        static Note of(String line) {
            String[] parts = line.split("\\|");
            if (parts.length != 4) {
                throw new AssertionError("not a note: " + line);
            }
            return new Note(parts[0], parts[1], parts[2], parts[3]);
        }
    }
}
