package org.lightbus.tck.scenarios;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.stream.Stream;

import org.jboss.shrinkwrap.api.ShrinkWrap;
import org.jboss.shrinkwrap.api.asset.StringAsset;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.lightbus.tck.app.Accounts;
import org.lightbus.tck.app.AuthApi;
import org.lightbus.tck.app.AuthService;
import org.lightbus.tck.app.BrokenListener;
import org.lightbus.tck.app.Caller;
import org.lightbus.tck.app.CallerServlet;
import org.lightbus.tck.app.Channels;
import org.lightbus.tck.app.ChannelsServlet;
import org.lightbus.tck.app.ContractServlet;
import org.lightbus.tck.app.Images;
import org.lightbus.tck.app.Mailer;
import org.lightbus.tck.app.OutdatedListener;
import org.lightbus.tck.app.Received;
import org.lightbus.tck.app.ReceivedServlet;
import org.lightbus.tck.app.ReportsApi;
import org.lightbus.tck.app.SignupServlet;
import org.lightbus.tck.app.TraceNotes;
import org.lightbus.tck.app.TracedCallerServlet;
import org.lightbus.tck.app.TracedSignupServlet;
import org.lightbus.tck.app.Traces;
import org.lightbus.tck.app.TracesServlet;

/**
 * The roles of the test application as WARs, as a user would build them: the role's classes, its
 * {@code microprofile-config.properties}, and in {@code WEB-INF/lib} the Lightbus jars and their dependencies, which
 * the runner module lists in the folder named by the system property {@value #LIBRARIES}.
 */
public final class TckArchives {

    /** System property: the folder of the jars that every WAR bundles. */
    public static final String LIBRARIES = "lightbus.tck.libraries";

    /**
     * System property: the folder of the jars that only the WAR of {@link TestKitTest} adds, the test kit
     * ({@code lightbus-testing}, {@code lightbus-in-memory}) and what its test class uses in the server (AssertJ).
     */
    public static final String TEST_KIT_LIBRARIES = "lightbus.tck.test-kit-libraries";

    /**
     * System property: the folder of the jars that only the WAR of {@link ChannelsTest} adds, the bus's Reactive
     * Messaging connector ({@code lightbus-reactive-messaging}) and SmallRye Reactive Messaging with its dependencies,
     * for a server whose own Reactive Messaging is off.
     */
    public static final String REACTIVE_MESSAGING_LIBRARIES = "lightbus.tck.reactive-messaging-libraries";

    private static final String WITHOUT_SERVER_REACTIVE_MESSAGING = """
            <jboss-deployment-structure xmlns="urn:jboss:deployment-structure:1.3">
                <deployment>
                    <exclude-subsystems>
                        <subsystem name="microprofile-reactive-messaging-smallrye"/>
                        <subsystem name="microprofile-reactive-streams-operators-smallrye"/>
                    </exclude-subsystems>
                </deployment>
            </jboss-deployment-structure>
            """;

    /**
     * MicroProfile Telemetry's SDK on for the application, as the server reads it from the application's configuration
     * ({@code otel.sdk.disabled} is {@code true} by default), exporting nothing.
     */
    private static final String[] TELEMETRY = { "otel.sdk.disabled=false", "otel.traces.exporter=none",
            "otel.metrics.exporter=none", "otel.logs.exporter=none" };

    private TckArchives() {
    }

    /** @return the {@code signup} role: owns and serves {@link AuthApi}, fires its events */
    public static WebArchive signup(String namespace) {
        return war("signup", namespace, "signup").addClasses(AuthService.class, SignupServlet.class);
    }

    /** @return an instance of the {@code images} role, in a WAR of the given name */
    public static WebArchive images(String archive, String namespace) {
        return images(archive, namespace, "images");
    }

    /** @return an instance of the {@code images} role under another service name */
    public static WebArchive images(String archive, String namespace, String service) {
        return war(archive, namespace, service).addClasses(Images.class, Received.class, ReceivedServlet.class);
    }

    /** @return the {@code mailer} role: listens with retries, calls {@link AuthApi} and {@link ReportsApi} */
    public static WebArchive mailer(String namespace) {
        return war("mailer", namespace, "mailer").addClasses(Mailer.class, Received.class, ReceivedServlet.class,
                Caller.class, CallerServlet.class);
    }

