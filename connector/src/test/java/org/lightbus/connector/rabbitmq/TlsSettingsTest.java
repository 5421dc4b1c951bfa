package org.lightbus.connector.rabbitmq;

import static java.nio.charset.StandardCharsets.US_ASCII;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.lightbus.api.LightbusException;

class TlsSettingsTest {

    @TempDir
    Path folder;

    @Test
    void aPemCaFileIsTrusted() throws Exception {
        Path ca = caCertificate();

        assertThat(new TlsSettings(true, ca, true).context().getProtocol()).isEqualTo("TLS");
    }

    @Test
    void aFileWithoutCertificateIsRefusedNamingTheKey() throws Exception {
        Path notPem = Files.writeString(folder.resolve("ca.pem"), "not a certificate", US_ASCII);

        LightbusException e = catchThrowableOfType(LightbusException.class,
                () -> new TlsSettings(true, notPem, true).context());

        assertThat(e.code()).isEqualTo("LBUS03009");
        assertThat(e.getMessage()).contains(notPem.toString(), "lightbus.rabbitmq.tls-ca-file", "PEM");
    }

    @Test
    void theSettingsAreReadFromTheConnectorKeys() throws Exception {
        Path ca = caCertificate();

        ConnectorSettings settings = ConnectorSettings.from(TestConfigs.of(Map.of("lightbus.rabbitmq.tls", "true",
                "lightbus.rabbitmq.tls-ca-file", ca.toString(), "lightbus.rabbitmq.tls-verify-hostname", "false")));

        assertThat(settings.tls()).isEqualTo(new TlsSettings(true, ca, false));
        assertThat(ConnectorSettings.from(TestConfigs.of(Map.of())).tls()).isEqualTo(TlsSettings.OFF);
    }

    @Test
    void aMissingCaFileIsRefusedAtStartNamingTheKey() {
        LightbusException e = catchThrowableOfType(LightbusException.class, () -> ConnectorSettings.from(
                TestConfigs.of(Map.of("lightbus.rabbitmq.tls-ca-file", folder.resolve("absent.pem").toString()))));

        assertThat(e.getMessage()).contains("lightbus.rabbitmq.tls-ca-file", "readable file");
    }

    /** A self-signed CA certificate in PEM, made with the JDK's keytool. */
    private Path caCertificate() throws Exception {
        Path keystore = folder.resolve("ca.p12");
        Path pem = folder.resolve("ca.pem");
        String keytool = Path.of(System.getProperty("java.home"), "bin", "keytool").toString();
        run(List.of(keytool, "-genkeypair", "-alias", "ca", "-keyalg", "EC", "-dname", "CN=Test CA", "-ext", "bc:c",
                "-validity", "2", "-keystore", keystore.toString(), "-storepass", "changeit"));
        run(List.of(keytool, "-exportcert", "-rfc", "-alias", "ca", "-keystore", keystore.toString(), "-storepass",
                "changeit", "-file", pem.toString()));
        return pem;
    }

    private static void run(List<String> command) throws Exception {
        Process process = new ProcessBuilder(command).redirectErrorStream(true).start();
        String output = new String(process.getInputStream().readAllBytes(), US_ASCII);
        assertThat(process.waitFor(60, TimeUnit.SECONDS)).isTrue();
        assertThat(process.exitValue()).as(output).isZero();
    }
}
