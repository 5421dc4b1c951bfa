package org.lightbus.connector.rabbitmq.it;

import static java.nio.charset.StandardCharsets.UTF_8;

import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Runs {@code rabbitmqctl} (on the PATH of the test machine) to make the broker close connections. Only the test's own
 * connections are closed, by connection name, so that other builds using the same broker are not disturbed.
 */
final class RabbitMqCtl {

    private static final Pattern CONNECTION = Pattern.compile("^(<[^>]+>)\\s.*\"connection_name\",\"([^\"]*)\"");

    private RabbitMqCtl() {
    }

    /**
     * Closes every connection with one of the given client-provided names, as {@code close_all_connections} would.
     *
     * @throws IllegalStateException
     *             if there is no such connection or {@code rabbitmqctl} fails
     */
    static void closeConnections(List<String> connectionNames) {
        List<String> pids = new ArrayList<>();
        for (String row : run("list_connections", "-s", "pid", "client_properties").split("\n")) {
            Matcher matcher = CONNECTION.matcher(row);
            if (matcher.find() && connectionNames.contains(matcher.group(2))) {
                pids.add(matcher.group(1));
            }
        }
        if (pids.isEmpty()) {
            throw new IllegalStateException("No connection named " + connectionNames);
        }
        for (String pid : pids) {
            run("close_connection", pid, "test");
        }
    }

    private static String run(String... arguments) {
        List<String> command = new ArrayList<>(List.of("rabbitmqctl"));
        command.addAll(List.of(arguments));
        try {
            Process process = new ProcessBuilder(command).redirectErrorStream(true).start();
            String output = new String(process.getInputStream().readAllBytes(), UTF_8);
            if (!process.waitFor(60, TimeUnit.SECONDS) || process.exitValue() != 0) {
                throw new IllegalStateException(command + " failed: " + output);
            }
            return output;
        } catch (IOException e) {
            throw new IllegalStateException("rabbitmqctl must be on the PATH", e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }
}
