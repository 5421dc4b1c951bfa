package org.lightbus.cli;

import static org.lightbus.cli.CliMessages.MESSAGES;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.security.GeneralSecurityException;
import java.security.KeyStore;
import java.security.cert.Certificate;
import java.security.cert.CertificateFactory;
import java.util.Collection;
import java.util.concurrent.TimeoutException;

import javax.net.ssl.SSLContext;
import javax.net.ssl.TrustManagerFactory;

import com.rabbitmq.client.AMQP;
import com.rabbitmq.client.Address;
import com.rabbitmq.client.AlreadyClosedException;
import com.rabbitmq.client.AuthenticationFailureException;
import com.rabbitmq.client.Channel;
import com.rabbitmq.client.Connection;
import com.rabbitmq.client.ConnectionFactory;
import com.rabbitmq.client.Method;
import com.rabbitmq.client.ShutdownSignalException;

/**
 * One connection to the broker, without automatic recovery (a command stops when its connection is lost), and the
 * translation of the client's exceptions into {@link CliException}s that say what went wrong and what to check.
 */
final class Broker implements AutoCloseable {

    /** How long connecting, and any channel operation, may take. */
    static final int TIMEOUT_MILLIS = 10_000;

    private static final int NOT_FOUND = 404;
    private static final int ACCESS_REFUSED = 403;

    private final BrokerSettings settings;
    private final Connection connection;

    private Broker(BrokerSettings settings, Connection connection) {
        this.settings = settings;
        this.connection = connection;
    }

    /**
     * @param purpose
     *            the command, for the connection's name in the management UI ({@code lightbus-cli dlq show})
     *
     * @throws CliException
     *             (broker) naming the address and what to check, if the broker cannot be reached or refuses the login
     */
    static Broker connect(BrokerSettings settings, String purpose) {
        ConnectionFactory factory = new ConnectionFactory();
        factory.setUsername(settings.username());
        factory.setPassword(settings.password());
        factory.setVirtualHost(settings.virtualHost());
        factory.setAutomaticRecoveryEnabled(false);
        factory.setConnectionTimeout(TIMEOUT_MILLIS);
        factory.setHandshakeTimeout(TIMEOUT_MILLIS);
        factory.setChannelRpcTimeout(TIMEOUT_MILLIS);
        if (settings.tls()) {
            SSLContext context = tlsContext(settings);
            if (settings.tlsVerifyHostname()) {
                factory.useSslProtocol(context); // verifies the host name too
            } else {
                factory.setSocketFactory(context.getSocketFactory());
            }
        }
        try {
            Connection connection = factory.newConnection(
                    settings.addresses().stream().map(a -> new Address(a.host(), a.port())).toList(),
                    "lightbus-cli " + purpose);
            return new Broker(settings, connection);
        } catch (AuthenticationFailureException e) {
            throw CliException.broker(MESSAGES.loginRefused(settings.where(), settings.username()), e);
        } catch (IOException | TimeoutException | RuntimeException e) {
            throw CliException.broker(MESSAGES.brokerUnreachable(settings.where(), reason(e)), e);
        }
    }

    /**
     * @return the settings connected with
     */
    BrokerSettings settings() {
        return settings;
    }

    /**
     * @return the connection
     */
    Connection connection() {
        return connection;
    }

    /**
     * @param operation
     *            what the channel is for, for messages ("open a channel")
     *
     * @return a new channel
     */
    Channel channel(String operation) {
        return call(operation, connection::createChannel);
    }

    /**
     * Checks that a queue exists, on a channel of its own (a missing queue closes the channel).
     *
     * @return how many messages are ready in it
     *
     * @throws CliException
     *             (not found) naming the queue and what to check, if it does not exist
     */
    long messageCount(String queue) {
        Channel channel = channel("open a channel");
        try {
            return call("look up queue " + queue, () -> channel.queueDeclarePassive(queue)).getMessageCount();
        } catch (CliException e) {
            if (e.exitCode() == ExitCodes.NOT_FOUND) {
                throw CliException.notFound(MESSAGES.queueNotFound(queue, settings.namespace()));
            }
            throw e;
        } finally {
            closeQuietly(channel);
        }
    }

    /**
     * @return the queue's ready messages and consumers, or null if it does not exist (checked on a channel of its own)
     */
    AMQP.Queue.DeclareOk queueState(String queue) {
        Channel channel = channel("open a channel");
        try {
            return call("look up queue " + queue, () -> channel.queueDeclarePassive(queue));
        } catch (CliException e) {
            if (e.exitCode() == ExitCodes.NOT_FOUND) {
                return null;
            }
            throw e;
        } finally {
            closeQuietly(channel);
        }
    }

