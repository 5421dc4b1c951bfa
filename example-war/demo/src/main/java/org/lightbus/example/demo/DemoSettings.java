package org.lightbus.example.demo;

import java.nio.file.Path;
import java.util.Optional;

/**
 * How the demo runs: where Liberty and the applications are, the server's name and HTTP port, the broker's port and the
 * bus namespace.
 *
 * @param wlpHome
 *            the Liberty installation ({@code wlp}), unpacked by the build
 * @param applications
 *            the folder with the three WARs, copied there by the build
 * @param serverName
 *            the Liberty server to create and run
 * @param httpPort
 *            its HTTP port
 * @param brokerPort
 *            the broker's port on {@code 127.0.0.1}
 * @param namespace
 *            the bus namespace ({@code lightbus.namespace}), or empty for the applications' own
 */
public record DemoSettings(Path wlpHome, Path applications, String serverName, int httpPort, int brokerPort,
        Optional<String> namespace) {

    /** System property: the Liberty installation. */
    public static final String WLP_HOME = "lightbus.example.wlp-home";

    /** System property: the folder with the WARs. */
    public static final String APPLICATIONS = "lightbus.example.applications";

    /** System property: the broker's port, 5672 by default. */
    public static final String BROKER_PORT = "lightbus.example.broker-port";

    /**
     * The settings the build passes as system properties, with server {@code lightbus-example} on port 9090.
     *
     * @return the settings
     *
     * @throws IllegalStateException
     *             if a system property is missing: the demo runs through Maven
     */
    public static DemoSettings fromSystemProperties() {
        return new DemoSettings(Path.of(required(WLP_HOME)), Path.of(required(APPLICATIONS)), "lightbus-example", 9090,
                Integer.getInteger(BROKER_PORT, 5672), Optional.empty());
    }

    /**
     * @return these settings with another server name and HTTP port
     */
    public DemoSettings withServer(String name, int port) {
        return new DemoSettings(wlpHome, applications, name, port, brokerPort, namespace);
    }

    /**
     * @return these settings with a bus namespace of their own
     */
    public DemoSettings withNamespace(String name) {
        return new DemoSettings(wlpHome, applications, serverName, httpPort, brokerPort, Optional.of(name));
    }

    private static String required(String property) {
        String value = System.getProperty(property);
        if (value == null || value.isBlank()) {
            throw new IllegalStateException("System property " + property
                    + " is not set; run the demo with ./mvnw -Pdemo -pl example-war/demo -am verify -DskipTests");
        }
        return value;
    }
}
