package org.lightbus.connector.rabbitmq;

import static org.lightbus.connector.rabbitmq.ConnectorLog.LOG;

import com.rabbitmq.client.BlockedListener;
import com.rabbitmq.client.Connection;
import com.rabbitmq.client.ShutdownListener;
import com.rabbitmq.client.ShutdownSignalException;

/**
 * Tracks whether the broker blocks publishing on a connection ({@code connection.blocked}, sent on a memory or disk
 * alarm), so that event publishes are held and calls fail fast instead of blocking their caller on a socket the broker
 * no longer reads.
 */
final class PublishingAlarm implements BlockedListener, ShutdownListener {

    private final String connectionName;
    private volatile String reason;
    private volatile Runnable onUnblocked = () -> {
    };

    private PublishingAlarm(String connectionName) {
        this.connectionName = connectionName;
    }

    static PublishingAlarm watch(Connection connection, String connectionName) {
        PublishingAlarm alarm = new PublishingAlarm(connectionName);
        connection.addBlockedListener(alarm);
        connection.addShutdownListener(alarm);
        return alarm;
    }

    /**
     * @return why the broker blocks publishing, or null if it does not
     */
    String reason() {
        return reason;
    }

    /**
     * @param action
     *            run on the client's I/O thread when the broker unblocks publishing: must hand any work over
     */
    void onUnblocked(Runnable action) {
        onUnblocked = action;
    }

    @Override
    public void handleBlocked(String blockedReason) {
        reason = blockedReason;
        LOG.connectionBlocked(connectionName, blockedReason);
    }

    @Override
    public void handleUnblocked() {
        reason = null;
        LOG.connectionUnblocked(connectionName);
        onUnblocked.run();
    }

    @Override
    public void shutdownCompleted(ShutdownSignalException cause) {
        reason = null; // a recovered connection starts unblocked; the broker says again if it is not
    }
}