    /**
     * @return true if the queue exists (checked on a channel of its own)
     */
    boolean queueExists(String queue) {
        return queueState(queue) != null;
    }

    /**
     * @return true if the exchange exists (checked on a channel of its own)
     */
    boolean exchangeExists(String exchange) {
        Channel channel = channel("open a channel");
        try {
            call("look up exchange " + exchange, () -> channel.exchangeDeclarePassive(exchange));
            return true;
        } catch (CliException e) {
            if (e.exitCode() == ExitCodes.NOT_FOUND) {
                return false;
            }
            throw e;
        } finally {
            closeQuietly(channel);
        }
    }

    /** An operation on the broker. */
    @FunctionalInterface
    interface Call<T> {
        T call() throws IOException, TimeoutException;
    }

    /**
     * @param operation
     *            what is done, for messages ("purge queue x")
     *
     * @return what the operation returned
     *
     * @throws CliException
     *             not found (404), or broker (refused or failed), naming the operation and the broker's reason
     */
    <T> T call(String operation, Call<T> call) {
        try {
            return call.call();
        } catch (IOException | TimeoutException | ShutdownSignalException e) {
            throw failure(operation, e);
        }
    }

    /**
     * @return the exception that reports the failure of an operation: not found for a 404 channel error, broker
     *         otherwise
     */
    CliException failure(String operation, Exception error) {
        ShutdownSignalException signal = signal(error);
        if (signal != null && !signal.isHardError() && signal.getReason() instanceof AMQP.Channel.Close close) {
            if (close.getReplyCode() == NOT_FOUND) {
                return CliException.notFound(MESSAGES.brokerFailed(settings.where(), operation, close.getReplyText()));
            }
            if (close.getReplyCode() == ACCESS_REFUSED) {
                return CliException.broker(MESSAGES.accessRefused(settings.where(), operation, close.getReplyText(),
                        settings.username(), settings.virtualHost()), error);
            }
        }
        return CliException.broker(MESSAGES.brokerFailed(settings.where(), operation, reason(error)), error);
    }

    private static ShutdownSignalException signal(Throwable error) {
        for (Throwable t = error; t != null; t = t.getCause()) {
            if (t instanceof ShutdownSignalException signal) {
                return signal;
            }
        }
        return null;
    }

    /**
     * @return what the broker or the network said: the reply text of a closed channel or connection, else the first
     *         message in the cause chain
     */
    static String reason(Throwable error) {
        ShutdownSignalException signal = signal(error);
        if (signal != null) {
            Method reason = signal.getReason();
            if (reason instanceof AMQP.Channel.Close close) {
                return close.getReplyText();
            }
            if (reason instanceof AMQP.Connection.Close close) {
                return close.getReplyText();
            }
            if (signal instanceof AlreadyClosedException) {
                return "the connection or channel was closed";
            }
        }
        for (Throwable t = error; t != null; t = t.getCause()) {
            if (t.getMessage() != null && !t.getMessage().isBlank()) {
                return t.getMessage();
            }
        }
        return error.getClass().getName();
    }

    /** Closes a channel, ignoring that it is closed already. */
    static void closeQuietly(Channel channel) {
        try {
            if (channel.isOpen()) {
                channel.close();
            }
        } catch (IOException | TimeoutException | ShutdownSignalException e) {
            // closed meanwhile: nothing left to release
        }
    }

    @Override
    public void close() {
        try {
            if (connection.isOpen()) {
                connection.close(TIMEOUT_MILLIS);
            }
        } catch (IOException | ShutdownSignalException e) {
            // closed meanwhile
        }
    }

    private static SSLContext tlsContext(BrokerSettings settings) {
        try {
            SSLContext context = SSLContext.getInstance("TLS");
            TrustManagerFactory trust = null;
            if (settings.tlsCaFile() != null) {
                Collection<? extends Certificate> certificates;
                try (InputStream in = Files.newInputStream(settings.tlsCaFile())) {
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
                trust = TrustManagerFactory.getInstance(TrustManagerFactory.getDefaultAlgorithm());
                trust.init(store);
            }
            context.init(null, trust == null ? null : trust.getTrustManagers(), null);
            return context;
        } catch (GeneralSecurityException | IOException e) {
            throw CliException.usage(MESSAGES.invalidCaFile(String.valueOf(settings.tlsCaFile()), reason(e)));
        }
    }
}
