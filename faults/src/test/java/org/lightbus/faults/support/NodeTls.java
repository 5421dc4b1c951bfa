package org.lightbus.faults.support;

import static java.nio.charset.StandardCharsets.UTF_8;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;

/**
 * The TLS listener of a node: a private CA made for the run and a server certificate it signed, naming
 * {@code localhost} only (so that connecting to {@code 127.0.0.1} is a host name mismatch), made with {@code openssl}.
 *
 * @param folder
 *            where the files are
 * @param port
 *            the TLS port on 127.0.0.1
 */
record NodeTls(Path folder, int port) {

    /** Makes the CA and the server certificate. */
    static NodeTls create(Path folder, int port) {
        NodeTls tls = new NodeTls(folder.toAbsolutePath(), port);
        try {
            Files.createDirectories(folder);
            Files.writeString(folder.resolve("server.ext"), "subjectAltName = DNS:localhost\n", UTF_8);
            tls.openssl("req", "-x509", "-newkey", "rsa:2048", "-nodes", "-days", "2", "-subj",
                    "/CN=Lightbus faults CA", "-keyout", "ca.key", "-out", "ca.pem");
            tls.openssl("req", "-newkey", "rsa:2048", "-nodes", "-subj", "/CN=localhost", "-keyout", "server.key",
                    "-out", "server.csr");
            tls.openssl("x509", "-req", "-in", "server.csr", "-CA", "ca.pem", "-CAkey", "ca.key", "-CAcreateserial",
                    "-days", "2", "-extfile", "server.ext", "-out", "server.pem");
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return tls;
    }

    /** The CA certificate, PEM. */
    Path caFile() {
        return folder.resolve("ca.pem");
    }

    /** The node's configuration lines for its TLS listener. */
    String configuration() {
        return "listeners.ssl.default = 127.0.0.1:" + port + "\n" //
                + "ssl_options.cacertfile = " + caFile() + "\n" //
                + "ssl_options.certfile = " + folder.resolve("server.pem") + "\n" //
                + "ssl_options.keyfile = " + folder.resolve("server.key") + "\n" //
                + "ssl_options.verify = verify_none\n" //
                + "ssl_options.fail_if_no_peer_cert = false\n";
    }

    private void openssl(String... arguments) throws IOException {
        List<String> command = new ArrayList<>(List.of("openssl"));
        command.addAll(List.of(arguments));
        Process process = new ProcessBuilder(command).directory(folder.toFile()).redirectErrorStream(true).start();
        String output = new String(process.getInputStream().readAllBytes(), UTF_8);
        try {
            if (!process.waitFor(60, TimeUnit.SECONDS) || process.exitValue() != 0) {
                throw new IllegalStateException("openssl " + String.join(" ", arguments) + " failed: " + output);
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("interrupted", e);
        }
    }
}
