package org.lightbus.connector.rabbitmq;

import static org.lightbus.connector.rabbitmq.ConnectorLog.LOG;
import static org.lightbus.connector.rabbitmq.ConnectorMessages.MESSAGES;

import java.io.IOException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.TimeoutException;

import javax.net.ssl.SSLContext;
import javax.net.ssl.SSLException;

import com.rabbitmq.client.Address;
import com.rabbitmq.client.AuthenticationFailureException;
import com.rabbitmq.client.Connection;
import com.rabbitmq.client.ConnectionFactory;
import com.rabbitmq.client.Recoverable;
import com.rabbitmq.client.RecoveryListener;

/**
 * Opens the connection of a transport: automatic recovery and topology recovery on, named {@code lightbus-<service>} so
 * that it can be told apart in the management UI, with its state changes logged.
 */
final class BrokerConnections {

    private BrokerConnections() {
    }

    /**
     * @throws org.lightbus.api.LightbusException
     *             naming host, port and the keys to set, if the broker cannot be reached, refuses the login or the TLS
     *             handshake fails
     */
    static Connection open(ConnectorSettings settings, String serviceName, ExecutorService listenerThreads) {
        ConnectionFactory factory = new ConnectionFactory();
        factory.setUsername(settings.username());
        factory.setPassword(settings.password());
        factory.setVirtualHost(settings.virtualHost());
        factory.setAutomaticRecoveryEnabled(true);
        factory.setTopologyRecoveryEnabled(true);
        factory.setNetworkRecoveryInterval(settings.networkRecoveryInterval().toMillis());
        int timeout = (int) Math.min(Integer.MAX_VALUE, settings.connectionTimeout().toMillis());
        factory.setConnectionTimeout(timeout);
        // a broker that does not answer a channel operation (declare, open) fails it after this long instead of the
        // client's default of ten minutes, so that no lock is held that long
        factory.setChannelRpcTimeout(timeout);
        factory.setSharedExecutor(listenerThreads);
        factory.setRequestedHeartbeat((int) Math.min(Integer.MAX_VALUE, settings.heartbeat().toSeconds()));
        if (settings.tls().enabled()) {
            SSLContext context = settings.tls().context();
            if (settings.tls().verifyHostname()) {
                factory.useSslProtocol(context); // verifies the host name too
            } else {
                // not setSslContextFactory: it turns the host name verification on
                factory.setSocketFactory(context.getSocketFactory());
            }
        }
        String name = connectionName(serviceName);
        try {
            Connection connection = factory.newConnection(
                    settings.addresses().stream().map(a -> new Address(a.host(), a.port())).toList(), name);
            watch(connection, name, settings.networkRecoveryInterval().toMillis());
            LOG.connected(BrokerProfile.of(connection.getServerProperties()).name(),
                    connection.getAddress().getHostAddress(), connection.getPort(), settings.virtualHost(), name);
            return connection;
        } catch (AuthenticationFailureException e) {
            throw ConnectorExceptions.lightbus(MESSAGES.loginRefused(settings.where(), settings.username()), e);
        } catch (IOException | TimeoutException e) {
            if (tlsFailure(e) != null) {
                throw ConnectorExceptions.lightbus(MESSAGES.tlsRefused(settings.where(), reason(tlsFailure(e))),
                        tlsFailure(e));
            }
            throw ConnectorExceptions
                    .lightbus(MESSAGES.brokerUnreachable(settings.where(), settings.virtualHost(), reason(e)), e);
        }
    }

    /**
     * @return true if {@code error}, thrown by {@link #open}, says that trying again will not help: the broker refused
     *         the login, or the TLS handshake failed
     */
    static boolean refusedForGood(Throwable error) {
        return error.getCause() instanceof AuthenticationFailureException || error.getCause() instanceof SSLException;
    }

    private static SSLException tlsFailure(Throwable error) {
        for (Throwable t = error; t != null; t = t.getCause()) {
            if (t instanceof SSLException ssl) {
                return ssl;
            }
        }
        return null;
    }

    /**
     * @return {@code lightbus-<service>}, the name of the service's connection in the management UI
     */
    static String connectionName(String serviceName) {
        return "lightbus-" + serviceName;
    }

    /**
     * @return the first message in the cause chain, or the exception type
     */
    static String reason(Throwable error) {
        for (Throwable t = error; t != null; t = t.getCause()) {
            if (t.getMessage() != null && !t.getMessage().isBlank()) {
                return t.getMessage();
            }
        }
        return error.getClass().getName();
    }

    private static void watch(Connection connection, String name, long recoveryIntervalMillis) {
        connection.addShutdownListener(cause -> {
            if (!cause.isInitiatedByApplication()) {
                LOG.connectionLost(name, cause.getMessage(), recoveryIntervalMillis);
            }
        });
        if (connection instanceof Recoverable recoverable) {
            recoverable.addRecoveryListener(new RecoveryListener() {
                @Override
                public void handleRecovery(Recoverable recovered) {
                    LOG.connectionRecovered(name);
                }

                @Override
                public void handleRecoveryStarted(Recoverable recovering) {
                    // logged as lost already
                }
            });
        }
    }
}
