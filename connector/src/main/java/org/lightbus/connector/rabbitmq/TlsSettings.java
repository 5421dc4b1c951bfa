package org.lightbus.connector.rabbitmq;

import static org.lightbus.connector.rabbitmq.ConnectorMessages.MESSAGES;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.GeneralSecurityException;
import java.security.KeyStore;
import java.security.cert.Certificate;
import java.security.cert.CertificateFactory;
import java.util.Collection;

import javax.net.ssl.SSLContext;
import javax.net.ssl.TrustManagerFactory;

/**
 * How the connection is secured: TLS on or off, whom to trust, whether the broker's certificate must name the host.
 *
 * @param enabled
 *            connect with TLS
 * @param caFile
 *            a PEM file of CA certificates to trust instead of the JVM's trust store, or null
 * @param verifyHostname
 *            check that the broker's certificate names the host connected to
 */
record TlsSettings(boolean enabled, Path caFile, boolean verifyHostname) {

    /** No TLS. */
    static final TlsSettings OFF = new TlsSettings(false, null, true);

    /**
     * @return a TLS context trusting the CA file, or the JVM's trust store when there is none
     *
     * @throws org.lightbus.api.LightbusException
     *             naming the key, if the CA file holds no certificate or cannot be read
     */
    SSLContext context() {
        try {
            SSLContext context = SSLContext.getInstance("TLS");
            context.init(null, caFile == null ? null : trustManagers(caFile).getTrustManagers(), null);
            return context;
        } catch (GeneralSecurityException | IOException e) {
            throw ConnectorExceptions.lightbus(MESSAGES.invalidCaFile(String.valueOf(caFile),
                    RabbitMQAttribute.TLS_CA_FILE.key(), BrokerConnections.reason(e)), e);
        }
    }

    private static TrustManagerFactory trustManagers(Path caFile) throws GeneralSecurityException, IOException {
        Collection<? extends Certificate> certificates;
        try (InputStream in = Files.newInputStream(caFile)) {
            certificates = CertificateFactory.getInstance("X.509").generateCertificates(in);
        }
        if (certificates.isEmpty()) {
            throw new GeneralSecurityException("no PEM certificate in the file");
        }
        KeyStore store = KeyStore.getInstance(KeyStore.getDefaultType());
        store.load(null, null);
        int n = 0;
        for (Certificate certificate : certificates) {
            store.setCertificateEntry("ca-" + n++, certificate);
        }
        TrustManagerFactory factory = TrustManagerFactory.getInstance(TrustManagerFactory.getDefaultAlgorithm());
        factory.init(store);
        return factory;
    }
}