    /**
     * @return the {@code signup} role with the {@code channels} role, whose Reactive Messaging channels are on the bus,
     *         with SmallRye Reactive Messaging in the WAR
     */
    public static WebArchive channels(String namespace) {
        return war("channels", namespace, "signup", "mp.messaging.incoming.tck-welcome.connector=lightbus",
                "mp.messaging.outgoing.tck-announcements.connector=lightbus")
                        .addClasses(AuthService.class, SignupServlet.class, Channels.class, ChannelsServlet.class,
                                Received.class, ReceivedServlet.class)
                        .addAsLibraries(jars(REACTIVE_MESSAGING_LIBRARIES))
                        // WildFly: the deployment brings its own Reactive Messaging, so the server's stays out of it
                        .addAsWebInfResource(new StringAsset(WITHOUT_SERVER_REACTIVE_MESSAGING),
                                "jboss-deployment-structure.xml");
    }

    /**
     * @return the {@code signup} role traced with the server's MicroProfile Telemetry: serves {@link AuthApi} and fires
     *         its event in a span it starts ({@link TracedSignupServlet}); its WAR has no OpenTelemetry jar, the server
     *         brings the API
     */
    public static WebArchive tracedSignup(String namespace) {
        return traced(war("signup", namespace, "signup", TELEMETRY)).addClasses(AuthService.class,
                TracedSignupServlet.class);
    }

    /** @return the {@code images} role, traced: its listener notes its span */
    public static WebArchive tracedImages(String namespace) {
        return traced(war("images", namespace, "images", TELEMETRY)).addClasses(Images.class, Received.class);
    }

    /** @return the {@code mailer} role, traced: its listener notes its span, it calls in a span it starts */
    public static WebArchive tracedMailer(String namespace) {
        return traced(war("mailer", namespace, "mailer", TELEMETRY)).addClasses(Mailer.class, Received.class,
                Caller.class, TracedCallerServlet.class);
    }

    private static WebArchive traced(WebArchive war) {
        return war.addClasses(Traces.class, TracesServlet.class);
    }

    /** @return a WAR whose deployment must fail: a bus listener of a type that is not a bus event */
    public static WebArchive broken(String namespace) {
        return war("broken", namespace, "broken").addClasses(BrokenListener.class, BrokenListener.NotAnEvent.class);
    }

    /**
     * @return the {@code outdated} role: a listener whose contract of {@link AuthApi} is incompatible with the one
     *         {@code signup} publishes, and {@code GET /contract?api=auth} to read what it was told
     */
    public static WebArchive outdated(String namespace) {
        return war("outdated", namespace, "outdated").addClasses(OutdatedListener.class,
                OutdatedListener.UserSignedUpWithAge.class, ContractServlet.class);
    }

    /**
     * @return the {@code signup} role with the {@code mailer} role's listener, tested with the test kit: the kit's jars
     *         beside the application's, so that the application sends through the kit's in-memory broker
     */
    public static WebArchive testKit(String namespace) {
        return war("test-kit", namespace, "signup")
                .addClasses(AuthService.class, Accounts.class, Mailer.class, Received.class)
                .addAsLibraries(jars(TEST_KIT_LIBRARIES));
    }

    private static WebArchive war(String archive, String namespace, String service, String... extraConfig) {
        String config = String.join("\n", "lightbus.service-name=" + service, "lightbus.namespace=" + namespace,
                "lightbus.listener.max-attempts=3", "lightbus.listener.initial-backoff=100ms",
                "lightbus.api.reports.rpc-timeout=3s", String.join("\n", extraConfig), "");
        return ShrinkWrap.create(WebArchive.class, archive + ".war")
                .addClasses(AuthApi.class, AuthApi.UserSignedUp.class, ReportsApi.class, TraceNotes.class)
                .addAsResource(new StringAsset(config), "META-INF/microprofile-config.properties")
                .addAsWebInfResource(new StringAsset("<beans xmlns=\"https://jakarta.ee/xml/ns/jakartaee\" "
                        + "version=\"4.0\" bean-discovery-mode=\"annotated\"/>"), "beans.xml")
                .addAsLibraries(jars(LIBRARIES));
    }

    private static java.io.File[] jars(String property) {
        String folder = System.getProperty(property);
        if (folder == null) {
            throw new IllegalStateException(
                    "Set the system property " + property + " to a folder holding " + (property.equals(LIBRARIES)
                            ? "the Lightbus jars and their runtime dependencies" : "the test kit's jars"));
        }
        try (Stream<Path> jars = Files.list(Path.of(folder))) {
            return jars.filter(jar -> jar.toString().endsWith(".jar")).map(Path::toFile).toArray(java.io.File[]::new);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
